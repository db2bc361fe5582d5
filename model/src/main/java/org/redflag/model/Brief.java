package org.redflag.model;

import java.util.List;
import java.util.Objects;

/**
 * What redflag says about one document: who is involved, who is listed, when things happened.
 *
 * @param document the analyzed document
 * @param entities entities, listed ones first
 * @param dates date expressions in text order
 * @param events coded events
 */
public record Brief(
    Document document, List<Entity> entities, List<DateMention> dates, List<Event> events) {

  public Brief {
    Objects.requireNonNull(document, "document");
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    events = List.copyOf(events);
  }
}
