/**
 * Parsing support shared by the list readers: country names to ISO codes ({@link
 * org.redflag.lists.parse.Countries}), the date spellings lists use ({@link
 * org.redflag.lists.parse.Dates}) and a StAX factory with DTDs and external entities off ({@link
 * org.redflag.lists.parse.Xml}).
 */
@NullMarked
package org.redflag.lists.parse;

import org.jspecify.annotations.NullMarked;
