package org.redflag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.model.Brief;
import org.redflag.model.Event;
import org.redflag.model.RedflagException;

class StoreTest {
  @TempDir Path home;

  @Test
  void a_brief_is_stored_with_every_row_pointing_at_its_document() {
    try (Store store = Store.open(home)) {
      Brief brief = TestBriefs.story(1);
      PutResult r = store.put(brief);

      assertThat(r.outcome()).isEqualTo(PutResult.Outcome.NEW);
      assertThat(store.contains(brief.document().id())).isTrue();
      StoreStatus s = store.status();
      assertThat(s.documents()).isEqualTo(1);
      assertThat(s.sources()).isEqualTo(1);
      assertThat(s.entities()).isEqualTo(3);
      assertThat(s.mentions()).isEqualTo(5);
      assertThat(s.listLinks()).isEqualTo(1);
      assertThat(s.dates()).isEqualTo(1);
      assertThat(s.events()).isEqualTo(1);
      assertThat(s.claims()).isEqualTo(1);
      assertThat(s.schemaVersion()).isEqualTo(Sql.MIGRATIONS.size());
    }
  }

  @Test
  void putting_the_same_document_twice_stores_it_once_and_keeps_both_sources() {
    try (Store store = Store.open(home)) {
      Brief brief = TestBriefs.story(1);
      store.put(brief);
      Brief again =
          new Brief(
              new org.redflag.model.Document(
                  brief.document().id(), null, "file:copy.txt", null, brief.document().body()),
              brief.entities(),
              brief.dates(),
              brief.events());
      PutResult r = store.put(again);

      assertThat(r.outcome()).isEqualTo(PutResult.Outcome.DUPLICATE);
      assertThat(store.status().documents()).isEqualTo(1);
      assertThat(store.status().entities()).isEqualTo(3);
      assertThat(store.document(brief.document().id()).orElseThrow().sources())
          .extracting(StoredDocument.Source::url)
          .containsExactly("https://example.org/1", "file:copy.txt");
    }
  }

  @Test
  void a_syndicated_copy_with_small_edits_is_a_near_duplicate() {
    String longStory = TestBriefs.STORY + " " + TestBriefs.STORY.replace("Minsk", "Brest");
    try (Store store = Store.open(home)) {
      Brief original = TestBriefs.story(longStory, "https://a.example/story");
      Brief edited =
          TestBriefs.story(
              longStory.replace("three-day", "three day") + " (Reuters)",
              "https://b.example/story");
      Brief other =
          TestBriefs.story(
              longStory.replaceAll("\\b(\\w)(\\w*)", "$2$1") + " unrelated words here",
              "https://c.example/story");

      assertThat(store.put(original).outcome()).isEqualTo(PutResult.Outcome.NEW);
      PutResult r = store.put(edited);
      assertThat(r.outcome()).isEqualTo(PutResult.Outcome.NEAR_DUPLICATE);
      assertThat(r.storedAs()).isEqualTo(original.document().id());
      assertThat(r.similarity()).isBetween(0.8, 1.0);
      assertThat(store.put(other).outcome()).isEqualTo(PutResult.Outcome.NEW);
      assertThat(store.status().documents()).isEqualTo(2);
      assertThat(store.contains(edited.document().id())).isTrue();
      assertThat(store.document(original.document().id()).orElseThrow().sources()).hasSize(2);
    }
  }

