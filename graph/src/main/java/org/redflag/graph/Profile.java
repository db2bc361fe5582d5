package org.redflag.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.redflag.model.SanctionHit;

/**
 * Everything stored about one global entity.
 *
 * @param entity the entity
 * @param aliases spellings used across documents, with how many documents use each, most used first
 * @param listEntries watchlist entries matched, best score first
 * @param mentionsByMonth mentions per month of the document date ({@code YYYY-MM}, or {@code
 *     undated}), in order
 * @param documents ids of the documents that mention it, oldest first
 * @param timeline events it takes part in, by date
 * @param connections strongest connections, most shared documents first
 */
public record Profile(
    GlobalEntity entity,
    Map<String, Integer> aliases,
    List<SanctionHit> listEntries,
    Map<String, Integer> mentionsByMonth,
    List<String> documents,
    List<CorroboratedEvent> timeline,
    List<Connection> connections) {

  public Profile {
    Objects.requireNonNull(entity, "entity");
    aliases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aliases));
    listEntries = List.copyOf(listEntries);
    mentionsByMonth =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mentionsByMonth));
    documents = List.copyOf(documents);
    timeline = List.copyOf(timeline);
    connections = List.copyOf(connections);
  }

  /**
   * Another entity and how strongly it is tied to this one.
   *
   * @param entity the other entity
   * @param documents documents mentioning both
   */
  public record Connection(GlobalEntity entity, int documents) {}
}
