/**
 * The UN Security Council consolidated sanctions list in its XML form ({@code CONSOLIDATED_LIST} of
 * {@code INDIVIDUAL} and {@code ENTITY} records). Start with {@link
 * org.redflag.lists.un.UnXmlReader}.
 */
@NullMarked
package org.redflag.lists.un;

import org.jspecify.annotations.NullMarked;
