/**
 * Exports of the store for other tools: FollowTheMoney JSON lines (Aleph, yente), a STIX 2.1 bundle
 * (OpenCTI), CSV, and GraphML (Gephi). Start with {@link org.redflag.app.export.Exports#write}.
 */
@NullMarked
package org.redflag.app.export;

import org.jspecify.annotations.NullMarked;
