package org.redflag.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.lists.Watchlists;
import org.redflag.model.Schema;

/** Issue 2 acceptance against the bundled snapshot: OFAC SDN 2021, US CSL, UN, BIS DPL. */
class BundledListsTest {
  static final Screener SCREENER = Screener.create(Watchlists.bundled().entries());

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "William Burns, PERSON",
    "Xi Jinping, PERSON",
    "Ma Zhaoxu, PERSON",
    "Xie Xiaoyong, PERSON",
    "Antony Blinken, PERSON",
    "CIA, ORGANIZATION",
    "CNN, ORGANIZATION",
    "US Department of Commerce, ORGANIZATION",
    "Institute for the Study of War, ORGANIZATION",
    "Reuters, ORGANIZATION",
    "the Kremlin, ORGANIZATION",
  })
  void people_and_bodies_in_the_news_match_nothing(String name, Schema schema) {
    List<ScreeningResult> results = SCREENER.screen(ScreeningQuery.of(schema, name));

    assertThat(results).filteredOn(ScreeningResult::match).isEmpty();
  }

  @Test
  void lukashenko_named_three_ways_matches_ofac_9760_first() {
    List<ScreeningResult> results =
        SCREENER.screen(
            ScreeningQuery.of(Schema.PERSON, "Alexander Lukashenko", "Lukashenka", "Lukashenko"));

    assertThat(results.get(0).entry().id()).isEqualTo("ofac-sdn:9760");
    assertThat(results.get(0).match()).isTrue();
    assertThat(results)
        .filteredOn(ScreeningResult::match)
        .extracting(r -> r.entry().sourceId())
        .doesNotContain("9797");
  }

  @Test
  void lukashenko_of_belarus_does_not_match_his_sons_through_their_patronymic() {
    // Issue 2: "Alexander" aligned with "Aliaksandravich" and the country bonus lifted Dzmitry
    // Lukashenka (his son) over the threshold.
    List<ScreeningResult> results =
        SCREENER.screen(
            new ScreeningQuery(
                Schema.PERSON,
                List.of("Alexander Lukashenko", "Lukashenka", "Lukashenko"),
                null,
                List.of("BY")));

    assertThat(results.get(0).entry().id()).isEqualTo("ofac-sdn:9760");
    assertThat(results)
        .filteredOn(ScreeningResult::match)
        .extracting(r -> r.entry().sourceId())
        .allMatch(id -> id.endsWith("9760"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Vladimir Putin, ofac-sdn",
    "Osama bin Laden, un-sc",
    "Rosneft, us-csl",
  })
  void listed_parties_are_found(String name, String source) {
    Schema schema = name.equals("Rosneft") ? Schema.ORGANIZATION : Schema.PERSON;
    List<ScreeningResult> results = SCREENER.screen(ScreeningQuery.of(schema, name));

    assertThat(results).filteredOn(ScreeningResult::match).isNotEmpty();
  }
}