  @Test
  void events_come_back_as_they_were_coded_with_store_keys_for_their_entities() {
    try (Store store = Store.open(home)) {
      Brief brief = TestBriefs.story(1);
      store.put(brief);
      List<EventRow> events = new ArrayList<>();
      store.forEachEvent(events::add);

      assertThat(events).hasSize(1);
      Event stored = events.get(0).event();
      assertThat(stored).isEqualTo(brief.events().get(0));
      assertThat(events.get(0).route()).hasSize(3);
      assertThat(events.get(0).source()).isNull();
      List<EntityRow> actors = store.entities(events.get(0).actors());
      assertThat(actors).extracting(EntityRow::name).containsExactly("Alexander Lukashenko");
      assertThat(store.eventsOf(List.of(actors.get(0).key()))).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dictionary", "model"})
  @NullSource
  void an_event_keeps_how_it_was_typed(@Nullable String coder) {
    try (Store store = Store.open(home)) {
      Brief brief = withCoder(TestBriefs.story(1), coder);
      store.put(brief);
      List<EventRow> events = new ArrayList<>();
      store.forEachEvent(events::add);

      assertThat(events).extracting(e -> e.event().coder()).containsExactly(coder);
      assertThat(events.get(0).event()).isEqualTo(brief.events().get(0));
      assertThat(store.eventsOf(events.get(0).actors()))
          .extracting(e -> e.event().coder())
          .containsExactly(coder);
    }
  }

  @Test
  void entities_are_found_by_a_misspelled_name_and_documents_by_their_words() {
    try (Store store = Store.open(home)) {
      store.put(TestBriefs.story(1));
      List<EntityRow> found = store.findEntities("Lukashenka", 5);

      assertThat(found).extracting(EntityRow::name).first().isEqualTo("Alexander Lukashenko");
      assertThat(found.get(0).sanctions()).extracting(h -> h.listId()).containsExactly("9760");
      assertThat(store.search("microchips AND Minsk", 5)).hasSize(1);
      assertThat(store.search("tanks", 5)).isEmpty();
    }
  }

  @Test
  void the_index_catches_up_with_documents_committed_after_its_last_commit() throws Exception {
    try (Store store = Store.open(home)) {
      store.put(TestBriefs.story(1));
    }
    // Simulate a crash between the SQLite commit and the index commit: a brief written behind the
    // index's back.
    Brief late = TestBriefs.story(2);
    try (Store store = Store.open(home)) {
      store.put(late);
    }
    Path index = home.resolve("store/index");
    org.apache.lucene.util.IOUtils.rm(index);
    try (Store store = Store.open(home)) {
      assertThat(store.search("\"Report number 2\"", 5))
          .extracting(StoredDocument::id)
          .containsExactly(late.document().id());
      assertThat(store.findEntities("Lukashenko", 10)).hasSize(2);
    }
  }

  @Test
  void a_failed_batch_writes_nothing() {
    try (Store store = Store.open(home)) {
      Brief good = TestBriefs.story(1);
      Brief bad = brokenEvent(TestBriefs.story(2));

      assertThatThrownBy(() -> store.putAll(List.of(good, bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not in the brief");
      assertThat(store.status().documents()).isZero();
      assertThat(store.status().entities()).isZero();
      assertThat(store.contains(good.document().id())).isFalse();
    }
  }

  @Test
  void clusters_decisions_watches_and_screenings_are_kept() {
    try (Store store = Store.open(home)) {
      store.put(TestBriefs.story(1));
      store.put(TestBriefs.story(2));
      List<EntityRow> rows = new ArrayList<>();
      store.forEachEntity(rows::add);
      Map<Long, String> clusters = new java.util.HashMap<>();
      rows.forEach(r -> clusters.put(r.key(), "g:" + r.name()));
      store.assignClusters(clusters);
      store.decide(new Decision(Decision.Kind.SPLIT, "a", "b", "2026-01-01T00:00:00Z"));
      store.watch(new Watch("country:RU", "Russia", 0));
      store.saveScreening(
          "snap1", Map.of(rows.get(0).key(), List.of(new ListLink("un-sc", "X1", "Name", 0.9))));

      assertThat(store.entitiesOf(List.of("g:Russia"))).hasSize(2);
      assertThat(store.coMentions("g:Russia", 10))
          .containsExactly(new CoMention("g:Alexander Lukashenko", 2), new CoMention("g:China", 2));
      assertThat(store.status().globalEntities()).isEqualTo(3);
      assertThat(store.decisions()).hasSize(1);
      assertThat(store.watches()).extracting(Watch::target).containsExactly("country:RU");
      assertThat(store.screening("snap1")).containsOnlyKeys(rows.get(0).key());
      assertThat(store.screenings()).containsExactly("snap1");
    }
  }

  @Test
  void migrations_are_recorded_once_and_a_newer_schema_is_refused() throws Exception {
    try (Store store = Store.open(home)) {
      store.put(TestBriefs.story(1));
    }
    try (Store store = Store.open(home)) {
      assertThat(store.status().documents()).isEqualTo(1);
    }
    String url = "jdbc:sqlite:" + home.resolve("store/redflag.db");
    try (Connection db = DriverManager.getConnection(url);
        Statement s = db.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM schema_version")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(Sql.MIGRATIONS.size());
      }
      s.execute(
          "INSERT INTO schema_version VALUES (999, 'from the future', '2030-01-01T00:00:00Z')");
    }
    assertThatThrownBy(() -> Store.open(home))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("newer redflag");
  }

  @Test
  void while_one_process_writes_another_can_read_but_not_write() {
    try (Store writer = Store.open(home)) {
      writer.put(TestBriefs.story(1));
    }
    try (Store writer = Store.open(home)) {
      writer.put(TestBriefs.story(2));
      assertThat(writer.isReadOnly()).isFalse();
      try (Store reader = Store.open(home)) {
        assertThat(reader.isReadOnly()).isTrue();
        assertThat(reader.status().documents()).isEqualTo(2);
        assertThat(reader.findEntities("Lukashenko", 10)).isNotEmpty();
        assertThatThrownBy(() -> reader.put(TestBriefs.story(3)))
            .isInstanceOf(RedflagException.class)
            .hasMessageContaining("in use by another redflag process");
        assertThatThrownBy(() -> reader.watch(new Watch("country:RU", "RU", 0)))
            .isInstanceOf(RedflagException.class);
      }
      writer.put(TestBriefs.story(3));
    }
  }

  private static Brief withCoder(Brief b, @Nullable String coder) {
    Event e = b.events().get(0);
    Event coded =
        new Event(
            e.id(),
            e.type(),
            e.mode(),
            e.context(),
            e.cameo(),
            e.actor(),
            e.recipient(),
            e.date(),
            e.location(),
            e.certainty(),
            e.cue(),
            e.source(),
            e.goods(),
            e.route(),
            e.evidence(),
            coder);
    return new Brief(b.document(), b.entities(), b.dates(), List.of(coded));
  }

  private static Brief brokenEvent(Brief b) {
    Event e = b.events().get(0);
    Event broken =
        Event.builder(e.id(), e.type(), e.evidence()).actor("e99").certainty("fact", null).build();
    return new Brief(b.document(), b.entities(), b.dates(), List.of(broken));
  }
}
