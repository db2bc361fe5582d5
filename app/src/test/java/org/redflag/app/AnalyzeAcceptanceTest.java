package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 2's acceptance, end to end with the real models and the bundled lists: {@code redflag
 * analyze --format json examples/lukashenko-beijing.txt}.
 */
class AnalyzeAcceptanceTest {
  static final Path EXAMPLE = Path.of("../examples/lukashenko-beijing.txt");
  static JsonNode brief;
  static String body;

  @BeforeAll
  static void analyzeTheExample(@TempDir Path home) throws Exception {
    CliTest.Run r =
        CliTest.run("analyze", "--format", "json", "--home", home.toString(), EXAMPLE.toString());
    assertThat(r.code()).as(r.err()).isZero();
    brief = new ObjectMapper().readTree(r.out());
    String text = Files.readString(EXAMPLE);
    body = text.substring(text.indexOf("\n\n") + 2);
  }

  static List<JsonNode> entities() {
    return StreamSupport.stream(brief.path("entities").spliterator(), false).toList();
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static List<JsonNode> withAlias(String alias) {
    return entities().stream()
        .filter(
            e ->
                strings(e.path("aliases")).contains(alias) || e.path("name").asText().equals(alias))
        .toList();
  }

  @Test
  void the_document_date_comes_from_the_header() {
    assertThat(brief.path("document").path("date").asText()).isEqualTo("2023-02-28");
  }

  @Test
  void lukashenko_is_one_person_in_both_spellings_and_on_the_ofac_sdn_list() {
    List<JsonNode> found = withAlias("Lukashenka");
    assertThat(found).hasSize(1);
    JsonNode luka = found.get(0);
    assertThat(luka.path("type").asText()).isEqualTo("PERSON");
    assertThat(strings(luka.path("aliases"))).contains("Lukashenka", "Lukashenko");
    assertThat(luka.path("sanctions"))
        .anySatisfy(
            hit -> {
              assertThat(hit.path("list").asText()).isEqualTo("ofac-sdn");
              assertThat(strings(hit.path("programs"))).contains("BELARUS");
            });
    // Not his sons (Viktar and Dzmitry Aliaksandravich Lukashenka), who share the surname.
    assertThat(luka.path("sanctions"))
        .allSatisfy(hit -> assertThat(hit.path("listId").asText()).endsWith("9760"));
  }

  @ParameterizedTest
  @CsvSource({"William Burns", "Xi Jinping", "Ma Zhaoxu", "Xie Xiaoyong"})
  void other_people_are_persons_not_on_any_list(String name) {
    List<JsonNode> found = withAlias(name);
    assertThat(found).as(name).hasSize(1);
    assertThat(found.get(0).path("type").asText()).isEqualTo("PERSON");
    assertThat(found.get(0).path("sanctions")).isEmpty();
  }

  @Test
  void the_people_are_exactly_the_five_the_article_names() {
    assertThat(entities())
        .filteredOn(e -> e.path("type").asText().equals("PERSON"))
        .extracting(e -> e.path("name").asText())
        .containsExactlyInAnyOrder(
            "Alexander Lukashenko", "William Burns", "Xi Jinping", "Ma Zhaoxu", "Xie Xiaoyong");
  }

  @ParameterizedTest
  @CsvSource({"CIA", "CNN", "US Department of Commerce", "Institute for the Study of War"})
  void organizations_are_organizations(String name) {
    List<JsonNode> found = withAlias(name);
    assertThat(found).as(name).hasSize(1);
    assertThat(found.get(0).path("type").asText()).isEqualTo("ORGANIZATION");
  }

  @ParameterizedTest
  @CsvSource({
    "Russia, RU, Russian Federation, Kremlin",
    "China, CN, Beijing, Beijing",
    "Belarus, BY, Belarus, Belarus",
    "Ukraine, UA, Ukraine, Ukraine",
    "Iran, IR, Iran, Iran"
  })
  void countries_appear_once_with_their_aliases(
      String name, String code, String alias1, String alias2) {
    List<JsonNode> countries =
        entities().stream()
            .filter(e -> e.path("type").asText().equals("COUNTRY"))
            .filter(e -> e.path("country").asText().equals(code))
            .toList();
    assertThat(countries).as(name).hasSize(1);
    assertThat(strings(countries.get(0).path("aliases"))).contains(alias1, alias2);
  }

  @ParameterizedTest
  @CsvSource({
    "February 28, 2023-02-28",
    "February 25, 2023-02-25",
    "March 2, 2023-03-02",
    "December 2022, 2022-12",
    "February 21, 2023-02-21",
    "mid-March 2023, 2023-03"
  })
  void dates_are_normalized_against_the_document_date(String text, String value) {
    assertThat(brief.path("dates"))
        .anySatisfy(
            d -> {
              assertThat(d.path("text").asText()).isEqualTo(text);
              assertThat(d.path("value").asText()).isEqualTo(value);
            });
  }

  @Test
  void every_offset_points_at_its_text_in_the_body() {
    for (JsonNode e : entities()) {
      for (JsonNode m : e.path("mentions")) {
        assertThat(body.substring(m.path("start").asInt(), m.path("end").asInt()))
            .isEqualTo(m.path("text").asText());
      }
    }
    for (JsonNode d : brief.path("dates")) {
      assertThat(body.substring(d.path("start").asInt(), d.path("end").asInt()))
          .isEqualTo(d.path("text").asText());
    }
  }

  // Issue 6: events of the example article.

  static String idOf(String alias) {
    List<JsonNode> found = withAlias(alias);
    assertThat(found).as(alias).isNotEmpty();
    return found.get(0).path("id").asText();
  }

  static List<JsonNode> events(String type) {
    return StreamSupport.stream(brief.path("events").spliterator(), false)
        .filter(e -> e.path("type").asText().equals(type))
        .toList();
  }

  @Test
  void lukashenkos_visit_to_china_is_a_dated_fact() {
    assertThat(events("CONSULT"))
        .anySatisfy(
            e -> {
              assertThat(e.path("mode").asText()).isEqualTo("visit");
              assertThat(strings(e.path("actor"))).containsExactly(idOf("Lukashenko"));
              assertThat(strings(e.path("recipient"))).containsExactly(idOf("China"));
              assertThat(e.path("date").asText()).isEqualTo("2023-02-28");
              assertThat(e.path("certainty").asText()).isEqualTo("fact");
            });
  }

  @Test
  void the_signing_of_agreements_with_china_is_expected() {
    assertThat(events("AGREE"))
        .anySatisfy(
            e -> {
              assertThat(strings(e.path("actor"))).containsExactly(idOf("Lukashenko"));
              assertThat(strings(e.path("recipient"))).containsExactly(idOf("China"));
              assertThat(e.path("certainty").asText()).isEqualTo("expected");
            });
  }

  @Test
  void the_arms_supply_burns_announced_is_speculative_and_his() {
    assertThat(events("AID"))
        .anySatisfy(
            e -> {
              assertThat(strings(e.path("actor"))).containsExactly(idOf("China"));
              assertThat(strings(e.path("recipient"))).containsExactly(idOf("Russia"));
              assertThat(strings(e.path("goods"))).containsExactly("weapons");
              assertThat(strings(e.path("context"))).contains("military");
              assertThat(e.path("certainty").asText()).isEqualTo("speculative");
              assertThat(e.path("source").asText()).isEqualTo(idOf("William Burns"));
            });
  }

  @Test
  void weapons_may_go_from_china_through_belarus_to_russia_says_the_isw() {
    assertThat(events("AID"))
        .anySatisfy(
            e -> {
              assertThat(strings(e.path("route")))
                  .containsExactly(idOf("China"), idOf("Belarus"), idOf("Russia"));
              assertThat(strings(e.path("goods"))).containsExactly("weapons");
              assertThat(e.path("certainty").asText()).isEqualTo("speculative");
              assertThat(e.path("source").asText())
                  .isEqualTo(idOf("Institute for the Study of War"));
            });
  }

  @Test
  void commerce_blacklisted_chinese_companies_says_cnn() {
    assertThat(withAlias("Chinese companies"))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.path("type").asText()).isEqualTo("ORGANIZATION");
              assertThat(g.path("country").asText()).isEqualTo("CN");
            });
    assertThat(events("SANCTION"))
        .anySatisfy(
            e -> {
              assertThat(e.path("mode").asText()).isEqualTo("discontinue");
              assertThat(strings(e.path("actor")))
                  .containsExactly(idOf("US Department of Commerce"));
              assertThat(strings(e.path("recipient"))).contains(idOf("Chinese companies"));
              assertThat(e.path("certainty").asText()).isEqualTo("fact");
              assertThat(e.path("source").asText()).isEqualTo(idOf("CNN"));
            });
  }

  @Test
  void the_announced_visit_to_iran_is_expected_in_mid_march() {
    assertThat(events("CONSULT"))
        .anySatisfy(
            e -> {
              assertThat(strings(e.path("actor"))).containsExactly(idOf("Lukashenko"));
              assertThat(strings(e.path("recipient"))).containsExactly(idOf("Iran"));
              assertThat(e.path("date").asText()).isEqualTo("2023-03");
              assertThat(e.path("certainty").asText()).isEqualTo("expected");
            });
  }

  @Test
  void every_event_has_evidence_cut_from_the_body() {
    assertThat(brief.path("events")).isNotEmpty();
    for (JsonNode e : brief.path("events")) {
      JsonNode ev = e.path("evidence");
      assertThat(body.substring(ev.path("start").asInt(), ev.path("end").asInt()))
          .isEqualTo(ev.path("text").asText());
    }
  }
}
