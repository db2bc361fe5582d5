package org.redflag.store;

import java.util.Objects;

/**
 * A watchlist entry a stored entity matched in a re-screening.
 *
 * @param list source id of the list, e.g. {@code ofac-sdn}
 * @param listId the entry's id in that list
 * @param name the listed name
 * @param score match score in 0..1
 */
public record ListLink(String list, String listId, String name, double score) {
  public ListLink {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(name, "name");
  }

  /** {@code list:listId}, e.g. {@code ofac-sdn:9760}. */
  public String id() {
    return list + ":" + listId;
  }
}
