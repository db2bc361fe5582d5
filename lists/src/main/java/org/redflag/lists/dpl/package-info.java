/**
 * The BIS Denied Persons List in its tab-separated text form ({@code dpl.txt}). Start with {@link
 * org.redflag.lists.dpl.DplReader}.
 */
@NullMarked
package org.redflag.lists.dpl;

import org.jspecify.annotations.NullMarked;
