package org.redflag.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.model.RedflagException;

/** Drives every route of a real server (real engine, store in a temporary home). */
class ApiTest {
  static final Path EXAMPLE = Path.of("../examples/lukashenko-beijing.txt");

  @TempDir static Path home;
  static TestServer server;
  static String article;
  static JsonNode ingested;

  @BeforeAll
  static void startAndIngestTheExample() throws Exception {
    server = TestServer.over(home);
    TestServer.engine().get(5, TimeUnit.MINUTES);
    article = Files.readString(EXAMPLE);
    TestServer.Reply r = server.postJson("/ingest", Map.of("text", article));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    ingested = r.json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Map<String, Object> query(String schema, String... names) {
    return Map.of("schema", schema, "properties", Map.of("name", List.of(names)));
  }

  static void assertJsonError(TestServer.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode json = r.json();
    assertThat(json.path("status").asInt()).isEqualTo(status);
    assertThat(json.path("message").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void health_answers_at_once_while_ready_and_analysis_answer_503_until_the_engine_loads(
      @TempDir Path other) {
    try (TestServer loading =
        new TestServer(
            ServerConfig.defaults(other).withApiKeys(Set.of()), new CompletableFuture<>())) {
      assertThat(loading.get("/health").status()).isEqualTo(200);
      TestServer.Reply ready = loading.get("/ready");
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.json().path("ready").asBoolean(true)).isFalse();
      assertJsonError(loading.postJson("/analyze", Map.of("text", "Putin spoke.")), 503);
      assertThat(
              loading
                  .postJson("/analyze", Map.of("text", "x"))
                  .raw()
                  .headers()
                  .firstValue("Retry-After"))
          .isPresent();
      assertJsonError(
          loading.postJson(
              "/match/default", Map.of("queries", Map.of("q", query("Person", "A B")))),
          503);
      assertThat(loading.get("/lists").status()).isEqualTo(200);
    }
  }

  @Test
  void ready_reports_the_watchlists_once_loaded() {
    TestServer.Reply r = server.get("/ready");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("watchlistEntries").asInt()).isGreaterThan(10_000);
    assertThat(server.get("/readyz").status()).isEqualTo(200);
    assertThat(server.get("/healthz").status()).isEqualTo(200);
  }

  @Test
  void analyze_returns_the_brief_with_lukashenko_flagged_and_the_text_its_offsets_point_into() {
    TestServer.Reply r = server.postJson("/analyze", Map.of("text", article));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode brief = r.json();
    assertThat(brief.path("document").path("date").asText()).isEqualTo("2023-02-28");
    String body = brief.path("document").path("body").asText();
    List<String> flagged = new ArrayList<>();
    for (JsonNode e : brief.path("entities")) {
      if (!e.path("sanctions").isEmpty()) {
        flagged.add(e.path("name").asText());
      }
      for (JsonNode m : e.path("mentions")) {
        assertThat(body.substring(m.path("start").asInt(), m.path("end").asInt()))
            .isEqualTo(m.path("text").asText());
      }
    }
    assertThat(flagged).anySatisfy(n -> assertThat(n).containsIgnoringCase("Lukash"));
    assertThat(brief.path("dates").size()).isPositive();
    assertThat(brief.path("events").size()).isPositive();
  }

  @Test
  void analyze_takes_a_raw_text_body_with_date_and_title_parameters_and_an_html_body() {
    TestServer.Reply text =
        server.post(
            "/analyze?date=2024-01-05&title=" + enc("A note"),
            "text/plain; charset=utf-8",
            "Vladimir Putin met Alexander Lukashenko in Minsk on Tuesday.");
    assertThat(text.status()).as(text.body()).isEqualTo(200);
    assertThat(text.json().path("document").path("title").asText()).isEqualTo("A note");
    assertThat(text.json().path("document").path("date").asText()).isEqualTo("2024-01-05");
    TestServer.Reply html =
        server.post(
            "/analyze",
            "text/html",
            "<html><head><title>Visit</title></head><body><nav>Home</nav><article><p>Alexander"
                + " Lukashenko arrived in Beijing on a state visit.</p></article></body></html>");
    assertThat(html.status()).as(html.body()).isEqualTo(200);
    assertThat(html.json().path("document").path("body").asText()).contains("Beijing");
  }

  @Test
  void analyze_reads_a_pdf_body() throws Exception {
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream s =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        s.newLineAtOffset(72, 700);
        s.showText("Alexander Lukashenko arrived in Beijing.");
        s.endText();
      }
      doc.save(pdf);
    }
    TestServer.Reply r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base + "/analyze?title=Report"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf.toByteArray())));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("document").path("body").asText()).contains("Lukashenko");
    assertThat(r.json().path("document").path("title").asText()).isEqualTo("Report");
    assertThat(r.json().path("document").path("pages").asInt()).isEqualTo(1);
    assertThat(r.json().path("entities").get(0).path("mentions").get(0).path("page").asInt())
        .isEqualTo(1);
    assertJsonError(server.post("/analyze", "application/pdf", "not a pdf"), 400);
  }

  @Test
  void analyze_answers_400_with_a_json_error_for_every_bad_request() {
    assertJsonError(server.post("/analyze", "text/plain", ""), 400);
    assertJsonError(server.post("/analyze", "application/json", "{not json"), 400);
    assertJsonError(server.post("/analyze", "application/json", "[1,2]"), 400);
    assertJsonError(server.postJson("/analyze", Map.of("title", "no text")), 400);
    assertJsonError(server.postJson("/analyze", Map.of("text", "a", "html", "<p>b</p>")), 400);
    assertJsonError(server.postJson("/analyze", Map.of("text", "a", "date", "28/02/2023")), 400);
    assertJsonError(server.postJson("/analyze", Map.of("text", 42)), 400);
    assertJsonError(server.postJson("/analyze", Map.of("url", "file:///etc/passwd")), 400);
    assertJsonError(server.postJson("/analyze", Map.of("url", "http://127.0.0.1:1/x")), 400);
    assertJsonError(server.postJson("/analyze", Map.of("text", "   ")), 400);
    assertJsonError(
        server.send(
            HttpRequest.newBuilder(URI.create(server.base + "/analyze"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, 'a'}))),
        400);
  }

  @Test
  void oversized_bodies_are_refused_with_413(@TempDir Path other) {
    try (TestServer small =
        new TestServer(
            ServerConfig.defaults(other).withApiKeys(Set.of()).withLimits(1000, 500),
            TestServer.engine())) {
      assertJsonError(small.post("/analyze", "text/plain", "x".repeat(1001)), 413);
      assertJsonError(small.postJson("/match/default", Map.of("pad", "y".repeat(2000))), 413);
      assertJsonError(
          small.send(
              HttpRequest.newBuilder(URI.create(small.base + "/analyze"))
                  .header("Content-Type", "text/plain")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new java.io.ByteArrayInputStream(new byte[5000])))),
          413);
      assertThat(small.post("/analyze", "text/plain", "Putin spoke.").status()).isEqualTo(200);
    }
  }

  @Test
  void match_answers_in_the_shape_of_yentes_match_api() {
    Map<String, Object> queries = new LinkedHashMap<>();
    queries.put(
        "q1",
        Map.of(
            "schema",
            "Person",
            "properties",
            Map.of("name", List.of("Alexander Lukashenko"), "birthDate", List.of("1954-08-30"))));
    queries.put("q2", query("Company", "Totally Unlisted Bakery of Nowhere"));
    TestServer.Reply r = server.postJson("/match/default", Map.of("queries", queries));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode q1 = r.json().path("responses").path("q1");
    assertThat(q1.path("status").asInt()).isEqualTo(200);
    JsonNode best = q1.path("results").get(0);
    assertThat(best.path("caption").asText()).containsIgnoringCase("LUKASHENK");
    assertThat(best.path("schema").asText()).isEqualTo("Person");
    assertThat(best.path("match").asBoolean()).isTrue();
    assertThat(best.path("score").asDouble()).isBetween(0.8, 1.0);
    assertThat(best.path("datasets").get(0).asText()).isNotBlank();
    assertThat(best.path("properties").path("name").isArray()).isTrue();
    assertThat(best.path("features").has("name")).isTrue();
    assertThat(best.path("explanation").asText()).contains("birthDate");
    assertThat(q1.path("total").path("value").asInt()).isPositive();
    assertThat(r.json().path("responses").path("q2").path("results").isEmpty()).isTrue();
    assertThat(r.json().path("limit").asInt()).isEqualTo(5);
  }

  @Test
  void match_on_one_dataset_returns_only_its_entries_and_an_unknown_dataset_is_404() {
    TestServer.Reply r =
        server.postJson(
            "/match/ofac-sdn?limit=3&threshold=0.9",
            Map.of("queries", Map.of("q", query("Person", "Alexander Lukashenko"))));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode results = r.json().path("responses").path("q").path("results");
    assertThat(results.size()).isBetween(1, 3);
    results.forEach(x -> assertThat(x.path("datasets").get(0).asText()).isEqualTo("ofac-sdn"));
    assertJsonError(
        server.postJson("/match/nope", Map.of("queries", Map.of("q", query("Person", "A")))), 404);
  }

  @Test
  void match_refuses_bad_queries_with_400_and_too_large_batches_with_413() {
    assertJsonError(server.postJson("/match/default", Map.of("nope", 1)), 400);
    assertJsonError(server.postJson("/match/default", Map.of("queries", Map.of())), 400);
    assertJsonError(
        server.postJson(
            "/match/default", Map.of("queries", Map.of("q", Map.of("schema", "Person")))),
        400);
    assertJsonError(
        server.postJson("/match/default", Map.of("queries", Map.of("q", query("Spaceship", "X")))),
        400);
    assertJsonError(
        server.postJson(
            "/match/default?limit=0", Map.of("queries", Map.of("q", query("Person", "A B")))),
        400);
    assertJsonError(
        server.postJson(
            "/match/default?threshold=2", Map.of("queries", Map.of("q", query("Person", "A B")))),
        400);
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 501; i++) {
      many.put("q" + i, query("Person", "Person Number " + i));
    }
    assertJsonError(server.postJson("/match/default", Map.of("queries", many)), 413);
  }

  @Test
  void ingest_skips_a_document_already_stored() {
    assertThat(ingested.path("results").get(0).path("outcome").asText()).isEqualTo("NEW");
    TestServer.Reply again = server.postJson("/ingest", Map.of("text", article));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("results").get(0).path("outcome").asText()).isEqualTo("DUPLICATE");
    assertJsonError(server.postJson("/ingest", Map.of("documents", List.of())), 400);
  }

  @Test
  void search_finds_the_stored_entity_and_document() {
    TestServer.Reply r = server.get("/search?q=Lukashenko");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("entities").get(0).path("name").asText())
        .containsIgnoringCase("Lukash");
    assertThat(r.json().path("documents").size()).isEqualTo(1);
    assertJsonError(server.get("/search"), 400);
    assertJsonError(server.get("/search?q=x&limit=100000"), 400);
  }

  @Test
  void entity_profile_timeline_and_network_answer_from_the_store() {
    TestServer.Reply profile = server.get("/entities/Lukashenko");
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    JsonNode p = profile.json();
    String id = p.path("entity").path("id").asText();
    assertThat(p.path("listEntries").get(0).path("explanation").asText()).contains("name");
    assertThat(p.path("documents").get(0).path("title").asText()).contains("Lukashenka");
    assertThat(server.get("/entities/" + enc(id)).json().path("entity").path("id").asText())
        .isEqualTo(id);
    TestServer.Reply timeline = server.get("/entities/" + enc(id) + "/timeline");
    assertThat(timeline.status()).isEqualTo(200);
    assertThat(timeline.json().path("events").size()).isPositive();
    TestServer.Reply network = server.get("/entities/" + enc(id) + "/network?depth=2");
    assertThat(network.status()).as(network.body()).isEqualTo(200);
    assertThat(network.json().path("nodes").size()).isGreaterThan(1);
    assertThat(network.json().path("edges").size()).isPositive();
    assertJsonError(server.get("/entities/Nobody%20Atall%20Xyzzy"), 404);
    assertJsonError(server.get("/entities/Nobody%20Atall%20Xyzzy/network"), 404);
    assertJsonError(server.get("/entities/" + enc(id) + "/network?depth=9"), 400);
    assertJsonError(server.get("/entities/" + enc(id) + "/network?depth=two"), 400);
  }

  @Test
  void events_routes_and_documents_answer_from_the_store() {
    TestServer.Reply events = server.get("/events?entity=Lukashenko&limit=10");
    assertThat(events.status()).as(events.body()).isEqualTo(200);
    assertThat(events.json().path("events").size()).isPositive();
    assertThat(server.get("/routes?limit=5").status()).isEqualTo(200);
    assertThat(server.get("/routes").json().has("routes")).isTrue();
    assertJsonError(server.get("/events?minReports=0"), 400);
    String docId = ingested.path("results").get(0).path("documentId").asText();
    TestServer.Reply doc = server.get("/documents/" + docId);
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().path("body").asText()).contains("Lukashenko");
    assertJsonError(server.get("/documents/0000000000000000"), 404);
  }

  @Test
  void lists_report_the_sources_in_force_and_alerts_rescreen_the_store() {
    TestServer.Reply lists = server.get("/lists");
    assertThat(lists.status()).as(lists.body()).isEqualTo(200);
    JsonNode sources = lists.json().path("current").path("sources");
    assertThat(sources.size()).isGreaterThanOrEqualTo(3);
    assertThat(sources.get(0).path("count").asInt()).isPositive();
    TestServer.Reply alerts = server.get("/alerts");
    assertThat(alerts.status()).as(alerts.body()).isEqualTo(200);
    assertThat(alerts.json().path("lists").path("screened").asInt()).isPositive();
  }

  @Test
  void lists_show_what_changed_between_the_last_two_snapshots(
      @TempDir Path other, @TempDir Path dir) throws Exception {
    String row36 =
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    String row306 =
        "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    org.redflag.lists.WatchlistStore lists = org.redflag.lists.WatchlistStore.at(other);
    lists.importFiles(
        org.redflag.lists.Source.OFAC_SDN,
        List.of(Files.writeString(dir.resolve("old.csv"), row36)),
        "2024-05-01");
    lists.importFiles(
        org.redflag.lists.Source.OFAC_SDN,
        List.of(Files.writeString(dir.resolve("new.csv"), row306)),
        "2024-05-03");
    try (TestServer s =
        new TestServer(ServerConfig.defaults(other).withApiKeys(Set.of()), TestServer.engine())) {
      TestServer.Reply r = s.get("/lists");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode changes = r.json().path("recentChanges");
      // The bundled us-csl copies of OFAC entries give way to the imported ofac-sdn ones.
      assertThat(changes.path("entries").findValuesAsText("id"))
          .contains("ofac-sdn:306", "ofac-sdn:36");
      assertThat(changes.path("added").asInt())
          .isEqualTo(changes.path("removed").asInt())
          .isPositive();
      assertThat(r.json().path("history").size()).isEqualTo(3);
    }
  }

  @Test
  void unknown_routes_and_methods_answer_a_json_404() {
    assertJsonError(server.get("/nope"), 404);
    assertJsonError(server.get("/match/default"), 404);
  }

  @Test
  void every_request_is_logged_as_one_json_line_with_method_path_status_and_time() {
    server.get("/health");
    assertThat(server.log)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "\\{\"method\":\"GET\",\"path\":\"/health\",\"status\":200,\"ms\":[0-9.]+}"));
  }

  @Test
  void the_openapi_document_describes_every_route() {
    TestServer.Reply r = server.get("/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode paths = r.json().path("paths");
    assertThat(r.json().path("openapi").asText()).startsWith("3.");
    for (String p :
        List.of(
            "/health",
            "/ready",
            "/analyze",
            "/match/{dataset}",
            "/search",
            "/entities/{id}",
            "/entities/{id}/timeline",
            "/entities/{id}/network",
            "/events",
            "/routes",
            "/documents/{id}",
            "/lists",
            "/ingest",
            "/alerts")) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
  }

  @Test
  void the_workbench_is_served_with_its_vendored_graph_library() {
    TestServer.Reply page = server.get("/");
    assertThat(page.body()).contains("redflag workbench");
    assertThat(page.raw().headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
    assertThat(server.get("/app.js").status()).isEqualTo(200);
    assertThat(server.get("/vendor/cytoscape.min.js").body()).contains("cytoscape");
  }

  @Test
  void with_api_keys_every_api_route_needs_a_valid_key_but_health_and_the_workbench_do_not(
      @TempDir Path other) {
    try (TestServer keyed =
        new TestServer(
            ServerConfig.defaults(other).withApiKeys(Set.of("k1", "k2")), TestServer.engine())) {
      Map<String, Object> body = Map.of("queries", Map.of("q", query("Person", "Xi Jinping")));
      assertJsonError(keyed.postJson("/match/default", body), 401);
      assertJsonError(keyed.postJson("/match/default", body, "Authorization", "Bearer nope"), 401);
      assertJsonError(keyed.get("/entities/x", "X-API-Key", "k3"), 401);
      assertJsonError(keyed.get("/lists", "Authorization", "Basic azE6"), 401);
      for (String sneaky : List.of("/%6cists", "/lists/", "//lists", "/LISTS", "/./lists")) {
        assertThat(keyed.get(sneaky).status()).as(sneaky).isIn(401, 404);
      }
      assertThat(keyed.postJson("/match/default", body, "Authorization", "Bearer k1").status())
          .isEqualTo(200);
      assertThat(keyed.get("/lists", "X-API-Key", "k2").status()).isEqualTo(200);
      assertThat(keyed.get("/health").status()).isEqualTo(200);
      assertThat(keyed.get("/ready").status()).isEqualTo(200);
      assertThat(keyed.get("/openapi.json").status()).isEqualTo(200);
      assertThat(keyed.get("/").status()).isEqualTo(200);
    }
  }

  @Test
  void without_keys_the_server_refuses_a_non_loopback_address(@TempDir Path other) {
    ServerConfig open = ServerConfig.defaults(other).withApiKeys(Set.of());
    assertThatThrownBy(() -> open.withAddress("0.0.0.0", 0).requireSafe())
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("REDFLAG_API_KEYS");
    open.withAddress("127.0.0.1", 0).requireSafe();
    open.withAddress("0.0.0.0", 0).withApiKeys(Set.of("k")).requireSafe();
    assertThat(ServerConfig.parseKeys(" a, ,b ")).containsExactly("a", "b");
  }
}
