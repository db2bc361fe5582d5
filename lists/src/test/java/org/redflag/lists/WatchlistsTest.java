package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.model.WatchlistEntry;

class WatchlistsTest {

  @Test
  void the_bundled_snapshot_loads_quickly_and_lists_every_source() throws Exception {
    long start = System.nanoTime();
    Snapshot s =
        SnapshotLoader.load(Watchlists.bundledManifest(), Watchlists.bundledDir(), "bundled");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("bundled snapshot: %d entries in %d ms%n", s.entries().size(), millis);

    assertThat(s.sources())
        .extracting(SourceStatus::source)
        .containsExactly("ofac-sdn", "us-csl", "un-sc", "bis-dpl");
    assertThat(s.sources()).allMatch(st -> st.origin().equals("bundled") && st.count() > 0);
    assertThat(s.sources().get(0))
        .isEqualTo(new SourceStatus("ofac-sdn", "2021-07", 8976, "bundled"));
    assertThat(s.sources().stream().mapToInt(SourceStatus::count).sum())
        .isEqualTo(s.entries().size());
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void lukashenko_is_bundled_with_program_belarus_and_31_aliases() {
    WatchlistEntry e =
        Watchlists.bundled().entries().stream()
            .filter(x -> x.id().equals("ofac-sdn:9760"))
            .findFirst()
            .orElseThrow();

    assertThat(e.name()).isEqualTo("LUKASHENKA, Alyaksandr Hryhoryavich");
    assertThat(e.programs()).containsExactly("BELARUS");
    assertThat(e.aliases()).hasSize(31);
  }

  @Test
  void csl_rows_repeating_a_bundled_ofac_or_dpl_entry_are_left_out() {
    Snapshot s = Watchlists.bundled();
    Set<String> ofac =
        s.entries().stream()
            .filter(e -> e.source().equals("ofac-sdn"))
            .map(WatchlistEntry::sourceId)
            .collect(Collectors.toSet());

    assertThat(s.entries())
        .filteredOn(e -> e.source().equals("us-csl"))
        .noneMatch(
            e ->
                e.programs().get(0).equals("SDN")
                    && ofac.contains(e.sourceId().replace("SDN-", "")))
        .noneMatch(e -> e.programs().get(0).equals("DPL"))
        .anyMatch(e -> e.programs().get(0).equals("SDN"))
        .anyMatch(e -> e.programs().get(0).equals("EL"));
  }

  @Test
  void a_home_where_nothing_was_imported_uses_the_bundled_snapshot(@TempDir Path home) {
    assertThat(Watchlists.current(home)).isSameAs(Watchlists.bundled());
  }

  @Test
  void unknown_source_ids_are_refused_with_the_valid_ones() {
    assertThat(Source.fromId("un-sc")).isEqualTo(Source.UN_SC);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Source.fromId("ofac"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ofac-sdn, ofac-cons, us-csl, un-sc");
  }
}
