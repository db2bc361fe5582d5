/**
 * Name normalization and screening against watchlists. Start with {@link org.redflag.match.Names}
 * for normalizing and comparing two names, and {@link org.redflag.match.Screener} for screening a
 * party against loaded list entries.
 */
@NullMarked
package org.redflag.match;

import org.jspecify.annotations.NullMarked;
