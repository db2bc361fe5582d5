package org.redflag.graph;

import java.util.List;
import java.util.Objects;
import org.redflag.store.ListLink;

/**
 * What changed for stored entities when they were re-screened against a watchlist snapshot.
 *
 * @param snapshot the snapshot screened against
 * @param previous what it is compared with: a snapshot id, or {@code ingest} for the entries
 *     matched when the documents were analyzed
 * @param screened global entities screened
 * @param newlyListed entities with entries they did not match before
 * @param delisted entities that no longer match entries they matched before
 */
public record ListAlerts(
    String snapshot,
    String previous,
    int screened,
    List<Change> newlyListed,
    List<Change> delisted) {

  public ListAlerts {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(previous, "previous");
    newlyListed = List.copyOf(newlyListed);
    delisted = List.copyOf(delisted);
  }

  /**
   * One entity whose listing changed.
   *
   * @param entity the entity
   * @param entries the entries added (or removed)
   */
  public record Change(GlobalEntity entity, List<ListLink> entries) {
    public Change {
      entries = List.copyOf(entries);
    }
  }
}
