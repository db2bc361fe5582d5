package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.graph.Knowledge;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.Mention;
import org.redflag.model.SanctionHit;
import org.redflag.store.Store;

/** status, entity, events and routes over a store filled with hand-made briefs. */
class StoreCommandsTest {
  @TempDir Path home;

  @BeforeEach
  void fill() {
    try (Store store = Store.open(home)) {
      for (int i = 0; i < 2; i++) {
        String body = "Story " + i + ": Lukashenko, Russia, China.";
        List<Entity> entities =
            List.of(
                entity(
                    "e1",
                    i == 0 ? "Alexander Lukashenko" : "Lukashenka",
                    EntityType.PERSON,
                    "BY",
                    true),
                entity("e2", "Russia", EntityType.COUNTRY, "RU", false),
                entity("e3", "China", EntityType.COUNTRY, "CN", false));
        Event aid =
            Event.builder("v1", "AID", new Event.Span("Lukashenko", 9, 19))
                .actor("e1")
                .recipient("e2")
                .date("2023-02-2" + i)
                .certainty(i == 0 ? "speculative" : "fact", i == 0 ? "may" : null)
                .goods("microchips")
                .route(List.of("e3", "e1", "e2"))
                .coder(i == 0 ? "dictionary" : "model")
                .build();
        store.put(
            new Brief(
                Document.of("Story " + i, null, LocalDate.of(2023, 2, 28), body),
                entities,
                List.of(),
                List.of(aid)));
      }
      Knowledge.over(store).resolve();
    }
  }

