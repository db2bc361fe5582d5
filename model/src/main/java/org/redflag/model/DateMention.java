package org.redflag.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date or duration expression, normalized.
 *
 * @param text the surface form
 * @param start start offset into the body
 * @param end end offset (exclusive)
 * @param value TIMEX-like value: {@code 2023-02-28}, {@code 2023-03}, {@code 2023-W10}, {@code P3D}
 * @param modifier {@code EARLY}, {@code MID}, {@code LATE}, ... or {@code null}
 */
public record DateMention(
    String text, int start, int end, String value, @Nullable String modifier) {

  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
