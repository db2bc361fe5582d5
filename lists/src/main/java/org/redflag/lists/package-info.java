/**
 * Sanctions and export-control lists as one versioned watchlist snapshot. Start with {@link
 * org.redflag.lists.Watchlists}: {@code bundled()} is the offline snapshot shipped in the jar,
 * {@code current(home)} the one in force under a redflag home directory. One package per source
 * ({@code ofac}, {@code csl}, {@code un}, {@code dpl}, ...) holds that source's reader.
 */
@NullMarked
package org.redflag.lists;

import org.jspecify.annotations.NullMarked;
