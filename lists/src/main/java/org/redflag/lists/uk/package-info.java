/**
 * The UK's sanctions lists: the FCDO UK Sanctions List XML ({@link
 * org.redflag.lists.uk.UkSanctionsListReader}) and OFSI's Consolidated List CSV ({@link
 * org.redflag.lists.uk.OfsiCsvReader}).
 */
@NullMarked
package org.redflag.lists.uk;

import org.jspecify.annotations.NullMarked;
