/**
 * Renders a {@link org.redflag.model.Brief} as JSON (the contract in DESIGN.md) or as a readable
 * text brief. Start with {@link org.redflag.app.output.BriefJson}.
 */
@NullMarked
package org.redflag.app.output;

import org.jspecify.annotations.NullMarked;
