/**
 * The knowledge store: every brief kept with its provenance (document, offsets, source), near-
 * duplicates folded into one document with every source kept, and a full-text and name index. Start
 * with {@link org.redflag.store.Store#open}; the schema and its migrations are in {@code Sql}.
 */
@NullMarked
package org.redflag.store;

import org.jspecify.annotations.NullMarked;
