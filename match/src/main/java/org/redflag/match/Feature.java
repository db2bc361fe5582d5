package org.redflag.match;

import java.util.Objects;

/**
 * One piece of evidence behind a {@link ScreeningResult}'s score.
 *
 * @param name what was compared: {@code name}, {@code schema}, {@code birthDate}, {@code country}
 * @param score how well it agrees, from 0 to 1
 * @param weight how much it moved the total score: the name feature's weight is 1 (it is the base
 *     score), other features carry the signed adjustment they added, 0 when they did not apply
 * @param detail what was compared with what, e.g. {@code alexander~alyaksandr}
 */
public record Feature(String name, double score, double weight, String detail) {
  public Feature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }
}
