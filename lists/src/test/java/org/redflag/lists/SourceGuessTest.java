package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceGuessTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ofac/sdn.csv | ofac-sdn",
        "ofac/cons_enhanced_excerpt.xml | ofac-cons",
        "csl/consolidated_excerpt.csv | us-csl",
        "csl/csl_sample_2019_excerpt.csv | us-csl",
        "un/UN_consolidated_excerpt.xml | un-sc",
        "dpl/dpl.txt | bis-dpl",
        "eu/eu_fsf_1_1_2026-08_excerpt.xml | eu-fsf",
        "uk/uk_sanctions_list_2026-08_excerpt.xml | uk-sanctions",
        "uk/ofsi_conlist_2020_excerpt.csv | uk-ofsi",
        "uk/hmt_conlist_2016-02-12_head.csv | uk-ofsi",
      })
  void the_source_of_a_file_is_recognised_from_its_content(String fixture, String source)
      throws Exception {
    Path path = Path.of(getClass().getResource(fixture).toURI());

    assertThat(Source.guess(path)).contains(Source.fromId(source));
  }

  @ParameterizedTest
  @CsvSource({"ofac/alt.csv"})
  void an_ofac_alias_file_alone_is_still_ofac(String fixture) throws Exception {
    assertThat(Source.guess(Path.of(getClass().getResource(fixture).toURI())))
        .contains(Source.OFAC_SDN);
  }
}
