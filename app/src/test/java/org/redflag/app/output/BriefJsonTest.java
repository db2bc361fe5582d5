package org.redflag.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.model.Brief;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.Mention;
import org.redflag.model.SanctionHit;
import picocli.CommandLine.Help.Ansi;

class BriefJsonTest {
  static final Document DOC =
      Document.of("T", "a.txt", LocalDate.of(2023, 2, 28), "Lukashenko met Xi on February 28.");
  static final Brief BRIEF =
      new Brief(
          DOC,
          List.of(
              new Entity(
                  "e1",
                  "Lukashenko",
                  EntityType.PERSON,
                  "BY",
                  List.of("Lukashenko"),
                  List.of(new Mention("Lukashenko", 0, 10, EntityType.PERSON, "corenlp")),
                  false,
                  List.of(
                      new SanctionHit(
                          "ofac-sdn",
                          "9760",
                          "LUKASHENKA, Alyaksandr Hryhoryavich",
                          List.of("BELARUS"),
                          0.91234,
                          "LUKASHENKO, Alexander",
                          "name 0.91"))),
              new Entity(
                  "e2",
                  "Xi",
                  EntityType.PERSON,
                  null,
                  List.of("Xi"),
                  List.of(new Mention("Xi", 15, 17, EntityType.PERSON, "corenlp")),
                  false,
                  List.of())),
          List.of(new DateMention("February 28", 21, 32, "2023-02-28", null)),
          List.of());

  @Test
  void the_json_has_every_field_of_the_contract() throws Exception {
    JsonNode json = new ObjectMapper().readTree(BriefJson.pretty(BRIEF));
    assertThat(json.path("document").path("id").asText()).isEqualTo(DOC.id());
    assertThat(json.path("document").path("date").asText()).isEqualTo("2023-02-28");
    assertThat(json.path("document").has("title")).isTrue();
    assertThat(json.path("document").has("url")).isTrue();
    JsonNode e1 = json.path("entities").get(0);
    for (String field : List.of("id", "name", "type", "country", "aliases", "mentions")) {
      assertThat(e1.has(field)).as(field).isTrue();
    }
    assertThat(e1.path("mentions").get(0).path("start").asInt()).isZero();
    assertThat(e1.path("mentions").get(0).path("end").asInt()).isEqualTo(10);
    JsonNode hit = e1.path("sanctions").get(0);
    assertThat(hit.path("list").asText()).isEqualTo("ofac-sdn");
    assertThat(hit.path("listId").asText()).isEqualTo("9760");
    assertThat(hit.path("programs").get(0).asText()).isEqualTo("BELARUS");
    assertThat(hit.path("score").asDouble()).isEqualTo(0.912);
    assertThat(json.path("entities").get(1).path("country").isNull()).isTrue();
    assertThat(json.path("dates").get(0).path("value").asText()).isEqualTo("2023-02-28");
    assertThat(json.path("events").isArray()).isTrue();
  }

  @Test
  void text_without_pages_gets_no_page_fields() throws Exception {
    JsonNode json = new ObjectMapper().readTree(BriefJson.pretty(BRIEF));
    assertThat(json.path("document").has("pages")).isFalse();
    assertThat(json.path("entities").get(0).path("mentions").get(0).has("page")).isFalse();
    assertThat(json.path("dates").get(0).has("page")).isFalse();
  }

  @Test
  void a_paged_document_gives_each_mention_date_and_evidence_its_page() throws Exception {
    String body = "Lukashenko arrived on February 28.\n\f\nCommerce blacklisted Chinese firms.\n";
    int page2 = body.indexOf("Commerce");
    Document doc = new Document("d1", "Report", "report.pdf", null, body, List.of(0, page2));
    Brief brief =
        new Brief(
            doc,
            List.of(
                new Entity(
                    "e1",
                    "Lukashenko",
                    EntityType.PERSON,
                    "BY",
                    List.of("Lukashenko"),
                    List.of(new Mention("Lukashenko", 0, 10, EntityType.PERSON, "corenlp")),
                    false,
                    List.of()),
                new Entity(
                    "e2",
                    "US Department of Commerce",
                    EntityType.ORGANIZATION,
                    "US",
                    List.of("Commerce"),
                    List.of(
                        new Mention(
                            "Commerce", page2, page2 + 8, EntityType.ORGANIZATION, "gazetteer")),
                    false,
                    List.of())),
            List.of(new DateMention("February 28", 22, 33, "XXXX-02-28", null)),
            List.of(
                Event.builder(
                        "v1",
                        "SANCTION",
                        new Event.Span("Commerce blacklisted Chinese firms.", page2, page2 + 35))
                    .actor("e2")
                    .certainty("fact", null)
                    .build()));
    JsonNode json = new ObjectMapper().readTree(BriefJson.pretty(brief));
    assertThat(json.path("document").path("pages").asInt()).isEqualTo(2);
    assertThat(json.path("entities").get(0).path("mentions").get(0).path("page").asInt())
        .isEqualTo(1);
    assertThat(json.path("entities").get(1).path("mentions").get(0).path("page").asInt())
        .isEqualTo(2);
    assertThat(json.path("dates").get(0).path("page").asInt()).isEqualTo(1);
    assertThat(json.path("events").get(0).path("evidence").path("page").asInt()).isEqualTo(2);
    assertThat(json.path("events").get(0).path("evidence").path("start").asInt()).isEqualTo(page2);
  }

  @Test
  void an_event_says_how_its_type_was_read_only_when_known() throws Exception {
    Event.Span span = new Event.Span("Lukashenko met Xi", 0, 17);
    Brief brief =
        new Brief(
            DOC,
            BRIEF.entities(),
            List.of(),
            List.of(
                Event.builder("v1", "CONSULT", span).actor("e1").coder("model").build(),
                Event.builder("v2", "CONSULT", span).actor("e1").build()));
    JsonNode events = new ObjectMapper().readTree(BriefJson.pretty(brief)).path("events");
    assertThat(events.get(0).path("coder").asText()).isEqualTo("model");
    assertThat(events.get(1).has("coder")).isFalse();
    assertThat(BriefText.render(brief, Ansi.OFF)).contains("type inferred");
  }

  @Test
  void jsonl_is_one_line() {
    assertThat(BriefJson.line(BRIEF)).doesNotContain("\n");
  }

  @Test
  void the_text_brief_lists_the_flagged_party_first_without_colour_when_off() {
    String text = BriefText.render(BRIEF, Ansi.OFF);
    assertThat(text).doesNotContain("\u001b[");
    assertThat(text.indexOf("LISTED PARTIES (1)")).isLessThan(text.indexOf("ENTITIES"));
    assertThat(text).contains("ofac-sdn 9760").contains("[BELARUS]").contains("People: Xi");
    assertThat(text).contains("February 28").contains("-> 2023-02-28");
  }

  @Test
  void colour_is_used_when_on() {
    assertThat(BriefText.render(BRIEF, Ansi.ON)).contains("\u001b[");
  }
}
