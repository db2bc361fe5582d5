package org.redflag.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/** Fixtures are real OFAC SDN rows (public domain): 2021-07 sdn.csv/alt.csv, 2025-12 alt.csv. */
class ScreenerTest {

  static final WatchlistEntry ALYAKSANDR =
      sdn(
          "9760",
          Schema.PERSON,
          "LUKASHENKA, Alyaksandr Hryhoryavich",
          "1954-08-30",
          """
          LUKASHENKA, Aliaksandr Grigorievich
          LUKASHENKA, Aliaksandr Grigoriyevich
          LUKASHENKA, Aliaksandr Ryhoravich
          LUKASHENKO, Aliaksandr Hryhoryavich
          LUKASHENKO, Aliaksandr Grigorievich
          LUKASHENKO, Aliaksandr Grigoriyevich
          LUKASHENKO, Aliaksandr Ryhoravich
          LUKASHENKO, Aleksandr Hryhoryavich
          LUKASHENKO, Aleksandr Grigorievich
          LUKASHENKO, Aleksandr Grigoriyevich
          LUKASHENKO, Aleksandr Ryhoravich
          LUKASHENKA, Aleksandr Hryhoryavich
          LUKASHENKA, Aleksandr Grigorievich
          LUKASHENKA, Aleksandr Grigoriyevich
          LUKASHENKA, Aleksandr Ryhoravich
          LUKASHENKO, Alexander Hryhoryavich
          LUKASHENKO, Alexander Grigorievich
          LUKASHENKO, Alexander Grigoriyevich
          LUKASHENKO, Alexander Ryhoravich
          LUKASHENKA, Alexander Hryhoryavich
          LUKASHENKA, Alexander Grigorievich
          LUKASHENKA, Alexander Grigoriyevich
          LUKASHENKA, Alexander Ryhoravich
          LUKASHENKA, Alyaksandr Grigorievich
          LUKASHENKA, Alyaksandr Grigoriyevich
          LUKASHENKA, Alyaksandr Ryhoravich
          LUKASHENKO, Alyaksandr Hryhoryavich
          LUKASHENKO, Alyaksandr Grigorievich
          LUKASHENKO, Alyaksandr Grigoriyevich
          LUKASHENKO, Alyaksandr Ryhoravich
          LUKASHENKA, Aliaksandr Hryhoryavich
          """);

  static final WatchlistEntry VIKTAR =
      sdn(
          "9797",
          Schema.PERSON,
          "LUKASHENKA, Viktar Aliaksandravich",
          "1976",
          """
          LUKASHENKO, Viktar Aliaksandravich
          LUKASHENKO, Viktor Aliaksandravich
          LUKASHENKA, Viktor Aliaksandravich
          LUKASHENKO, Victor Aliaksandravich
          LUKASHENKA, Victor Aliaksandravich
          """);

  static final WatchlistEntry DZMITRY =
      sdn(
          "32615",
          Schema.PERSON,
          "LUKASHENKA, Dzmitry Aliaksandravich",
          "1980-03-23",
          """
          LUKASHENKO, Dmitry
          LUKASHENKO, Dmitriy
          LUKASHENKA, Dzmitry
          LUKASHENKO, Dmitry Aleksandrovich
          LUKASHENKO, Dmitri Aleksandrovich
          """);

  static final WatchlistEntry ALEKSEY =
      sdn("26186", Schema.PERSON, "LUKASHEV, Aleksey Viktorovich", "1990-11-07", "");

  static final WatchlistEntry HERMANN =
      WatchlistEntry.builder("ofac-sdn", "4234", Schema.VESSEL, "HERMANN")
          .identifier("imo", "8914843", null)
          .build();

  static final WatchlistEntry SAND_SWAN = sdn("4243", Schema.VESSEL, "SAND SWAN", null, "ANA I");

  static final Screener SCREENER =
      Screener.create(List.of(ALYAKSANDR, VIKTAR, DZMITRY, ALEKSEY, HERMANN, SAND_SWAN));

  static WatchlistEntry sdn(
      String id, Schema schema, String name, String birthDate, String aliases) {
    WatchlistEntry.Builder b = WatchlistEntry.builder("ofac-sdn", id, schema, name);
    if (birthDate != null) {
      b.birthDate(birthDate);
    }
    aliases.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(a -> b.alias(a, false));
    return b.country("BY").build();
  }

