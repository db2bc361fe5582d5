package org.redflag.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Event;

/**
 * An event as one document reports it, as stored, with its entity ids resolved to store keys.
 *
 * @param key the store's key for it
 * @param documentId the document that reports it
 * @param documentDate the document date (ISO), or {@code null}
 * @param event the event as coded (entity ids local to the document)
 * @param actors store keys of the actors
 * @param recipients store keys of the recipients
 * @param route store keys of the route, origin first
 * @param location store key of the location, or {@code null}
 * @param source store key of who says so, or {@code null} when the author does
 */
public record EventRow(
    long key,
    String documentId,
    @Nullable String documentDate,
    Event event,
    List<Long> actors,
    List<Long> recipients,
    List<Long> route,
    @Nullable Long location,
    @Nullable Long source) {

  public EventRow {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(event, "event");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    route = List.copyOf(route);
  }

  /** Every entity key the event refers to. */
  public List<Long> entityKeys() {
    List<Long> keys = new java.util.ArrayList<>(actors);
    keys.addAll(recipients);
    keys.addAll(route);
    if (location != null) {
      keys.add(location);
    }
    if (source != null) {
      keys.add(source);
    }
    return keys;
  }
}
