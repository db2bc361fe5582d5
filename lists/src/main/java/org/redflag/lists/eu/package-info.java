/**
 * The EU consolidated list of persons, groups and entities subject to financial sanctions, in the
 * Financial Sanctions Files XML 1.1 format ({@code export/sanctionEntity}). Start with {@link
 * org.redflag.lists.eu.EuFsfReader}.
 */
@NullMarked
package org.redflag.lists.eu;

import org.jspecify.annotations.NullMarked;
