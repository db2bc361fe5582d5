package org.redflag.store;

import java.util.List;

/**
 * Every SQL statement of the embedded store, and the schema as a list of migrations. A migration is
 * applied once, in one transaction, and recorded in {@code schema_version}; never edit a released
 * migration, add the next one.
 */
final class Sql {
  private Sql() {}

  /** One schema change. */
  record Migration(int version, String description, List<String> statements) {}

  static final String CREATE_VERSION_TABLE =
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
          + " description TEXT NOT NULL, applied_at TEXT NOT NULL)";
  static final String CURRENT_VERSION = "SELECT coalesce(max(version), 0) FROM schema_version";
  static final String RECORD_VERSION =
      "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)";

  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "documents, sources, entities, mentions, list hits, dates, events, claims",
              List.of(
                  """
                  CREATE TABLE documents (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    title TEXT, url TEXT, date TEXT,
                    body TEXT NOT NULL,
                    minhash BLOB NOT NULL,
                    stored_at TEXT NOT NULL)""",
                  """
                  CREATE TABLE sources (
                    document INTEGER NOT NULL REFERENCES documents(seq),
                    content_id TEXT NOT NULL,
                    url TEXT NOT NULL,
                    title TEXT,
                    similarity REAL NOT NULL,
                    received_at TEXT NOT NULL,
                    UNIQUE (content_id, url))""",
                  "CREATE INDEX sources_document ON sources(document)",
                  """
                  CREATE TABLE lsh (
                    band INTEGER NOT NULL, hash INTEGER NOT NULL,
                    document INTEGER NOT NULL REFERENCES documents(seq),
                    PRIMARY KEY (band, hash, document)) WITHOUT ROWID""",
                  """
                  CREATE TABLE entities (
                    key INTEGER PRIMARY KEY,
                    document INTEGER NOT NULL REFERENCES documents(seq),
                    local_id TEXT NOT NULL,
                    name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
                    government INTEGER NOT NULL, aliases TEXT NOT NULL,
                    mentions INTEGER NOT NULL, first_offset INTEGER NOT NULL,
                    cluster TEXT,
                    UNIQUE (document, local_id))""",
                  "CREATE INDEX entities_cluster ON entities(cluster)",
                  """
                  CREATE TABLE mentions (
                    entity INTEGER NOT NULL REFERENCES entities(key),
                    document INTEGER NOT NULL REFERENCES documents(seq),
                    start INTEGER NOT NULL, end INTEGER NOT NULL,
                    text TEXT NOT NULL, type TEXT NOT NULL, detector TEXT NOT NULL)""",
                  "CREATE INDEX mentions_entity ON mentions(entity)",
                  """
                  CREATE TABLE list_hits (
                    entity INTEGER NOT NULL REFERENCES entities(key),
                    list TEXT NOT NULL, list_id TEXT NOT NULL, name TEXT NOT NULL,
                    programs TEXT NOT NULL, score REAL NOT NULL,
                    matched_name TEXT, explanation TEXT)""",
                  "CREATE INDEX list_hits_entity ON list_hits(entity)",
                  "CREATE INDEX list_hits_entry ON list_hits(list, list_id)",
                  """
                  CREATE TABLE dates (
                    document INTEGER NOT NULL REFERENCES documents(seq),
                    start INTEGER NOT NULL, end INTEGER NOT NULL,
                    text TEXT NOT NULL, value TEXT NOT NULL, modifier TEXT)""",
                  """
                  CREATE TABLE events (
                    key INTEGER PRIMARY KEY,
                    document INTEGER NOT NULL REFERENCES documents(seq),
                    local_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, context TEXT NOT NULL,
                    cameo TEXT, date TEXT, goods TEXT NOT NULL,
                    start INTEGER NOT NULL, end INTEGER NOT NULL, evidence TEXT NOT NULL,
                    UNIQUE (document, local_id))""",
                  """
                  CREATE TABLE event_roles (
                    event INTEGER NOT NULL REFERENCES events(key),
                    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'route', 'location')),
                    position INTEGER NOT NULL,
                    entity INTEGER NOT NULL REFERENCES entities(key),
                    PRIMARY KEY (event, role, position))""",
                  "CREATE INDEX event_roles_entity ON event_roles(entity)",
                  """
                  CREATE TABLE claims (
                    key INTEGER PRIMARY KEY,
                    event INTEGER NOT NULL REFERENCES events(key),
                    document INTEGER NOT NULL REFERENCES documents(seq),
                    source INTEGER REFERENCES entities(key),
                    certainty TEXT NOT NULL
                      CHECK (certainty IN ('fact', 'expected', 'speculative', 'denied')),
                    cue TEXT,
                    start INTEGER NOT NULL, end INTEGER NOT NULL)""",
                  "CREATE INDEX claims_event ON claims(event)",
                  "CREATE INDEX claims_source ON claims(source)")),
          new Migration(
              2,
              "analyst decisions, watches, re-screenings",
              List.of(
                  """
                  CREATE TABLE decisions (
                    key INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
                    a TEXT NOT NULL, b TEXT NOT NULL, made_at TEXT NOT NULL)""",
                  """
                  CREATE TABLE watches (
                    target TEXT PRIMARY KEY, label TEXT NOT NULL,
                    last_event INTEGER NOT NULL)""",
                  """
                  CREATE TABLE screenings (
                    snapshot TEXT NOT NULL,
                    entity INTEGER NOT NULL REFERENCES entities(key),
                    list TEXT NOT NULL, list_id TEXT NOT NULL, name TEXT NOT NULL,
                    score REAL NOT NULL)""",
                  "CREATE INDEX screenings_snapshot ON screenings(snapshot, entity)",
                  """
                  CREATE TABLE screening_runs (
                    snapshot TEXT PRIMARY KEY, run_at TEXT NOT NULL)""")),
          new Migration(
              3,
              "global entity summaries, written by each resolution",
              List.of(
                  """
                  CREATE TABLE clusters (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
                    documents INTEGER NOT NULL)""")),
          new Migration(
              4,
              "entities by name, for incremental resolution",
              List.of("CREATE INDEX entities_name ON entities(name, type)")),
          new Migration(
              5,
              "how each event was typed: dictionary or model (NULL for events stored before)",
              List.of(
                  "ALTER TABLE events ADD COLUMN coder TEXT"
                      + " CHECK (coder IN ('dictionary', 'model'))")));

  // Writing a brief.
  static final String DOCUMENT_SEQ = "SELECT seq FROM documents WHERE id = ?";
  static final String SOURCE_DOCUMENT =
      "SELECT d.id, s.similarity, d.seq FROM sources s JOIN documents d ON d.seq = s.document"
          + " WHERE s.content_id = ? LIMIT 1";
  static final String INSERT_DOCUMENT =
      "INSERT INTO documents (id, title, url, date, body, minhash, stored_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_SOURCE =
      "INSERT OR IGNORE INTO sources (document, content_id, url, title, similarity, received_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  static final String LSH_CANDIDATES =
      "SELECT DISTINCT l.document, d.id, d.minhash FROM lsh l JOIN documents d ON d.seq ="
          + " l.document WHERE l.band = ? AND l.hash = ?";
  static final String INSERT_LSH =
      "INSERT OR IGNORE INTO lsh (band, hash, document) VALUES (?, ?, ?)";
  static final String INSERT_ENTITY =
      "INSERT INTO entities (document, local_id, name, type, country, government, aliases,"
          + " mentions, first_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_MENTION =
      "INSERT INTO mentions (entity, document, start, end, text, type, detector)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_HIT =
      "INSERT INTO list_hits (entity, list, list_id, name, programs, score, matched_name,"
          + " explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_DATE =
      "INSERT INTO dates (document, start, end, text, value, modifier) VALUES (?, ?, ?, ?, ?, ?)";
  static final String INSERT_EVENT =
      "INSERT INTO events (document, local_id, type, mode, context, cameo, date, goods, start, end,"
          + " evidence, coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_ROLE =
      "INSERT OR IGNORE INTO event_roles (event, role, position, entity) VALUES (?, ?, ?, ?)";
  static final String INSERT_CLAIM =
      "INSERT INTO claims (event, document, source, certainty, cue, start, end)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  // Reading.
  static final String CONTAINS =
      "SELECT 1 FROM documents WHERE id = ? UNION ALL SELECT 1 FROM sources WHERE content_id = ?"
          + " LIMIT 1";
  static final String COUNTS =
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sources),"
          + " (SELECT count(*) FROM entities), (SELECT count(DISTINCT cluster) FROM entities),"
          + " (SELECT count(*) FROM mentions), (SELECT count(*) FROM list_hits),"
          + " (SELECT count(*) FROM dates), (SELECT count(*) FROM events),"
          + " (SELECT count(*) FROM claims)";
  static final String DOCUMENT =
      "SELECT seq, id, title, url, date, body FROM documents WHERE id = ?";
  static final String DOCUMENT_BY_SEQ =
      "SELECT seq, id, title, url, date, body FROM documents WHERE seq = ?";
  static final String DOCUMENTS_AFTER =
      "SELECT seq, id, title, url, date, body FROM documents WHERE seq > ? ORDER BY seq";
  static final String SOURCES_OF =
      "SELECT content_id, url, title, similarity, received_at FROM sources WHERE document = ?"
          + " ORDER BY rowid";

  private static final String ENTITY_COLUMNS =
      "SELECT e.key, d.id, e.local_id, e.name, e.type, e.country, e.government, e.aliases,"
          + " e.mentions, e.first_offset, d.date, e.cluster FROM entities e"
          + " JOIN documents d ON d.seq = e.document";
  static final String ALL_ENTITIES = ENTITY_COLUMNS + " ORDER BY e.key";
  static final String UNASSIGNED_ENTITIES =
      ENTITY_COLUMNS + " WHERE e.cluster IS NULL ORDER BY e.key";
  static final String ENTITIES_NAMED =
      ENTITY_COLUMNS + " WHERE e.name = ? AND e.type = ? AND e.cluster IS NOT NULL LIMIT ?";
  static final String ANY_ASSIGNED = "SELECT 1 FROM entities WHERE cluster IS NOT NULL LIMIT 1";
  static final String CLUSTER_OF_LIST_ENTRY =
      "SELECT e.cluster FROM list_hits h JOIN entities e ON e.key = h.entity"
          + " WHERE h.list = ? AND h.list_id = ? AND e.cluster IS NOT NULL LIMIT 1";
  static final String ENTITIES_OF_DOCUMENT = ENTITY_COLUMNS + " WHERE e.document = ?";
  static final String ENTITY_BY_KEY = ENTITY_COLUMNS + " WHERE e.key = ?";
  static final String ENTITIES_OF_CLUSTER = ENTITY_COLUMNS + " WHERE e.cluster = ?";
  static final String ALL_HITS =
      "SELECT entity, list, list_id, name, programs, score, matched_name, explanation"
          + " FROM list_hits ORDER BY entity, rowid";
  static final String HITS_OF =
      "SELECT entity, list, list_id, name, programs, score, matched_name, explanation"
          + " FROM list_hits WHERE entity = ? ORDER BY rowid";
  static final String HITS_OF_CLUSTER =
      "SELECT h.entity, h.list, h.list_id, h.name, h.programs, h.score, h.matched_name,"
          + " h.explanation FROM list_hits h JOIN entities e ON e.key = h.entity"
          + " WHERE e.cluster = ? ORDER BY h.entity, h.rowid";
  static final String SET_CLUSTER = "UPDATE entities SET cluster = ? WHERE key = ?";
  static final String CO_MENTIONS =
      "SELECT o.cluster, count(DISTINCT o.document) AS n FROM entities e"
          + " JOIN entities o ON o.document = e.document AND o.cluster <> e.cluster"
          + " WHERE e.cluster = ? AND o.cluster IS NOT NULL"
          + " GROUP BY o.cluster ORDER BY n DESC, o.cluster LIMIT ?";

  static final String CLUSTER_SUMMARY =
      "SELECT name, type, country, documents FROM clusters WHERE id = ?";
  static final String DELETE_SUMMARIES = "DELETE FROM clusters";
  static final String INSERT_SUMMARY =
      "INSERT OR REPLACE INTO clusters (id, name, type, country, documents) VALUES (?, ?, ?, ?, ?)";
  static final String CLUSTER_NAME =
      "SELECT name, type, country, count(*) AS n FROM entities WHERE cluster = ?"
          + " GROUP BY name, type, country ORDER BY n DESC, length(name) DESC LIMIT 1";
  static final String CLUSTER_DOCUMENTS =
      "SELECT count(DISTINCT document) FROM entities WHERE cluster = ?";

  private static final String EVENT_COLUMNS =
      "SELECT v.key, d.id, d.date, v.local_id, v.type, v.mode, v.context, v.cameo, v.date,"
          + " v.goods, v.start, v.end, v.evidence, c.certainty, c.cue, c.source,"
          + " (SELECT local_id FROM entities WHERE key = c.source), v.coder"
          + " FROM events v JOIN documents d ON d.seq = v.document"
          + " JOIN claims c ON c.event = v.key";
  static final String ALL_EVENTS = EVENT_COLUMNS + " ORDER BY v.key";
  static final String EVENT_BY_KEY = EVENT_COLUMNS + " WHERE v.key = ?";
  static final String ALL_ROLES =
      "SELECT r.event, r.role, r.position, r.entity, e.local_id FROM event_roles r"
          + " JOIN entities e ON e.key = r.entity ORDER BY r.event, r.role, r.position";
  static final String ROLES_OF =
      "SELECT r.event, r.role, r.position, r.entity, e.local_id FROM event_roles r"
          + " JOIN entities e ON e.key = r.entity WHERE r.event = ? ORDER BY r.role, r.position";
  static final String EVENTS_OF_CLUSTER =
      "SELECT r.event FROM event_roles r JOIN entities e ON e.key = r.entity WHERE e.cluster = ?"
          + " UNION SELECT c.event FROM claims c JOIN entities e ON e.key = c.source"
          + " WHERE e.cluster = ?";
  static final String EVENTS_OF_ENTITY =
      "SELECT event FROM event_roles WHERE entity = ? UNION SELECT event FROM claims WHERE source"
          + " = ?";

  // Decisions, watches, screenings.
  static final String INSERT_DECISION =
      "INSERT INTO decisions (kind, a, b, made_at) VALUES (?, ?, ?, ?)";
  static final String DECISIONS = "SELECT kind, a, b, made_at FROM decisions ORDER BY key";
  static final String UPSERT_WATCH =
      "INSERT INTO watches (target, label, last_event) VALUES (?, ?, ?) ON CONFLICT (target)"
          + " DO UPDATE SET label = excluded.label, last_event = excluded.last_event";
  static final String WATCHES = "SELECT target, label, last_event FROM watches ORDER BY target";
  static final String MARK_WATCHED = "UPDATE watches SET last_event = ? WHERE target = ?";
  static final String DELETE_SCREENING = "DELETE FROM screenings WHERE snapshot = ?";
  static final String INSERT_SCREENING =
      "INSERT INTO screenings (snapshot, entity, list, list_id, name, score)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  static final String RECORD_SCREENING_RUN =
      "INSERT INTO screening_runs (snapshot, run_at) VALUES (?, ?) ON CONFLICT (snapshot)"
          + " DO UPDATE SET run_at = excluded.run_at";
  static final String SCREENING =
      "SELECT entity, list, list_id, name, score FROM screenings WHERE snapshot = ?"
          + " ORDER BY entity, rowid";
  static final String SCREENING_RUNS = "SELECT snapshot FROM screening_runs ORDER BY run_at";
}