  @Test
  void an_entity_named_three_ways_matches_lukashenko_first() {
    List<ScreeningResult> results =
        SCREENER.screen(
            ScreeningQuery.of(Schema.PERSON, "Alexander Lukashenko", "Lukashenka", "Lukashenko"));

    assertThat(results).isNotEmpty();
    assertThat(results.get(0).entry().sourceId()).isEqualTo("9760");
    assertThat(results.get(0).match()).isTrue();
    assertThat(results.get(0).explanation())
        .startsWith("name ")
        .contains("alexander~alexander", "lukashenko~lukashenko")
        .contains("schema ok");
  }

  @Test
  void the_sons_do_not_match_on_the_surname_alone() {
    List<ScreeningResult> results =
        SCREENER.screen(
            ScreeningQuery.of(Schema.PERSON, "Alexander Lukashenko", "Lukashenka", "Lukashenko"));

    assertThat(results)
        .filteredOn(ScreeningResult::match)
        .extracting(r -> r.entry().sourceId())
        .containsExactly("9760");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Lukashenka", "Lukashenko", "Mr. Lukashenko", "LUKASHENKO"})
  void a_bare_surname_matches_nobody(String name) {
    assertThat(SCREENER.screen(ScreeningQuery.of(Schema.PERSON, name)))
        .noneMatch(ScreeningResult::match);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Alyaksandr Lukashenka",
        "Aleksandr Grigoryevich Lukashenko",
        "Лукашенко Александр Григорьевич",
        "Аляксандр Лукашэнка",
        "Lukashenko, Alexander"
      })
  void spellings_and_scripts_of_the_father_match_him(String name) {
    List<ScreeningResult> results = SCREENER.screen(ScreeningQuery.of(Schema.PERSON, name));

    assertThat(results).isNotEmpty();
    assertThat(results.get(0).entry().sourceId()).isEqualTo("9760");
    assertThat(results.get(0).match()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Viktor Lukashenko, 9797", "Dmitry Lukashenko, 32615", "Дзмітрый Лукашэнка, 32615"})
  void a_son_named_in_full_matches_the_son(String name, String id) {
    List<ScreeningResult> results = SCREENER.screen(ScreeningQuery.of(Schema.PERSON, name));

    assertThat(results)
        .filteredOn(ScreeningResult::match)
        .extracting(r -> r.entry().sourceId())
        .containsExactly(id);
  }

  @Test
  void lukashev_is_not_lukashenko() {
    assertThat(SCREENER.screen(ScreeningQuery.of(Schema.PERSON, "Alexander Lukashev")))
        .filteredOn(ScreeningResult::match)
        .isEmpty();
  }

  @Test
  void a_person_never_matches_a_vessel() {
    assertThat(SCREENER.screen(ScreeningQuery.of(Schema.PERSON, "Hermann"))).isEmpty();
    assertThat(SCREENER.screen(ScreeningQuery.of(Schema.VESSEL, "Hermann")))
        .extracting(r -> r.entry().sourceId())
        .containsExactly("4234");
  }

  @Test
  void a_conflicting_birth_date_lowers_the_score_and_an_agreeing_one_raises_it() {
    double plain = topScore(ScreeningQuery.of(Schema.PERSON, "Alexander Lukashenko"));
    double agreeing =
        topScore(
            new ScreeningQuery(
                Schema.PERSON, List.of("Alexander Lukashenko"), "1954-08-30", List.of("BY")));
    double conflicting =
        topScore(
            new ScreeningQuery(Schema.PERSON, List.of("Alexander Lukashenko"), "1990", List.of()));

    assertThat(agreeing).isGreaterThan(plain);
    assertThat(conflicting).isLessThan(plain);
  }

  @Test
  void a_shared_identifier_is_decisive_even_under_another_name() {
    List<ScreeningResult> results =
        SCREENER.screen(
            new ScreeningQuery(
                Schema.VESSEL, List.of("OCEAN STAR"), null, List.of(), List.of("IMO 8914843")));

    assertThat(results).hasSize(1);
    assertThat(results.get(0).entry().sourceId()).isEqualTo("4234");
    assertThat(results.get(0).match()).isTrue();
    assertThat(results.get(0).explanation()).contains("identifier +");
  }

  @Test
  void a_query_without_names_is_rejected() {
    assertThatThrownBy(() -> new ScreeningQuery(Schema.PERSON, List.of(), null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one name");
  }

  private static double topScore(ScreeningQuery query) {
    return SCREENER.screen(query).get(0).score();
  }
}
