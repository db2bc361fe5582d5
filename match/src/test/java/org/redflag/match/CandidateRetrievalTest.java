package org.redflag.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Both candidate retrievals (issue 4) find the same parties through typos, variants and scripts.
 */
class CandidateRetrievalTest {

  static final List<WatchlistEntry> ENTRIES =
      List.of(
          ScreenerTest.ALYAKSANDR,
          ScreenerTest.VIKTAR,
          ScreenerTest.DZMITRY,
          ScreenerTest.ALEKSEY,
          ScreenerTest.HERMANN,
          ScreenerTest.SAND_SWAN,
          WatchlistEntry.builder("un-sc", "QDi.001", Schema.PERSON, "ABDUL RAHMAN YASIN").build());

  static final List<String[]> QUERIES =
      List.of(
          new String[] {"Alexander Lukashenko", "9760"},
          new String[] {"Aleksandr Lukashenko", "9760"},
          new String[] {"Alexandr Lukaschenko", "9760"},
          new String[] {"Лукашенко Александр Григорьевич", "9760"},
          new String[] {"Viktor Lukashenko", "9797"},
          new String[] {"Dmitri Lukashenka", "32615"},
          new String[] {"Abdulrahman Yasin", "QDi.001"});

  @ParameterizedTest
  @EnumSource(Screener.Retrieval.class)
  void typos_variants_scripts_and_compounds_find_the_listed_person(Screener.Retrieval retrieval) {
    Screener screener =
        Screener.create(ENTRIES, Screener.DEFAULT_THRESHOLD, Screener.DEFAULT_CUTOFF, retrieval);

    for (String[] q : QUERIES) {
      List<ScreeningResult> results = screener.screen(ScreeningQuery.of(Schema.PERSON, q[0]));

      assertThat(results).as(q[0]).isNotEmpty();
      assertThat(results.get(0).entry().sourceId()).as(q[0]).isEqualTo(q[1]);
      assertThat(results.get(0).match()).as(q[0]).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Screener.Retrieval.class)
  void an_unrelated_name_finds_nothing(Screener.Retrieval retrieval) {
    Screener screener =
        Screener.create(ENTRIES, Screener.DEFAULT_THRESHOLD, Screener.DEFAULT_CUTOFF, retrieval);

    assertThat(screener.screen(ScreeningQuery.of(Schema.PERSON, "Maria Gonzalez"))).isEmpty();
  }
}
