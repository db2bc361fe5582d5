package org.redflag.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.redflag.model.Brief;

/**
 * Where briefs are kept: documents, entities, mentions, list hits, dates, events and claims, each
 * row pointing at its document and offsets. Writes are atomic per brief; reads see committed briefs
 * only. Implementations are thread-safe.
 *
 * <p>The embedded implementation ({@link #open}) is SQLite plus a Lucene index under {@code
 * <home>/store/}; see {@code docs/store.md}.
 */
public interface Store extends AutoCloseable {

  /**
   * Opens (creating or migrating when needed) the embedded store under {@code home/store}. While
   * another process writes it, the store opens read-only: reads see what that process committed,
   * and writes fail with a {@link org.redflag.model.RedflagException}.
   *
   * @throws org.redflag.model.RedflagException when the store is damaged, in use by another
   *     process, or written by a newer redflag
   */
  static Store open(Path home) {
    return SqliteStore.open(home.resolve("store"));
  }

  /**
   * Whether this store was opened read-only because another process writes it; writes then fail
   * with a {@link org.redflag.model.RedflagException}.
   */
  boolean isReadOnly();

  /**
   * Stores a brief in one transaction, unless its document is already there (same text) or is a
   * near-duplicate of a stored one (the same story with small edits), in which case only its source
   * is recorded. Once this returns, the brief survives a crash of the process.
   */
  PutResult put(Brief brief);

  /** Stores several briefs in one transaction: all of them, or none after a failure. */
  List<PutResult> putAll(List<Brief> briefs);

  /** Whether a document with this text (its content id) was stored or recorded as a duplicate. */
  boolean contains(String documentId);

  /** Row counts and the schema version. */
  StoreStatus status();

  /** The stored document with this id, with every source it was received from. */
  Optional<StoredDocument> document(String documentId);

  /** Documents whose title or text matches a Lucene query, best first. */
  List<StoredDocument> search(String query, int limit);

  /** Streams every stored entity, in storage order. */
  void forEachEntity(Consumer<EntityRow> action);

  /** Streams the stored entities not assigned to a global entity yet, in storage order. */
  void forEachUnassigned(Consumer<EntityRow> action);

  /** Stored entities, already assigned, with exactly this name and type (at most {@code limit}). */
  List<EntityRow> entitiesNamed(String name, org.redflag.model.EntityType type, int limit);

  /** Whether any stored entity is assigned to a global entity. */
  boolean anyAssigned();

  /** The global entity of some stored entity that matched this watchlist entry, if any. */
  Optional<String> clusterOfListEntry(String list, String listId);

  /** Recomputes the stored summaries of these global entities from their stored entities. */
  void refreshSummaries(Collection<String> clusters);

  /**
   * Entities whose name or aliases match {@code name} (fuzzily), best first, at most {@code limit}.
   */
  List<EntityRow> findEntities(String name, int limit);

  /** Every stored entity assigned to one of these global entities. */
  List<EntityRow> entitiesOf(Collection<String> clusters);

  /** The stored entities with these keys. */
  List<EntityRow> entities(Collection<Long> keys);

  /**
   * Assigns stored entities to global entities, in one transaction; keys not in the map keep their
   * assignment.
   */
  void assignClusters(Map<Long, String> clusterByKey);

  /**
   * Replaces the stored summaries of global entities (what {@link #summaries} answers from), in one
   * transaction.
   */
  void saveSummaries(Collection<ClusterSummary> summaries);

  /**
   * Global entities mentioned in the same documents as {@code cluster}, with the number of
   * documents shared, most shared first.
   */
  List<CoMention> coMentions(String cluster, int limit);

  /** A summary of each of these global entities that has stored entities, in the order given. */
  List<ClusterSummary> summaries(Collection<String> clusters);

  /** Streams every stored event, in storage order. */
  void forEachEvent(Consumer<EventRow> action);

  /** Events in which any of these stored entities takes part (actor, recipient, route, source). */
  List<EventRow> eventsOf(Collection<Long> entityKeys);

  /** Events in which any stored entity of this global entity takes part. */
  List<EventRow> eventsOfCluster(String cluster);

  /** Records an analyst's decision; later resolutions honour it. */
  void decide(Decision decision);

  /** Every recorded decision, oldest first. */
  List<Decision> decisions();

  /** Saves a watch on an entity or country (replacing one with the same target). */
  void watch(Watch watch);

  /** Every saved watch. */
  List<Watch> watches();

  /** Records when a watch was last reported. */
  void markWatched(String target, long lastEventKey);

  /**
   * Stores the list entries each entity matched when re-screened against snapshot {@code
   * snapshotId}, replacing an earlier screening against the same snapshot, in one transaction.
   */
  void saveScreening(String snapshotId, Map<Long, List<ListLink>> linksByEntity);

  /** The list entries recorded for each entity in the screening against {@code snapshotId}. */
  Map<Long, List<ListLink>> screening(String snapshotId);

  /** Ids of the snapshots that stored entities were screened against, oldest first. */
  List<String> screenings();

  /** Closes the store; committed briefs are durable whether or not this is called. */
  @Override
  void close();
}
