package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.WatchlistEntry;

/** Every real list file in {@code ../shared/data/lists} reads completely; skipped when absent. */
class FullFilesTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ofac-sdn | ofac_sdn_2021-07/sdn.csv ofac_sdn_2021-07/alt.csv ofac_sdn_2021-07/add.csv"
            + " ofac_sdn_2021-07/sdn_comments.csv | 8976",
        "ofac-sdn | ofac_sdn_2024-05/sdn_2024-05-01.csv | 14966",
        "ofac-cons | ofac_cons_nonsdn_2025/cons_prim.csv ofac_cons_nonsdn_2025/cons_alt.csv"
            + " ofac_cons_nonsdn_2025/cons_add.csv ofac_cons_nonsdn_2025/cons_comments.csv | 442",
        "ofac-cons | ofac_cons_nonsdn_2025/CONS_ENHANCED_2025-01.ZIP | 443",
        "us-csl | trade_gov_csl/consolidated.csv.gz | 14160",
        "us-csl | trade_gov_csl/consolidated_sample_2025.csv | -1",
        "us-csl | trade_gov_csl/csl_sample_2019.csv | -1",
        "un-sc | un_consolidated_2026-02/UN_consolidated.xml | 1003",
        "bis-dpl | bis_dpl_2022/dpl.txt | 487",
        "uk-ofsi | eu_uk/hmt_boe_conlist_2016-02-12_sample.csv | 463",
        "eu-fsf | eu_uk/eu_fsd_legacy_WHOLE_2016-02-11.xml | 595",
        "opensanctions | opensanctions_samples/yente_t1/entities.ftm.json | -1",
      })
  void the_real_file_reads_completely_with_unique_ids(String source, String files, int count)
      throws Exception {
    List<Path> paths = Arrays.stream(files.split("\\s+")).map(SharedData::list).toList();

    Snapshot s = Watchlists.read(Source.fromId(source), paths);

    if (count >= 0) {
      assertThat(s.entries().size()).isEqualTo(count);
    } else {
      assertThat(s.entries()).isNotEmpty();
    }
    assertThat(s.entries().stream().map(WatchlistEntry::id).distinct().count())
        .isEqualTo(s.entries().size());
    assertThat(s.entries()).allMatch(e -> !e.name().isBlank());
  }
}
