package org.redflag.lists;

import java.util.Objects;

/**
 * What one source contributes to a snapshot.
 *
 * @param source source id, e.g. {@code ofac-sdn}
 * @param date snapshot date of the data, ISO ({@code 2026-02-27}, or a prefix such as {@code
 *     2021-07} when only the month is known)
 * @param count number of entries read from the source
 * @param origin where the data came from: {@code bundled}, a file path or a URL
 */
public record SourceStatus(String source, String date, int count, String origin) {
  public SourceStatus {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(origin, "origin");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
  }
}
