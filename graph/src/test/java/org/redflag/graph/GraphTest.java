package org.redflag.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.Mention;
import org.redflag.model.RedflagException;
import org.redflag.model.SanctionHit;
import org.redflag.store.Store;

class GraphTest {
  @TempDir Path home;

  private Store store;
  private Knowledge knowledge;

  private static final SanctionHit LUKASHENKO =
      new SanctionHit(
          "ofac-sdn", "9760", "LUKASHENKO, Aleksandr", List.of("BELARUS"), 0.95, "x", "y");

  @BeforeEach
  void fill() {
    store = Store.open(home);
    knowledge = Knowledge.over(store);
    // 1: Lukashenko (listed) helps Russia get microchips from China, speculative, Feb 2023.
    store.put(
        brief(
            "one",
            LocalDate.of(2023, 2, 28),
            List.of(
                entity("e1", "Alexander Lukashenko", EntityType.PERSON, "BY", false, LUKASHENKO),
                entity("e2", "Russia", EntityType.COUNTRY, "RU", true),
                entity("e3", "China", EntityType.COUNTRY, "CN", false),
                entity("e4", "Belarus", EntityType.COUNTRY, "BY", false)),
            List.of(
                event("v1", "AID", "e1", "e2", "2023-02", "speculative", "author")
                    .goods("microchips")
                    .route(List.of("e3", "e4", "e2"))
                    .build())));
    // 2: another outlet, a different spelling, not screened; the same aid as a fact, said by ISW.
    store.put(
        brief(
            "two",
            LocalDate.of(2023, 3, 2),
            List.of(
                entity("e1", "Aleksandr Lukashenko", EntityType.PERSON, "BY", false),
                entity("e2", "Kremlin", EntityType.COUNTRY, "RU", true),
                entity(
                    "e3", "Institute for the Study of War", EntityType.ORGANIZATION, "US", false),
                entity("e4", "People's Republic of China", EntityType.COUNTRY, "CN", false),
                entity("e5", "Belarus", EntityType.COUNTRY, "BY", false)),
            List.of(
                event("v1", "AID", "e1", "e2", "2023-02-27", "fact", "e3")
                    .goods("microchips")
                    .route(List.of("e4", "e5", "e2"))
                    .build())));
    // 3: a year earlier, the same parties: another happening. A route through Kazakhstan.
    store.put(
        brief(
            "three",
            LocalDate.of(2022, 1, 10),
            List.of(
                entity("e1", "Lukashenko", EntityType.PERSON, "BY", false, LUKASHENKO),
                entity("e2", "Russia", EntityType.COUNTRY, "RU", false),
                entity("e3", "China", EntityType.COUNTRY, "CN", false),
                entity("e4", "Kazakhstan", EntityType.COUNTRY, "KZ", false)),
            List.of(
                event("v1", "AID", "e1", "e2", "2022-01", "expected", "author").build(),
                event("v2", "TRADE", "e3", "e2", "2022-01", "fact", "author")
                    .goods("drone parts")
                    .route(List.of("e3", "e4", "e2"))
                    .build())));
    knowledge.resolve();
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  @Test
  void spellings_watchlist_ids_and_governments_resolve_to_one_entity_each() {
    List<GlobalEntity> found = knowledge.find("Lukashenka", 5);

    assertThat(found).first().extracting(GlobalEntity::id).isEqualTo("ofac-sdn:9760");
    assertThat(found.get(0).documents()).isEqualTo(3);
    assertThat(knowledge.find("Kremlin", 1))
        .extracting(GlobalEntity::id)
        .containsExactly("country:RU");
    assertThat(knowledge.find("country:RU", 1).get(0).documents()).isEqualTo(3);
    assertThat(knowledge.find("country:CN", 1).get(0).documents()).isEqualTo(3);
  }

  @Test
  void a_profile_has_aliases_list_entries_mentions_over_time_events_and_connections() {
    Profile p = knowledge.profile("Alexander Lukashenko").orElseThrow();

    assertThat(p.aliases())
        .containsKeys("Alexander Lukashenko", "Aleksandr Lukashenko", "Lukashenko");
    assertThat(p.listEntries()).extracting(SanctionHit::listId).containsExactly("9760");
    assertThat(p.mentionsByMonth()).containsOnlyKeys("2022-01", "2023-02", "2023-03");
    assertThat(p.documents()).hasSize(3);
    assertThat(p.timeline()).hasSize(2);
    assertThat(p.timeline().get(0).date()).isEqualTo("2022-01");
    assertThat(p.connections())
        .extracting(c -> c.entity().id())
        .startsWith("country:CN", "country:RU");
  }

  @Test
  void reports_of_one_happening_are_one_event_with_corroboration_sources_and_certainty() {
    List<CorroboratedEvent> aid =
        knowledge.events(new EventFilter("Lukashenko", "AID", null, null, 1, 10));

    assertThat(aid).hasSize(2);
    CorroboratedEvent feb = aid.get(0);
    assertThat(feb.corroboration()).isEqualTo(2);
    assertThat(feb.date()).isEqualTo("2023-02-27");
    assertThat(feb.certainty()).isEqualTo("fact");
    assertThat(feb.sources()).hasSize(2).contains("organization:institute-for-the-study-of-war");
    assertThat(feb.reports())
        .extracting(CorroboratedEvent.Report::certainty)
        .containsExactlyInAnyOrder("speculative", "fact");
    assertThat(feb.actors()).extracting(GlobalEntity::id).containsExactly("ofac-sdn:9760");
    assertThat(aid.get(1).corroboration()).isEqualTo(1);
    assertThat(knowledge.events(new EventFilter(null, null, "2023", null, 2, 10))).hasSize(1);
    // Claims and who makes them: ISW asserts the February aid.
    assertThat(
            knowledge.events(
                new EventFilter(null, null, null, "Institute for the Study of War", 1, 10)))
        .singleElement()
        .satisfies(e -> assertThat(e.date()).isEqualTo("2023-02-27"));
  }

  @Test
  void routes_are_ranked_by_corroboration_certainty_and_recency() {
    List<Route> routes = knowledge.routes("RU", null, 10);

    assertThat(routes).hasSize(2);
    assertThat(routes.get(0).path())
        .extracting(GlobalEntity::id)
        .containsExactly("country:CN", "country:BY", "country:RU");
    assertThat(routes.get(0).corroboration()).isEqualTo(2);
    assertThat(routes.get(0).destinationListed()).isTrue();
    assertThat(routes.get(1).path().get(1).id()).isEqualTo("country:KZ");
    assertThat(knowledge.routes(null, "drone", 10)).hasSize(1);
    assertThat(knowledge.routes("CN", null, 10)).isEmpty();
  }

  @Test
  void an_analysts_split_is_remembered_and_a_merge_undoes_it() {
    knowledge.split("ofac-sdn:9760", "Aleksandr Lukashenko");
    assertThat(knowledge.find("ofac-sdn:9760", 1).get(0).documents()).isEqualTo(2);
    // Re-resolution (e.g. after the next ingest) keeps the split.
    knowledge.resolve();
    assertThat(knowledge.find("Aleksandr Lukashenko", 1).get(0).id()).isNotEqualTo("ofac-sdn:9760");

    // The later ruling on the same two wins.
    knowledge.merge("Aleksandr Lukashenko", "ofac-sdn:9760");
    assertThat(store.decisions()).hasSize(2);
    assertThat(knowledge.find("ofac-sdn:9760", 1).get(0).documents()).isEqualTo(3);
  }

  @Test
  void a_merge_joins_what_resolution_kept_apart() {
    knowledge.merge("Institute for the Study of War", "Kazakhstan");
    assertThat(knowledge.find("Kazakhstan", 1).get(0).documents()).isEqualTo(2);
  }

  @Test
  void unknown_entities_are_bad_input() {
    assertThatThrownBy(() -> knowledge.merge("Nobody Atall", "Russia"))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("Nobody Atall");
    assertThat(knowledge.profile("Nobody Atall")).isEmpty();
  }

  @Test
  void the_network_and_paths_follow_shared_documents() {
    Network n = knowledge.network("Kazakhstan", 2, 10);
    assertThat(n.centre().id()).isEqualTo("country:KZ");
    assertThat(n.nodes()).extracting(GlobalEntity::id).contains("country:RU", "ofac-sdn:9760");

    List<List<GlobalEntity>> paths = knowledge.paths("Kazakhstan", "ISW", 3);
    assertThat(paths).isNotEmpty();
    assertThat(paths.get(0)).hasSize(3);
    assertThat(paths.get(0).get(0).id()).isEqualTo("country:KZ");
  }

  @Test
  void new_documents_are_resolved_incrementally_into_existing_and_new_entities() {
    for (String name : List.of("five", "six")) {
      store.put(
          brief(
              name,
              LocalDate.of(2023, 4, 1),
              List.of(
                  entity("e1", "Aleksandr Lukashenko", EntityType.PERSON, "BY", false),
                  entity("e2", "Kremlin", EntityType.COUNTRY, "RU", true),
                  entity("e3", "Xi Jinping", EntityType.PERSON, "CN", false)),
              List.of()));
    }

    Resolution r = knowledge.resolveNew();

    assertThat(r.changed()).isEqualTo(6);
    assertThat(knowledge.find("ofac-sdn:9760", 1).get(0).documents()).isEqualTo(5);
    assertThat(knowledge.find("country:RU", 1).get(0).documents()).isEqualTo(5);
    assertThat(knowledge.find("Xi Jinping", 1))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.id()).isEqualTo("person:xi-jinping");
              assertThat(g.documents()).isEqualTo(2);
            });
    assertThat(knowledge.resolveNew().changed()).isZero();
    // A full resolution agrees.
    knowledge.resolve();
    assertThat(knowledge.find("Xi Jinping", 1).get(0).documents()).isEqualTo(2);
    assertThat(knowledge.find("ofac-sdn:9760", 1).get(0).documents()).isEqualTo(5);
  }

  @Test
  void a_list_change_reports_newly_listed_and_delisted_stored_entities() {
    org.redflag.model.WatchlistEntry lukashenko =
        org.redflag.model.WatchlistEntry.builder(
                "ofac-sdn", "9760", org.redflag.model.Schema.PERSON, "LUKASHENKO, Alexander")
            .country("BY")
            .build();
    org.redflag.model.WatchlistEntry isw =
        org.redflag.model.WatchlistEntry.builder(
                "uk-sanctions",
                "RUS9999",
                org.redflag.model.Schema.ORGANIZATION,
                "Institute for the Study of War")
            .build();

    ListAlerts first = knowledge.rescreen("s1", List.of(lukashenko, isw));
    assertThat(first.previous()).isEqualTo("ingest");
    assertThat(first.newlyListed())
        .extracting(c -> c.entity().name())
        .containsExactly("Institute for the Study of War");
    assertThat(first.delisted()).isEmpty();

    ListAlerts second = knowledge.rescreen("s2", List.of(lukashenko));
    assertThat(second.previous()).isEqualTo("s1");
    assertThat(second.newlyListed()).isEmpty();
    assertThat(second.delisted())
        .extracting(c -> c.entries().get(0).id())
        .containsExactly("uk-sanctions:RUS9999");
  }

  @Test
  void a_watch_reports_only_events_stored_after_it_was_saved() {
    knowledge.watch("RU");
    assertThat(knowledge.checkWatches())
        .singleElement()
        .satisfies(w -> assertThat(w.events()).isEmpty());

    store.put(
        brief(
            "four",
            LocalDate.of(2023, 6, 1),
            List.of(
                entity("e1", "Kazakhstan", EntityType.COUNTRY, "KZ", false),
                entity("e2", "Russia", EntityType.COUNTRY, "RU", false)),
            List.of(event("v1", "TRADE", "e1", "e2", "2023-06", "fact", "author").build())));
    knowledge.resolve();

    List<WatchReport> reports = knowledge.checkWatches();
    assertThat(reports.get(0).target()).isEqualTo("country:RU");
    assertThat(reports.get(0).events())
        .extracting(CorroboratedEvent::type)
        .containsExactly("TRADE");
    assertThat(knowledge.checkWatches().get(0).events()).isEmpty();
  }

  private static Brief brief(
      String name, LocalDate date, List<Entity> entities, List<Event> events) {
    StringBuilder body = new StringBuilder(name).append(':');
    entities.forEach(e -> body.append(' ').append(e.name()));
    return new Brief(
        Document.of(name, "https://example.org/" + name, date, body.toString()),
        entities,
        List.of(),
        events);
  }

  private static Entity entity(
      String id,
      String name,
      EntityType type,
      String country,
      boolean government,
      SanctionHit... hits) {
    List<String> aliases = new ArrayList<>(List.of(name));
    if (name.equals("Institute for the Study of War")) {
      aliases.add("ISW");
    }
    return new Entity(
        id,
        name,
        type,
        country,
        aliases,
        List.of(new Mention(name, 0, name.length(), type, "test")),
        government,
        List.of(hits));
  }

  private static Event.Builder event(
      String id,
      String type,
      String actor,
      String recipient,
      String date,
      String certainty,
      String source) {
    return Event.builder(id, type, new Event.Span("x", 0, 1))
        .actor(actor)
        .recipient(recipient)
        .date(date)
        .certainty(certainty, certainty.equals("fact") ? null : "may")
        .source(source);
  }
}
