/**
 * The evaluation harness, run outside {@code mvn test}: {@link org.redflag.match.eval.Evaluate}
 * measures recall, false positives, cross-script pairs, OFAC parity and speed on the development
 * sets under {@code ../shared/data/names}.
 */
@NullMarked
package org.redflag.match.eval;

import org.jspecify.annotations.NullMarked;
