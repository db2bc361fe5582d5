package org.redflag.graph;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.redflag.model.WatchlistEntry;
import org.redflag.store.Store;
import org.redflag.store.Watch;

/**
 * Questions across every stored document. Entities are referred to by a global id (e.g. {@code
 * ofac-sdn:9760}, {@code country:RU}, {@code person:xi-jinping}) or by a name, which picks the best
 * matching global entity.
 */
public interface Knowledge {

  /** Cross-document analysis over {@code store}. */
  static Knowledge over(Store store) {
    return new StoreKnowledge(store);
  }

  /**
   * Recomputes the global entities from every stored entity and the analysts' decisions, and
   * records them in the store.
   */
  Resolution resolve();

  /**
   * Assigns only the stored entities no resolution has seen yet (those of newly ingested
   * documents), looking candidates up in the store's indexes; falls back to {@link #resolve()} when
   * nothing was resolved yet or an analyst's decision names a new entity. Cheaper than {@code
   * resolve()} on a large store; it never joins two existing global entities.
   */
  Resolution resolveNew();

  /** Global entities matching a name or id, best first. */
  List<GlobalEntity> find(String nameOrId, int limit);

  /** The profile of the best match for {@code nameOrId}, if any. */
  Optional<Profile> profile(String nameOrId);

  /**
   * Records that two entities are one (merge) and re-resolves.
   *
   * @throws org.redflag.model.RedflagException when either is not found
   */
  Resolution merge(String a, String b);

  /**
   * Records that entities named {@code b} are not the entity {@code a} (split) and re-resolves.
   *
   * @throws org.redflag.model.RedflagException when either is not found
   */
  Resolution split(String a, String b);

  /** Events across documents, one per happening, most corroborated first. */
  List<CorroboratedEvent> events(EventFilter filter);

  /** Routes by which goods may reach their destination, best corroborated first. */
  List<Route> routes(@Nullable String destination, @Nullable String goods, int limit);

  /** The entities around {@code nameOrId} to {@code depth} hops, by co-mention and events. */
  Network network(String nameOrId, int depth, int perNode);

  /**
   * Re-screens every stored entity that can be listed against a watchlist snapshot and reports what
   * changed since the last re-screening (or since analysis); the result is stored.
   */
  ListAlerts rescreen(String snapshotId, List<WatchlistEntry> entries);

  /**
   * Saves a watch on an entity (a name or global id) or a country (an ISO alpha-2 code): later
   * {@link #checkWatches} calls report events about it that were stored after this call.
   *
   * @throws org.redflag.model.RedflagException when nothing matches
   */
  Watch watch(String nameOrCountry);

  /** New events for every saved watch since it was last checked; marks them reported. */
  List<WatchReport> checkWatches();

  /** Up to {@code limit} shortest chains of connections between two entities. */
  List<List<GlobalEntity>> paths(String a, String b, int limit);
}
