package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/** Acceptance of issue 2 on the example article, dated 2023-02-28. */
class TextAnalyzerTest {

  private static Document doc;
  private static Analysis analysis;

  @BeforeAll
  static void analyzeExample() {
    doc = Fixtures.example();
    analysis = Fixtures.analyzer().analyze(doc);
  }

  private static List<Entity> named(String alias) {
    return analysis.entities().stream().filter(e -> e.aliases().contains(alias)).toList();
  }

  @Test
  void lukashenka_and_lukashenko_are_one_person() {
    assertThat(named("Lukashenka")).hasSize(1);
    Entity e = named("Lukashenka").get(0);
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.aliases()).contains("Lukashenko", "Alexander Lukashenko");
    assertThat(named("Lukashenko")).containsExactly(e);
  }

  @ParameterizedTest
  @CsvSource({
    "William Burns, PERSON",
    "Xi Jinping, PERSON",
    "Ma Zhaoxu, PERSON",
    "Xie Xiaoyong, PERSON",
    "CIA, ORGANIZATION",
    "CNN, ORGANIZATION",
    "US Department of Commerce, ORGANIZATION",
    "Institute for the Study of War, ORGANIZATION",
    "Russia, COUNTRY",
    "China, COUNTRY",
    "Belarus, COUNTRY",
    "Ukraine, COUNTRY",
    "Iran, COUNTRY",
  })
  void names_become_exactly_one_entity_of_their_type(String name, EntityType type) {
    assertThat(named(name)).hasSize(1);
    assertThat(named(name).get(0).type()).isEqualTo(type);
  }

  @Test
  void countries_carry_their_capitals_seats_and_official_names() {
    Entity russia = named("Russia").get(0);
    assertThat(russia.aliases()).contains("Russian Federation", "Kremlin", "Moscow", "Russian");
    assertThat(russia.country()).isEqualTo("RU");
    assertThat(russia.government()).isTrue();
    Entity china = named("China").get(0);
    assertThat(china.aliases()).contains("Beijing", "Chinese", "People’s Republic of China");
    assertThat(china.country()).isEqualTo("CN");
    assertThat(analysis.entities())
        .filteredOn(e -> e.type() == EntityType.COUNTRY)
        .extracting(Entity::country)
        .doesNotHaveDuplicates()
        .doesNotContain("TW");
  }

  @Test
  void the_institute_is_known_by_its_acronym_too() {
    assertThat(named("Institute for the Study of War").get(0).aliases()).contains("ISW");
  }

  @Test
  void pronouns_are_not_entities() {
    assertThat(analysis.entities())
        .flatExtracting(Entity::aliases)
        .doesNotContain("he", "his", "He", "His");
  }

  @Test
  void persons_take_a_country_from_their_title() {
    assertThat(named("Xie Xiaoyong").get(0).country()).isEqualTo("CN");
    assertThat(named("William Burns").get(0).country()).isEqualTo("US");
    assertThat(named("Xi Jinping").get(0).country()).isEqualTo("CN");
  }

  @Test
  void entity_ids_follow_the_first_mention() {
    List<Entity> entities = analysis.entities();
    for (int i = 0; i < entities.size(); i++) {
      assertThat(entities.get(i).id()).isEqualTo("e" + (i + 1));
      assertThat(entities.get(i).sanctions()).isEmpty();
      if (i > 0) {
        assertThat(entities.get(i).mentions().get(0).start())
            .isGreaterThan(entities.get(i - 1).mentions().get(0).start());
      }
    }
  }

  @Test
  void every_offset_cuts_its_text_out_of_the_body() {
    String body = doc.body();
    for (Entity e : analysis.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    for (DateMention d : analysis.dates()) {
      assertThat(body.substring(d.start(), d.end())).isEqualTo(d.text());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "February 28, 2023-02-28, ''",
    "February 25, 2023-02-25, ''",
    "March 2, 2023-03-02, ON_OR_BEFORE",
    "December 2022, 2022-12, ''",
    "February 21, 2023-02-21, ''",
    "mid-March 2023, 2023-03, MID",
    "three-day, P3D, ''",
  })
  void dates_are_normalized_against_the_document_date(String text, String value, String modifier) {
    Map<String, DateMention> byText =
        analysis.dates().stream()
            .collect(Collectors.toMap(DateMention::text, Function.identity(), (a, b) -> a));
    assertThat(byText).containsKey(text);
    assertThat(byText.get(text).value()).isEqualTo(value);
    assertThat(byText.get(text).modifier()).isEqualTo(modifier.isEmpty() ? null : modifier);
  }

  @Test
  void without_a_document_date_relative_dates_stay_unresolved() {
    Analysis undated = Fixtures.analyzer().analyze(doc.withDate(null));
    assertThat(undated.dates())
        .filteredOn(d -> d.text().equals("February 28"))
        .extracting(DateMention::value)
        .containsOnly("XXXX-02-28");
    assertThat(undated.dates())
        .filteredOn(d -> d.text().equals("December 2022"))
        .extracting(DateMention::value)
        .containsOnly("2022-12");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "",
        " ",
        "\n\n\n",
        "Minsk",
        "Александр Лукашенко прибыл в Пекин 28 февраля.",
        "he said his",
        "’s ’s 's",
        "mid- early- late-",
        "2023-02-28",
        "\uD83D\uDE00 Lukashenka \uD83D\uDE00 met Xi Jinping in Beijing on Tuesday."
      })
  void odd_inputs_are_analyzed_with_valid_offsets(String body) {
    Analysis a = Fixtures.analyzer().analyze(Document.of(null, null, null, body));
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    for (DateMention d : a.dates()) {
      assertThat(body.substring(d.start(), d.end())).isEqualTo(d.text());
    }
    assertThat(a.actors()).hasSameSizeAs(a.entities());
  }

  @Test
  void concurrent_analyses_give_the_same_result() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Analysis>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> Fixtures.analyzer().analyze(doc)));
      }
      for (java.util.concurrent.Future<Analysis> run : runs) {
        assertThat(run.get()).isEqualTo(analysis);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void an_article_that_writes_isw_gets_the_institute() {
    Analysis a =
        Fixtures.analyzer()
            .analyze(
                Document.of(
                    null,
                    null,
                    null,
                    "The ISW said on Monday that Moscow is preparing an offensive. The Institute"
                        + " for the Study of War also said Kyiv holds the line."));
    List<Entity> isw = a.entities().stream().filter(e -> e.aliases().contains("ISW")).toList();
    assertThat(isw).hasSize(1);
    assertThat(isw.get(0).name()).isEqualTo("Institute for the Study of War");
    assertThat(isw.get(0).aliases()).contains("Institute for the Study of War");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Serbia rejected an Australian ultimatum. | Australian | AU",
        "Ivory Coast rebels rejected a Senegalese peace plan. | Senegalese | SN",
        "Ivory Coast rebels rejected a Senegalese peace plan. | Ivory Coast | CI",
        "Kazakh exporters shipped the chips to Russia. | Kazakh | KZ",
        "The Kyrgyz government denied the report. | Kyrgyz | KG",
        "Emirati banks froze the accounts. | Emirati | AE",
        "The goods passed through a warehouse in Bishkek. | Bishkek | KG",
      })
  void a_demonym_or_capital_is_a_mention_of_its_country(String body, String text, String code) {
    Analysis a = Fixtures.analyzer().analyze(Document.of(null, null, null, body));
    assertThat(a.entities())
        .filteredOn(e -> e.type() == EntityType.COUNTRY && code.equals(e.country()))
        .singleElement()
        .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly(text));
  }

  @Test
  void ambiguous_words_are_not_countries() {
    Analysis a =
        Fixtures.analyzer()
            .analyze(
                Document.of(
                    null,
                    null,
                    null,
                    "Chad Daniels and Victoria Jordan met Georgians in Kingston on a male ward."));
    assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.COUNTRY);
  }
}
