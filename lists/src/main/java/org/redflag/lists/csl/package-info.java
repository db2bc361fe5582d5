/**
 * The US Consolidated Screening List (trade.gov CSL): one CSV merging OFAC SDN and non-SDN lists,
 * the BIS Entity List, Denied Persons, Unverified and Military End User lists, and State's ITAR
 * debarments and nonproliferation sanctions. Start with {@link org.redflag.lists.csl.CslReader}.
 */
@NullMarked
package org.redflag.lists.csl;

import org.jspecify.annotations.NullMarked;
