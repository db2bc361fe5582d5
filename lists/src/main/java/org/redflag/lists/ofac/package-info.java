/**
 * OFAC lists (the SDN list and the consolidated non-SDN list) in OFAC's legacy CSV set: a primary
 * file ({@code sdn.csv} or {@code cons_prim.csv}) with aliases ({@code alt.csv}), addresses ({@code
 * add.csv}) and remark continuations ({@code sdn_comments.csv}). Start with {@link
 * org.redflag.lists.ofac.OfacCsvReader}; {@link org.redflag.lists.ofac.OfacRemarks} pulls dates,
 * places, nationalities, documents and weak aliases out of the remarks column.
 */
@NullMarked
package org.redflag.lists.ofac;

import org.jspecify.annotations.NullMarked;