  private static Entity entity(
      String id, String name, EntityType type, String country, boolean listed) {
    return new Entity(
        id,
        name,
        type,
        country,
        List.of(name),
        List.of(new Mention(name, 0, name.length(), type, "test")),
        false,
        listed
            ? List.of(
                new SanctionHit(
                    "ofac-sdn",
                    "9760",
                    "LUKASHENKO, Aleksandr",
                    List.of("BELARUS"),
                    0.9,
                    name,
                    "x"))
            : List.of());
  }

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--home";
    all[args.length + 1] = home.toString();
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli = Main.commandLine();
    cli.setOut(new java.io.PrintWriter(out));
    cli.setErr(new java.io.PrintWriter(err));
    int code = cli.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void status_counts_what_the_store_holds_and_names_the_watchlists() throws Exception {
    Run r = run("status", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/store/documents").asInt()).isEqualTo(2);
    assertThat(json.at("/store/entities").asInt()).isEqualTo(6);
    assertThat(json.at("/store/globalEntities").asInt()).isEqualTo(3);
    assertThat(json.at("/store/events").asInt()).isEqualTo(2);
    assertThat(json.at("/store/claims").asInt()).isEqualTo(2);
    assertThat(json.at("/watchlists/id").asText()).isEqualTo("bundled");
    assertThat(run("status").out()).contains("documents").contains("Watchlists in force: bundled");
  }

  @Test
  void entity_prints_a_profile_across_documents() throws Exception {
    Run r = run("entity", "Lukashenko", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/entity/id").asText()).isEqualTo("ofac-sdn:9760");
    assertThat(json.at("/entity/documents").asInt()).isEqualTo(2);
    assertThat(json.at("/timeline/0/corroboration").asInt()).isEqualTo(2);
    assertThat(run("entity", "Lukashenko").out()).contains("Listed: ofac-sdn 9760");
    assertThat(run("entity", "--network", "1", "country:RU").out()).contains("China");
    assertThat(run("entity", "path", "China", "Russia").out()).contains("China [country:CN]");
  }

  @Test
  void events_and_routes_are_corroborated_across_documents() throws Exception {
    JsonNode events = new ObjectMapper().readTree(run("events", "--format", "json").out());
    assertThat(events).hasSize(1);
    assertThat(events.at("/0/certainty").asText()).isEqualTo("fact");
    JsonNode routes =
        new ObjectMapper().readTree(run("routes", "--to", "RU", "--format", "json").out());
    assertThat(routes.at("/0/corroboration").asInt()).isEqualTo(2);
    assertThat(routes.at("/0/destinationListed").asBoolean()).isTrue();
    assertThat(run("routes", "--goods", "tanks").out()).contains("No stored routes");
  }

  @Test
  void a_stored_event_says_whether_its_type_was_inferred() throws Exception {
    JsonNode events = new ObjectMapper().readTree(run("events", "--format", "json").out());
    assertThat(events.at("/0/reports"))
        .extracting(r -> r.get("coder").asText())
        .containsExactlyInAnyOrder("dictionary", "model");
    assertThat(run("events").out().lines().filter(l -> l.endsWith(", type inferred"))).hasSize(1);
    JsonNode profile =
        new ObjectMapper().readTree(run("entity", "Lukashenko", "--format", "json").out());
    assertThat(profile.at("/timeline/0/reports"))
        .extracting(r -> r.get("coder").asText())
        .containsExactlyInAnyOrder("dictionary", "model");
    assertThat(run("export", "--format", "ftm").out()).containsOnlyOnce("type inferred");
  }

  @Test
  void an_unknown_entity_is_one_line_and_exit_2() {
    Run r = run("entity", "Nobody Atall");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains("no stored entity").hasLineCount(1);
  }

  @Test
  void alerts_rescreen_stored_entities_and_report_watches() throws Exception {
    assertThat(run("watch", "RU").out()).contains("Watching country:RU");
    Run r = run("alerts", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/lists/snapshot").asText()).isEqualTo("bundled");
    assertThat(json.at("/lists/previous").asText()).isEqualTo("ingest");
    assertThat(json.at("/lists/screened").asInt()).isEqualTo(1);
    assertThat(json.at("/watches/0/target").asText()).isEqualTo("country:RU");
    assertThat(run("alerts").out()).contains("bundled against bundled").contains("0 newly listed");
  }

  @Test
  void exports_carry_entities_events_and_their_documents() throws Exception {
    Run ftm = run("export", "--format", "ftm");
    assertThat(ftm.code()).as(ftm.err()).isZero();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String l : ftm.out().strip().split("\n")) {
      lines.add(new ObjectMapper().readTree(l));
    }
    assertThat(lines)
        .extracting(n -> n.get("schema").asText())
        .contains("Article", "Person", "PublicBody", "Mention", "Sanction", "Event");
    assertThat(lines)
        .filteredOn(n -> n.get("schema").asText().equals("Mention"))
        .allSatisfy(n -> assertThat(n.at("/properties/document/0").asText()).startsWith("doc-"));

    JsonNode stix = new ObjectMapper().readTree(run("export", "--format", "stix").out());
    assertThat(stix.get("type").asText()).isEqualTo("bundle");
    assertThat(stix.get("objects"))
        .extracting(o -> o.get("type").asText())
        .contains("identity", "location", "relationship", "report");

    assertThat(run("export", "--format", "csv").out())
        .startsWith("id,name,type,country,documents,mentions,aliases,list_entries")
        .contains("ofac-sdn:9760");
    Path graphml = home.resolve("net.graphml");
    assertThat(run("export", "--format", "graphml", "--output", graphml.toString()).code())
        .isZero();
    assertThat(java.nio.file.Files.readString(graphml)).contains("<graphml").contains("country:RU");
    assertThat(run("export", "--format", "pdf").code()).isEqualTo(2);
  }

  @Test
  void ingest_of_a_missing_file_is_one_line_and_exit_2() {
    Run r = run("ingest", home.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains("no such file").hasLineCount(1);
  }

  @Test
  void ingest_of_stored_documents_loads_no_models_and_adds_nothing() throws Exception {
    Path file = home.resolve("story.txt");
    String body = "Story 0: Lukashenko, Russia, China.";
    java.nio.file.Files.writeString(file, body);
    Run r = run("ingest", "--format", "json", "--quiet", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("new").asInt()).isZero();
    assertThat(json.get("duplicate").asInt()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Watchlists:");
  }

  @Test
  void merge_and_split_are_recorded() {
    Run r = run("entity", "split", "ofac-sdn:9760", "Lukashenka");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Decision recorded");
    assertThat(run("entity", "merge", "Lukashenka", "Alexander Lukashenko").code()).isZero();
  }
}
