package org.redflag.graph;

import org.jspecify.annotations.Nullable;

/**
 * Which cross-document events to list.
 *
 * @param entity a name or global id that must take part, or {@code null}
 * @param type a PLOVER type, or {@code null}
 * @param since earliest event date prefix ({@code 2023}, {@code 2023-02}), or {@code null}
 * @param source only events some report attributes to this source (a name, or {@code author}), or
 *     {@code null}
 * @param minReports fewest distinct documents reporting it
 * @param limit most events returned
 */
public record EventFilter(
    @Nullable String entity,
    @Nullable String type,
    @Nullable String since,
    @Nullable String source,
    int minReports,
    int limit) {

  /** Every event, up to {@code limit}. */
  public static EventFilter all(int limit) {
    return new EventFilter(null, null, null, null, 1, limit);
  }
}
