package org.redflag.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Brief;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.Mention;
import org.redflag.model.RedflagException;
import org.redflag.model.SanctionHit;

/**
 * The embedded store: SQLite in WAL mode ({@code redflag.db}) and a Lucene index ({@code index/}).
 *
 * <p>One connection, used under this object's lock: SQLite serializes writers anyway, and a brief
 * is written in a single transaction, so a crash leaves either the whole brief or none of it. The
 * Lucene index is written after the SQLite commit and committed every {@link
 * SearchIndex#COMMIT_EVERY} documents; on open, documents past its last commit are re-indexed.
 */
final class SqliteStore implements Store {
  private static final String SEP = "\u001f";

  private final Connection db;
  private final SearchIndex index;
  private final @Nullable Path writtenBy;

  private SqliteStore(Connection db, SearchIndex index, @Nullable Path lockedDir) {
    this.db = db;
    this.index = index;
    this.writtenBy = lockedDir;
  }

  static SqliteStore open(Path dir) {
    Connection db = null;
    try {
      Files.createDirectories(dir);
      db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("redflag.db"));
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = FULL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      migrate(db);
      SearchIndex index;
      try {
        index = SearchIndex.open(dir.resolve("index"));
      } catch (LockObtainFailedException e) {
        // Another process writes the store: read what it committed, write nothing.
        try (Statement s = db.createStatement()) {
          s.execute("PRAGMA query_only = ON");
        }
        try {
          return new SqliteStore(db, SearchIndex.openReadOnly(dir.resolve("index")), dir);
        } catch (IOException notYet) {
          closeQuietly(db);
          throw new RedflagException(
              RedflagException.Kind.FAILURE,
              "the store under " + dir + " is in use by another redflag process",
              e);
        }
      }
      SqliteStore store = new SqliteStore(db, index, null);
      store.catchUpIndex();
      return store;
    } catch (SQLException | IOException e) {
      closeQuietly(db);
      throw RedflagException.failure(
          "cannot open the store under " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(@Nullable Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  /** Applies every migration newer than the database, each in its own transaction. */
  static void migrate(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(Sql.CREATE_VERSION_TABLE);
    }
    int current = currentVersion(db);
    int latest = Sql.MIGRATIONS.get(Sql.MIGRATIONS.size() - 1).version();
    if (current > latest) {
      throw new RedflagException(
          RedflagException.Kind.FAILURE,
          "the store has schema version "
              + current
              + " but this redflag knows up to "
              + latest
              + ": use a newer redflag");
    }
    for (Sql.Migration m : Sql.MIGRATIONS) {
      if (m.version() <= current) {
        continue;
      }
      db.setAutoCommit(false);
      try (Statement s = db.createStatement();
          PreparedStatement record = db.prepareStatement(Sql.RECORD_VERSION)) {
        for (String sql : m.statements()) {
          s.execute(sql);
        }
        record.setInt(1, m.version());
        record.setString(2, m.description());
        record.setString(3, Instant.now().toString());
        record.executeUpdate();
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    }
  }

  private static int currentVersion(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(Sql.CURRENT_VERSION)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Re-indexes the documents that SQLite committed after the index's last commit. */
  private synchronized void catchUpIndex() throws SQLException, IOException {
    List<long[]> missing = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(Sql.DOCUMENTS_AFTER)) {
      ps.setLong(1, index.indexedSeq());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          missing.add(new long[] {rs.getLong(1)});
        }
      }
    }
    for (long[] seq : missing) {
      indexDocument(seq[0]);
    }
    if (!missing.isEmpty()) {
      index.commit();
    }
  }

  private void indexDocument(long seq) throws SQLException, IOException {
    String text;
    try (PreparedStatement ps = db.prepareStatement(Sql.DOCUMENT_BY_SEQ)) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        text = nullToEmpty(rs.getString(3)) + "\n" + rs.getString(6);
      }
    }
    List<SearchIndex.NamedKey> names = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(Sql.ENTITIES_OF_DOCUMENT)) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Set<String> all = new LinkedHashSet<>();
          all.add(rs.getString(4));
          all.addAll(split(rs.getString(8)));
          names.add(new SearchIndex.NamedKey(rs.getLong(1), List.copyOf(all)));
        }
      }
    }
    index.add(seq, text, names);
  }

  @Override
  public boolean isReadOnly() {
    return writtenBy != null;
  }

  @Override
  public PutResult put(Brief brief) {
    return putAll(List.of(brief)).get(0);
  }

  @Override
  public synchronized List<PutResult> putAll(List<Brief> briefs) {
    requireWritable();
    List<PutResult> results = new ArrayList<>();
    List<Long> added = new ArrayList<>();
    try {
      db.setAutoCommit(false);
      try {
        for (Brief b : briefs) {
          long[] seq = {0};
          results.add(write(b, seq));
          if (seq[0] > 0) {
            added.add(seq[0]);
          }
        }
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
      for (long seq : added) {
        indexDocument(seq);
      }
    } catch (SQLException | IOException e) {
      throw RedflagException.failure("cannot store the brief: " + e.getMessage(), e);
    }
    return results;
  }

  private PutResult write(Brief brief, long[] newSeq) throws SQLException {
    Document doc = brief.document();
    String now = Instant.now().toString();
    Long existing = queryLong(Sql.DOCUMENT_SEQ, doc.id());
    if (existing != null) {
      insertSource(existing, doc, 1.0, now);
      return PutResult.of(doc.id(), PutResult.Outcome.DUPLICATE, null, 1.0);
    }
    try (PreparedStatement ps = db.prepareStatement(Sql.SOURCE_DOCUMENT)) {
      ps.setString(1, doc.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          insertSource(rs.getLong(3), doc, rs.getDouble(2), now);
          return PutResult.of(
              doc.id(), PutResult.Outcome.DUPLICATE, rs.getString(1), rs.getDouble(2));
        }
      }
    }
    long[] sig = MinHash.signature(doc.body());
    long[] bands = MinHash.bands(sig);
    if (MinHash.comparable(doc.body())) {
      Near near = nearest(sig, bands);
      if (near != null) {
        insertSource(near.seq, doc, near.similarity, now);
        return PutResult.of(doc.id(), PutResult.Outcome.NEAR_DUPLICATE, near.id, near.similarity);
      }
    }
    long seq;
    try (PreparedStatement ps =
        db.prepareStatement(Sql.INSERT_DOCUMENT, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, doc.id());
      ps.setString(2, doc.title());
      ps.setString(3, doc.url());
      ps.setString(4, doc.date() == null ? null : doc.date().toString());
      ps.setString(5, doc.body());
      ps.setBytes(6, MinHash.toBytes(sig));
      ps.setString(7, now);
      ps.executeUpdate();
      seq = generatedKey(ps);
    }
    insertSource(seq, doc, 1.0, now);
    if (MinHash.comparable(doc.body())) {
      try (PreparedStatement ps = db.prepareStatement(Sql.INSERT_LSH)) {
        for (int b = 0; b < bands.length; b++) {
          ps.setInt(1, b);
          ps.setLong(2, bands[b]);
          ps.setLong(3, seq);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    Map<String, Long> keys = writeEntities(seq, brief.entities());
    writeDates(seq, brief.dates());
    writeEvents(seq, brief.events(), keys);
    newSeq[0] = seq;
    return PutResult.of(doc.id(), PutResult.Outcome.NEW, null, 1.0);
  }

  private record Near(long seq, String id, double similarity) {}

  private @Nullable Near nearest(long[] sig, long[] bands) throws SQLException {
    Near best = null;
    Set<Long> seen = new java.util.HashSet<>();
    try (PreparedStatement ps = db.prepareStatement(Sql.LSH_CANDIDATES)) {
      for (int b = 0; b < bands.length; b++) {
        ps.setInt(1, b);
        ps.setLong(2, bands[b]);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            if (!seen.add(seq)) {
              continue;
            }
            double sim = MinHash.similarity(sig, MinHash.fromBytes(rs.getBytes(3)));
            if (sim >= MinHash.NEAR_DUPLICATE && (best == null || sim > best.similarity)) {
              best = new Near(seq, rs.getString(2), sim);
            }
          }
        }
      }
    }
    return best;
  }

  private void insertSource(long seq, Document doc, double similarity, String now)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(Sql.INSERT_SOURCE)) {
      ps.setLong(1, seq);
      ps.setString(2, doc.id());
      ps.setString(3, nullToEmpty(doc.url()));
      ps.setString(4, doc.title());
      ps.setDouble(5, similarity);
      ps.setString(6, now);
      ps.executeUpdate();
    }
  }

  private Map<String, Long> writeEntities(long seq, List<Entity> entities) throws SQLException {
    Map<String, Long> keys = new HashMap<>();
    try (PreparedStatement ent =
            db.prepareStatement(Sql.INSERT_ENTITY, Statement.RETURN_GENERATED_KEYS);
        PreparedStatement men = db.prepareStatement(Sql.INSERT_MENTION);
        PreparedStatement hit = db.prepareStatement(Sql.INSERT_HIT)) {
      for (Entity e : entities) {
        ent.setLong(1, seq);
        ent.setString(2, e.id());
        ent.setString(3, e.name());
        ent.setString(4, e.type().name());
        ent.setString(5, e.country());
        ent.setInt(6, e.government() ? 1 : 0);
        ent.setString(7, join(e.aliases()));
        ent.setInt(8, e.mentions().size());
        ent.setInt(9, e.mentions().stream().mapToInt(Mention::start).min().orElse(-1));
        ent.executeUpdate();
        long key = generatedKey(ent);
        if (keys.put(e.id(), key) != null) {
          throw new IllegalArgumentException("entity id " + e.id() + " appears twice in the brief");
        }
        for (Mention m : e.mentions()) {
          men.setLong(1, key);
          men.setLong(2, seq);
          men.setInt(3, m.start());
          men.setInt(4, m.end());
          men.setString(5, m.text());
          men.setString(6, m.type().name());
          men.setString(7, m.detector());
          men.addBatch();
        }
        for (SanctionHit h : e.sanctions()) {
          hit.setLong(1, key);
          hit.setString(2, h.list());
          hit.setString(3, h.listId());
          hit.setString(4, h.name());
          hit.setString(5, join(h.programs()));
          hit.setDouble(6, h.score());
          hit.setString(7, h.matchedName());
          hit.setString(8, h.explanation());
          hit.addBatch();
        }
      }
      men.executeBatch();
      hit.executeBatch();
    }
    return keys;
  }

  private void writeDates(long seq, List<DateMention> dates) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(Sql.INSERT_DATE)) {
      for (DateMention d : dates) {
        ps.setLong(1, seq);
        ps.setInt(2, d.start());
        ps.setInt(3, d.end());
        ps.setString(4, d.text());
        ps.setString(5, d.value());
        ps.setString(6, d.modifier());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void writeEvents(long seq, List<Event> events, Map<String, Long> keys)
      throws SQLException {
    try (PreparedStatement ev =
            db.prepareStatement(Sql.INSERT_EVENT, Statement.RETURN_GENERATED_KEYS);
        PreparedStatement role = db.prepareStatement(Sql.INSERT_ROLE);
        PreparedStatement claim = db.prepareStatement(Sql.INSERT_CLAIM)) {
      for (Event e : events) {
        ev.setLong(1, seq);
        ev.setString(2, e.id());
        ev.setString(3, e.type());
        ev.setString(4, e.mode());
        ev.setString(5, join(e.context()));
        ev.setString(6, e.cameo());
        ev.setString(7, e.date());
        ev.setString(8, join(e.goods()));
        ev.setInt(9, e.evidence().start());
        ev.setInt(10, e.evidence().end());
        ev.setString(11, e.evidence().text());
        ev.setString(12, e.coder());
        ev.executeUpdate();
        long key = generatedKey(ev);
        addRoles(role, key, "actor", e.actor(), keys, e);
        addRoles(role, key, "recipient", e.recipient(), keys, e);
        addRoles(role, key, "route", e.route(), keys, e);
        if (e.location() != null) {
          addRoles(role, key, "location", List.of(e.location()), keys, e);
        }
        role.executeBatch();
        claim.setLong(1, key);
        claim.setLong(2, seq);
        if (Event.AUTHOR.equals(e.source())) {
          claim.setNull(3, Types.INTEGER);
        } else {
          claim.setLong(3, entityKey(keys, e.source(), e));
        }
        claim.setString(4, e.certainty());
        claim.setString(5, e.cue());
        claim.setInt(6, e.evidence().start());
        claim.setInt(7, e.evidence().end());
        claim.executeUpdate();
      }
    }
  }

  private static void addRoles(
      PreparedStatement role,
      long event,
      String name,
      List<String> ids,
      Map<String, Long> keys,
      Event e)
      throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      role.setLong(1, event);
      role.setString(2, name);
      role.setInt(3, i);
      role.setLong(4, entityKey(keys, ids.get(i), e));
      role.addBatch();
    }
  }

  private static long entityKey(Map<String, Long> keys, String id, Event e) {
    Long key = keys.get(id);
    if (key == null) {
      throw new IllegalArgumentException(
          "event " + e.id() + " refers to entity " + id + ", which is not in the brief");
    }
    return key;
  }

  @Override
  public synchronized boolean contains(String documentId) {
    try (PreparedStatement ps = db.prepareStatement(Sql.CONTAINS)) {
      ps.setString(1, documentId);
      ps.setString(2, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized StoreStatus status() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(Sql.COUNTS)) {
      rs.next();
      return new StoreStatus(
          currentVersion(db),
          rs.getLong(1),
          rs.getLong(2),
          rs.getLong(3),
          rs.getLong(4),
          rs.getLong(5),
          rs.getLong(6),
          rs.getLong(7),
          rs.getLong(8),
          rs.getLong(9));
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized Optional<StoredDocument> document(String documentId) {
    try (PreparedStatement ps = db.prepareStatement(Sql.DOCUMENT)) {
      ps.setString(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readDocument(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private StoredDocument readDocument(ResultSet rs) throws SQLException {
    long seq = rs.getLong(1);
    List<StoredDocument.Source> sources = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(Sql.SOURCES_OF)) {
      ps.setLong(1, seq);
      try (ResultSet s = ps.executeQuery()) {
        while (s.next()) {
          String url = s.getString(2);
          sources.add(
              new StoredDocument.Source(
                  s.getString(1),
                  url.isEmpty() ? null : url,
                  s.getString(3),
                  s.getDouble(4),
                  s.getString(5)));
        }
      }
    }
    return new StoredDocument(
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        sources);
  }

  @Override
  public synchronized List<StoredDocument> search(String query, int limit) {
    try {
      List<StoredDocument> docs = new ArrayList<>();
      for (long seq : index.searchText(query, limit)) {
        try (PreparedStatement ps = db.prepareStatement(Sql.DOCUMENT_BY_SEQ)) {
          ps.setLong(1, seq);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              docs.add(readDocument(rs));
            }
          }
        }
      }
      return docs;
    } catch (SQLException | IOException e) {
      throw RedflagException.failure("cannot search the store: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void forEachEntity(Consumer<EntityRow> action) {
    Map<Long, List<SanctionHit>> hits = grouped(Sql.ALL_HITS, ps -> {}, SqliteStore::readHit);
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(Sql.ALL_ENTITIES)) {
      while (rs.next()) {
        action.accept(readEntity(rs, hits.getOrDefault(rs.getLong(1), List.of())));
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized void forEachUnassigned(Consumer<EntityRow> action) {
    try (PreparedStatement ps = db.prepareStatement(Sql.UNASSIGNED_ENTITIES);
        PreparedStatement hs = db.prepareStatement(Sql.HITS_OF)) {
      List<EntityRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(readEntity(rs, List.of()));
        }
      }
      for (EntityRow r : rows) {
        hs.setLong(1, r.key());
        List<SanctionHit> hits = new ArrayList<>();
        try (ResultSet rs = hs.executeQuery()) {
          while (rs.next()) {
            hits.add(readHit(rs));
          }
        }
        action.accept(hits.isEmpty() ? r : withHits(r, hits));
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized List<EntityRow> entitiesNamed(String name, EntityType type, int limit) {
    return list(
        Sql.ENTITIES_NAMED,
        ps -> {
          ps.setString(1, name);
          ps.setString(2, type.name());
          ps.setInt(3, limit);
        },
        rs -> readEntity(rs, List.of()));
  }

  @Override
  public synchronized boolean anyAssigned() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(Sql.ANY_ASSIGNED)) {
      return rs.next();
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized Optional<String> clusterOfListEntry(String list, String listId) {
    try (PreparedStatement ps = db.prepareStatement(Sql.CLUSTER_OF_LIST_ENTRY)) {
      ps.setString(1, list);
      ps.setString(2, listId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized void refreshSummaries(Collection<String> clusters) {
    List<ClusterSummary> fresh = new ArrayList<>();
    try (PreparedStatement name = db.prepareStatement(Sql.CLUSTER_NAME);
        PreparedStatement docs = db.prepareStatement(Sql.CLUSTER_DOCUMENTS)) {
      for (String c : new LinkedHashSet<>(clusters)) {
        ClusterSummary summary = computeSummary(name, docs, c);
        if (summary != null) {
          fresh.add(summary);
        }
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
    inTransaction(
        () -> {
          try (PreparedStatement ins = db.prepareStatement(Sql.INSERT_SUMMARY)) {
            for (ClusterSummary c : fresh) {
              ins.setString(1, c.cluster());
              ins.setString(2, c.name());
              ins.setString(3, c.type().name());
              ins.setString(4, c.country());
              ins.setInt(5, c.documents());
              ins.addBatch();
            }
            ins.executeBatch();
          }
        });
  }

  @Override
  public synchronized List<EntityRow> findEntities(String name, int limit) {
    try {
      return entities(index.searchNames(name, limit));
    } catch (IOException e) {
      throw RedflagException.failure("cannot search the store: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<EntityRow> entitiesOf(Collection<String> clusters) {
    List<EntityRow> rows = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(Sql.ENTITIES_OF_CLUSTER);
        PreparedStatement hs = db.prepareStatement(Sql.HITS_OF_CLUSTER)) {
      for (String c : new LinkedHashSet<>(clusters)) {
        Map<Long, List<SanctionHit>> hits = new HashMap<>();
        hs.setString(1, c);
        try (ResultSet rs = hs.executeQuery()) {
          while (rs.next()) {
            hits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(readHit(rs));
          }
        }
        ps.setString(1, c);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(readEntity(rs, hits.getOrDefault(rs.getLong(1), List.of())));
          }
        }
      }
      return rows;
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized List<EntityRow> entities(Collection<Long> keys) {
    List<EntityRow> rows = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(Sql.ENTITY_BY_KEY)) {
      for (long k : new LinkedHashSet<>(keys)) {
        ps.setLong(1, k);
        readEntities(ps, rows);
      }
      return rows;
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private void readEntities(PreparedStatement ps, List<EntityRow> into) throws SQLException {
    int from = into.size();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        into.add(readEntity(rs, List.of()));
      }
    }
    try (PreparedStatement h = db.prepareStatement(Sql.HITS_OF)) {
      for (int i = from; i < into.size(); i++) {
        EntityRow r = into.get(i);
        h.setLong(1, r.key());
        List<SanctionHit> hits = new ArrayList<>();
        try (ResultSet rs = h.executeQuery()) {
          while (rs.next()) {
            hits.add(readHit(rs));
          }
        }
        if (!hits.isEmpty()) {
          into.set(i, withHits(r, hits));
        }
      }
    }
  }

  private static EntityRow withHits(EntityRow r, List<SanctionHit> hits) {
    return new EntityRow(
        r.key(),
        r.documentId(),
        r.localId(),
        r.name(),
        r.type(),
        r.country(),
        r.government(),
        r.aliases(),
        hits,
        r.mentions(),
        r.firstOffset(),
        r.documentDate(),
        r.cluster());
  }

  private static EntityRow readEntity(ResultSet rs, List<SanctionHit> hits) throws SQLException {
    return new EntityRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        EntityType.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getInt(7) != 0,
        split(rs.getString(8)),
        hits,
        rs.getInt(9),
        rs.getInt(10),
        rs.getString(11),
        rs.getString(12));
  }

  private static SanctionHit readHit(ResultSet rs) throws SQLException {
    return new SanctionHit(
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        split(rs.getString(5)),
        rs.getDouble(6),
        nullToEmpty(rs.getString(7)),
        nullToEmpty(rs.getString(8)));
  }

  @Override
  public synchronized void assignClusters(Map<Long, String> clusterByKey) {
    inTransaction(
        () -> {
          try (PreparedStatement ps = db.prepareStatement(Sql.SET_CLUSTER)) {
            int n = 0;
            for (Map.Entry<Long, String> e : clusterByKey.entrySet()) {
              ps.setString(1, e.getValue());
              ps.setLong(2, e.getKey());
              ps.addBatch();
              if (++n % 10_000 == 0) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
        });
  }

  @Override
  public synchronized List<CoMention> coMentions(String cluster, int limit) {
    return list(
        Sql.CO_MENTIONS,
        ps -> {
          ps.setString(1, cluster);
          ps.setInt(2, limit);
        },
        rs -> new CoMention(rs.getString(1), rs.getInt(2)));
  }

  @Override
  public synchronized void saveSummaries(Collection<ClusterSummary> summaries) {
    inTransaction(
        () -> {
          try (Statement del = db.createStatement();
              PreparedStatement ins = db.prepareStatement(Sql.INSERT_SUMMARY)) {
            del.executeUpdate(Sql.DELETE_SUMMARIES);
            int n = 0;
            for (ClusterSummary c : summaries) {
              ins.setString(1, c.cluster());
              ins.setString(2, c.name());
              ins.setString(3, c.type().name());
              ins.setString(4, c.country());
              ins.setInt(5, c.documents());
              ins.addBatch();
              if (++n % 10_000 == 0) {
                ins.executeBatch();
              }
            }
            ins.executeBatch();
          }
        });
  }

  /** A cluster's summary computed from its entity rows, or null when it has none. */
  private static @Nullable ClusterSummary computeSummary(
      PreparedStatement name, PreparedStatement docs, String cluster) throws SQLException {
    name.setString(1, cluster);
    try (ResultSet rs = name.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      docs.setString(1, cluster);
      try (ResultSet d = docs.executeQuery()) {
        d.next();
        return new ClusterSummary(
            cluster,
            rs.getString(1),
            EntityType.valueOf(rs.getString(2)),
            rs.getString(3),
            d.getInt(1));
      }
    }
  }

  @Override
  public synchronized List<ClusterSummary> summaries(Collection<String> clusters) {
    List<ClusterSummary> out = new ArrayList<>();
    try (PreparedStatement saved = db.prepareStatement(Sql.CLUSTER_SUMMARY);
        PreparedStatement name = db.prepareStatement(Sql.CLUSTER_NAME);
        PreparedStatement docs = db.prepareStatement(Sql.CLUSTER_DOCUMENTS)) {
      for (String c : new LinkedHashSet<>(clusters)) {
        saved.setString(1, c);
        try (ResultSet rs = saved.executeQuery()) {
          if (rs.next()) {
            out.add(
                new ClusterSummary(
                    c,
                    rs.getString(1),
                    EntityType.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getInt(4)));
            continue;
          }
        }
        ClusterSummary summary = computeSummary(name, docs, c);
        if (summary != null) {
          out.add(summary);
        }
      }
      return out;
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized void forEachEvent(Consumer<EventRow> action) {
    Map<Long, List<Object[]>> roles =
        grouped(
            Sql.ALL_ROLES,
            ps -> {},
            rs -> new Object[] {rs.getString(2), rs.getLong(4), rs.getString(5)});
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(Sql.ALL_EVENTS)) {
      while (rs.next()) {
        action.accept(readEvent(rs, roles.getOrDefault(rs.getLong(1), List.of())));
      }
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized List<EventRow> eventsOf(Collection<Long> entityKeys) {
    Set<Long> eventKeys = new java.util.TreeSet<>();
    try {
      try (PreparedStatement ps = db.prepareStatement(Sql.EVENTS_OF_ENTITY)) {
        for (long k : new LinkedHashSet<>(entityKeys)) {
          ps.setLong(1, k);
          ps.setLong(2, k);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              eventKeys.add(rs.getLong(1));
            }
          }
        }
      }
      return eventsByKey(eventKeys);
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  @Override
  public synchronized List<EventRow> eventsOfCluster(String cluster) {
    Set<Long> eventKeys = new java.util.TreeSet<>();
    try {
      try (PreparedStatement ps = db.prepareStatement(Sql.EVENTS_OF_CLUSTER)) {
        ps.setString(1, cluster);
        ps.setString(2, cluster);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            eventKeys.add(rs.getLong(1));
          }
        }
      }
      return eventsByKey(eventKeys);
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private List<EventRow> eventsByKey(Set<Long> eventKeys) throws SQLException {
    List<EventRow> out = new ArrayList<>();
    {
      try (PreparedStatement ev = db.prepareStatement(Sql.EVENT_BY_KEY);
          PreparedStatement ro = db.prepareStatement(Sql.ROLES_OF)) {
        for (long k : eventKeys) {
          List<Object[]> roles = new ArrayList<>();
          ro.setLong(1, k);
          try (ResultSet rs = ro.executeQuery()) {
            while (rs.next()) {
              roles.add(new Object[] {rs.getString(2), rs.getLong(4), rs.getString(5)});
            }
          }
          ev.setLong(1, k);
          try (ResultSet rs = ev.executeQuery()) {
            if (rs.next()) {
              out.add(readEvent(rs, roles));
            }
          }
        }
      }
    }
    return out;
  }

  /** Rebuilds an event from its row and its roles ({role, entity key, local id}). */
  private static EventRow readEvent(ResultSet rs, List<Object[]> roles) throws SQLException {
    String sourceLocal = rs.getString(17);
    long sourceKey = rs.getLong(16);
    boolean author = rs.wasNull() || sourceLocal == null;
    Event.Builder b =
        Event.builder(
                rs.getString(4),
                rs.getString(5),
                new Event.Span(rs.getString(13), rs.getInt(11), rs.getInt(12)))
            .mode(rs.getString(6))
            .cameo(rs.getString(8))
            .date(rs.getString(9))
            .certainty(rs.getString(14), rs.getString(15))
            .source(author ? Event.AUTHOR : sourceLocal)
            .coder(rs.getString(18));
    split(rs.getString(7)).forEach(b::context);
    split(rs.getString(10)).forEach(b::goods);
    List<Long> actors = new ArrayList<>();
    List<Long> recipients = new ArrayList<>();
    List<Long> route = new ArrayList<>();
    List<String> routeIds = new ArrayList<>();
    Long location = null;
    for (Object[] r : roles) {
      long key = (Long) r[1];
      String local = (String) r[2];
      switch ((String) r[0]) {
        case "actor" -> {
          actors.add(key);
          b.actor(local);
        }
        case "recipient" -> {
          recipients.add(key);
          b.recipient(local);
        }
        case "route" -> {
          route.add(key);
          routeIds.add(local);
        }
        default -> {
          location = key;
          b.location(local);
        }
      }
    }
    b.route(routeIds);
    return new EventRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        b.build(),
        actors,
        recipients,
        route,
        location,
        author ? null : sourceKey);
  }

  @Override
  public synchronized void decide(Decision d) {
    update(
        Sql.INSERT_DECISION,
        ps -> {
          ps.setString(1, d.kind().name());
          ps.setString(2, d.a());
          ps.setString(3, d.b());
          ps.setString(4, d.madeAt());
        });
  }

  @Override
  public synchronized List<Decision> decisions() {
    return list(
        Sql.DECISIONS,
        rs ->
            new Decision(
                Decision.Kind.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4)));
  }

  @Override
  public synchronized void watch(Watch w) {
    update(
        Sql.UPSERT_WATCH,
        ps -> {
          ps.setString(1, w.target());
          ps.setString(2, w.label());
          ps.setLong(3, w.lastEventKey());
        });
  }

  @Override
  public synchronized List<Watch> watches() {
    return list(Sql.WATCHES, rs -> new Watch(rs.getString(1), rs.getString(2), rs.getLong(3)));
  }

  @Override
  public synchronized void markWatched(String target, long lastEventKey) {
    update(
        Sql.MARK_WATCHED,
        ps -> {
          ps.setLong(1, lastEventKey);
          ps.setString(2, target);
        });
  }

  @Override
  public synchronized void saveScreening(
      String snapshotId, Map<Long, List<ListLink>> linksByEntity) {
    inTransaction(
        () -> {
          try (PreparedStatement del = db.prepareStatement(Sql.DELETE_SCREENING);
              PreparedStatement ins = db.prepareStatement(Sql.INSERT_SCREENING);
              PreparedStatement run = db.prepareStatement(Sql.RECORD_SCREENING_RUN)) {
            del.setString(1, snapshotId);
            del.executeUpdate();
            for (Map.Entry<Long, List<ListLink>> e : linksByEntity.entrySet()) {
              for (ListLink l : e.getValue()) {
                ins.setString(1, snapshotId);
                ins.setLong(2, e.getKey());
                ins.setString(3, l.list());
                ins.setString(4, l.listId());
                ins.setString(5, l.name());
                ins.setDouble(6, l.score());
                ins.addBatch();
              }
            }
            ins.executeBatch();
            run.setString(1, snapshotId);
            run.setString(2, Instant.now().toString());
            run.executeUpdate();
          }
        });
  }

  @Override
  public synchronized Map<Long, List<ListLink>> screening(String snapshotId) {
    return grouped(
        Sql.SCREENING,
        ps -> ps.setString(1, snapshotId),
        rs -> new ListLink(rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
  }

  @Override
  public synchronized List<String> screenings() {
    return list(Sql.SCREENING_RUNS, rs -> rs.getString(1));
  }

  @Override
  public synchronized void close() {
    try {
      index.close();
    } catch (IOException e) {
      throw RedflagException.failure("cannot close the store index: " + e.getMessage(), e);
    } finally {
      closeQuietly(db);
    }
  }

  /** Work done inside one transaction. */
  private interface Work {
    void run() throws SQLException;
  }

  private void requireWritable() {
    if (writtenBy != null) {
      throw new RedflagException(
          RedflagException.Kind.FAILURE,
          "the store under "
              + writtenBy
              + " is in use by another redflag process (e.g. an ingest): it can be read but not"
              + " changed until that process ends");
    }
  }

  private void inTransaction(Work work) {
    requireWritable();
    try {
      db.setAutoCommit(false);
      try {
        work.run();
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw RedflagException.failure("cannot write to the store: " + e.getMessage(), e);
    }
  }

  /** Binds the parameters of a prepared statement. */
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Reads the current row of a result set. */
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs one parameterised update in its own transaction. */
  private void update(String sql, Binder binder) {
    inTransaction(
        () -> {
          try (PreparedStatement ps = db.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
          }
        });
  }

  /**
   * The rows of a query grouped by their first column (the key of the row they belong to), mapped,
   * in query order; read failures become domain errors.
   */
  private <T> Map<Long, List<T>> grouped(String sql, Binder binder, RowMapper<T> mapper) {
    Map<Long, List<T>> out = new LinkedHashMap<>();
    for (Map.Entry<Long, T> e : list(sql, binder, rs -> Map.entry(rs.getLong(1), mapper.map(rs)))) {
      out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
    return out;
  }

  /** Every row of a query without parameters, mapped; read failures become domain errors. */
  private <T> List<T> list(String sql, RowMapper<T> mapper) {
    List<T> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  /** Every row of a parameterised query, mapped; read failures become domain errors. */
  private <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw readFailure(e);
    }
  }

  private @Nullable Long queryLong(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no key generated");
      }
      return keys.getLong(1);
    }
  }

  private static RedflagException readFailure(SQLException e) {
    return RedflagException.failure("cannot read the store: " + e.getMessage(), e);
  }

  private static String join(List<String> values) {
    return String.join(SEP, values);
  }

  static List<String> split(@Nullable String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEP, -1));
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
