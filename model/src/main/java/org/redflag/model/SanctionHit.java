package org.redflag.model;

import java.util.List;
import java.util.Objects;

/**
 * A watchlist entry an entity matched.
 *
 * @param list source id of the list, e.g. {@code ofac-sdn}, {@code us-csl}, {@code un-sc}
 * @param listId the entry's id in that list
 * @param name the listed primary name
 * @param programs sanctions programs or regimes
 * @param score match score in 0..1
 * @param matchedName the listed name or alias that matched best
 * @param explanation why it matched, one line
 */
public record SanctionHit(
    String list,
    String listId,
    String name,
    List<String> programs,
    double score,
    String matchedName,
    String explanation) {

  public SanctionHit {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(name, "name");
    programs = List.copyOf(programs);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in 0..1, was " + score);
    }
  }
}
