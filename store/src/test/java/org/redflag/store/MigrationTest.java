package org.redflag.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.model.Brief;
import org.redflag.model.Event;

/** Opening a database written by an older redflag upgrades it in place. */
class MigrationTest {
  @TempDir Path home;

  /** The schema as redflag wrote it before events kept their coder. */
  private static final int BEFORE_CODER = 4;

  @Test
  void a_store_from_before_the_coder_column_opens_and_its_events_have_no_coder() throws Exception {
    Path file = home.resolve("store/redflag.db");
    Files.createDirectories(file.getParent());
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      writeOldStore(db);
    }

    try (Store store = Store.open(home)) {
      assertThat(store.status().schemaVersion()).isEqualTo(Sql.MIGRATIONS.size());
      Brief fresh = TestBriefs.story(2);
      Event model = fresh.events().get(0);
      store.put(
          new Brief(
              fresh.document(),
              fresh.entities(),
              fresh.dates(),
              List.of(
                  Event.builder(model.id(), "CONSULT", model.evidence())
                      .actor("e1")
                      .recipient("e2")
                      .coder("model")
                      .build())));
      List<EventRow> events = new ArrayList<>();
      store.forEachEvent(events::add);

      assertThat(events).hasSize(2);
      EventRow old = events.get(0);
      assertThat(old.documentId()).isEqualTo("old-doc");
      assertThat(old.event().type()).isEqualTo("AID");
      assertThat(old.event().certainty()).isEqualTo("speculative");
      assertThat(old.event().actor()).containsExactly("e1");
      assertThat(old.event().coder()).isNull();
      assertThat(events.get(1).event().coder()).isEqualTo("model");
    }

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
        List<String> versions = new ArrayList<>();
        while (rs.next()) {
          versions.add(rs.getInt(1) + " " + rs.getString(2));
        }
        assertThat(versions).hasSize(Sql.MIGRATIONS.size());
        assertThat(versions.get(BEFORE_CODER)).startsWith("5 how each event was typed");
      }
      try (ResultSet rs = s.executeQuery("SELECT coder FROM events ORDER BY key")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isNull();
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("model");
      }
    }
  }

  /**
   * Writes a version-4 database: the DDL of migrations 1 to 4 (released migrations are never
   * edited), then one document with an event, inserted with the statements of that version.
   */
  private static void writeOldStore(Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute(Sql.CREATE_VERSION_TABLE);
      for (Sql.Migration m : Sql.MIGRATIONS.subList(0, BEFORE_CODER)) {
        for (String sql : m.statements()) {
          s.execute(sql);
        }
        s.execute(
            "INSERT INTO schema_version VALUES ("
                + m.version()
                + ", '"
                + m.description()
                + "', '2025-01-01T00:00:00Z')");
      }
      s.execute(
          "INSERT INTO documents (seq, id, title, url, date, body, minhash, stored_at) VALUES (1,"
              + " 'old-doc', 'Old story', NULL, '2023-02-28', 'Belarus may supply Russia.',"
              + " x'00', '2025-01-01T00:00:00Z')");
      s.execute(
          "INSERT INTO entities (key, document, local_id, name, type, country, government,"
              + " aliases, mentions, first_offset) VALUES (1, 1, 'e1', 'Belarus', 'COUNTRY',"
              + " 'BY', 0, 'Belarus', 1, 0), (2, 1, 'e2', 'Russia', 'COUNTRY', 'RU', 0, 'Russia',"
              + " 1, 19)");
    }
    try (PreparedStatement ev =
        db.prepareStatement(
            "INSERT INTO events (key, document, local_id, type, mode, context, cameo, date, goods,"
                + " start, end, evidence) VALUES (1, 1, 'v1', 'AID', 'supply', '', NULL,"
                + " '2023-02', '', 0, 25, ?)")) {
      ev.setString(1, "Belarus may supply Russia");
      ev.executeUpdate();
    }
    try (Statement s = db.createStatement()) {
      s.execute(
          "INSERT INTO event_roles (event, role, position, entity) VALUES (1, 'actor', 0, 1),"
              + " (1, 'recipient', 0, 2)");
      s.execute(
          "INSERT INTO claims (event, document, source, certainty, cue, start, end)"
              + " VALUES (1, 1, NULL, 'speculative', 'may', 0, 25)");
    }
  }
}
