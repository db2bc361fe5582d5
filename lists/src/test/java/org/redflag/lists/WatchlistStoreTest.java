package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistStoreTest {
  @TempDir Path home;
  @TempDir Path files;

  private Path fixture(String resource, String name) throws IOException {
    Path target = files.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
    return target;
  }

  @Test
  void importing_a_source_makes_a_new_current_snapshot_and_keeps_the_others() throws IOException {
    WatchlistStore store = WatchlistStore.at(home);
    Path dpl = fixture("dpl/dpl.txt", "dpl.txt");

    SnapshotInfo info = store.importFiles(Source.BIS_DPL, List.of(dpl), null);

    assertThat(store.currentId()).isEqualTo(info.id());
    assertThat(info.sources())
        .extracting(SourceStatus::source)
        .containsExactly("ofac-sdn", "us-csl", "un-sc", "bis-dpl");
    assertThat(info.sources().get(3))
        .isEqualTo(new SourceStatus("bis-dpl", "2022-08-29", 3, dpl.toAbsolutePath().toString()));
    assertThat(info.sources().get(0).origin()).isEqualTo("bundled");
    Snapshot current = Watchlists.current(home);
    assertThat(current.entries()).filteredOn(e -> e.source().equals("bis-dpl")).hasSize(3);
    assertThat(current.sources()).isEqualTo(info.sources());
    assertThat(store.currentInfo()).isEqualTo(info);
  }

  @Test
  void history_keeps_every_snapshot_and_dates_resolve_to_the_last_of_the_day() throws IOException {
    WatchlistStore store = WatchlistStore.at(home);
    Path dpl = fixture("dpl/dpl.txt", "dpl.txt");
    SnapshotInfo first = store.importFiles(Source.BIS_DPL, List.of(dpl), "2022-01-01");
    SnapshotInfo second = store.importFiles(Source.BIS_DPL, List.of(dpl), null);

    assertThat(store.history())
        .extracting(SnapshotInfo::id)
        .containsExactly(WatchlistStore.BUNDLED_ID, first.id(), second.id());
    assertThat(store.history()).filteredOn(SnapshotInfo::current).hasSize(1);
    assertThat(store.load(first.id()).sources().get(3).date()).isEqualTo("2022-01-01");
    String today = first.created().toString().substring(0, 10);
    assertThat(store.resolve(today)).isEqualTo(second.id());
    assertThat(store.resolve("current")).isEqualTo(second.id());
    assertThatThrownBy(() -> store.resolve("2001-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no snapshot made on or before 2001-01-01");
  }

  @Test
  void a_file_in_the_wrong_format_leaves_the_previous_snapshot_in_force() throws IOException {
    WatchlistStore store = WatchlistStore.at(home);
    SnapshotInfo before =
        store.importFiles(Source.BIS_DPL, List.of(fixture("dpl/dpl.txt", "dpl.txt")), null);
    Path html = files.resolve("sdn.csv");
    Files.writeString(html, "<!DOCTYPE html>\n<html><body>Bad gateway</body></html>\n");

    assertThatThrownBy(() -> store.importFiles(Source.OFAC_SDN, List.of(html), null))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(html.toAbsolutePath() + ":1: not an OFAC CSV record");

    assertThat(store.currentId()).isEqualTo(before.id());
    assertThat(store.history()).hasSize(2);
    try (Stream<Path> left = Files.list(home.resolve("lists/snapshots"))) {
      assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly(before.id());
    }
  }

  @Test
  void importing_every_bundled_list_again_is_fast() throws IOException {
    WatchlistStore store = WatchlistStore.at(home);
    Manifest bundled = Watchlists.bundledManifest();
    long start = System.nanoTime();
    for (Manifest.Item item : bundled.items()) {
      List<Path> paths =
          item.files().stream()
              .map(
                  f -> {
                    try {
                      return fixtureFromBundle(f);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
      store.importFiles(item.source(), paths, item.date());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("imported %d bundled sources in %d ms%n", bundled.items().size(), millis);

    assertThat(store.current().entries()).hasSameSizeAs(Watchlists.bundled().entries());
    assertThat(millis).isLessThan(30_000);
  }

  private Path fixtureFromBundle(String name) throws IOException {
    Path target = files.resolve(name);
    try (InputStream in = Watchlists.bundledDir().open(name)) {
      Files.copy(in, target);
    }
    return target;
  }

  @Test
  void unknown_references_are_refused() {
    WatchlistStore store = WatchlistStore.at(home);

    assertThatThrownBy(() -> store.resolve("last-week"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a snapshot id");
    assertThatThrownBy(() -> store.resolve("20200101T000000Z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no snapshot '20200101T000000Z'");
  }

  @Test
  void an_appended_opensanctions_delta_is_applied_to_the_base_file() throws IOException {
    WatchlistStore store = WatchlistStore.at(home);
    Path base =
        Files.writeString(
            files.resolve("entities.ftm.json"),
            "{\"id\":\"a\",\"schema\":\"Person\",\"caption\":\"A\",\"properties\":{}}\n"
                + "{\"id\":\"b\",\"schema\":\"Company\",\"caption\":\"B\",\"properties\":{}}\n");
    Path delta =
        Files.writeString(
            files.resolve("delta.json"),
            "{\"op\":\"DEL\",\"entity\":{\"id\":\"a\",\"schema\":\"Person\"}}\n"
                + "{\"op\":\"MOD\",\"entity\":{\"id\":\"b\",\"schema\":\"Company\","
                + "\"caption\":\"B2\",\"properties\":{}}}\n"
                + "{\"op\":\"ADD\",\"entity\":{\"id\":\"c\",\"schema\":\"Vessel\","
                + "\"caption\":\"C\",\"properties\":{}}}\n");
    SnapshotInfo first = store.importFiles(Source.OPENSANCTIONS, List.of(base), "2024-01-01");

    SnapshotInfo second =
        store.importFiles(Source.OPENSANCTIONS, List.of(delta), "2024-01-02", true);

    ListDiff diff =
        ListDiff.between(store.load(first.id()), store.load(second.id()), Source.OPENSANCTIONS);
    assertThat(diff.added()).extracting(e -> e.id()).containsExactly("opensanctions:c");
    assertThat(diff.removed()).extracting(e -> e.id()).containsExactly("opensanctions:a");
    assertThat(diff.changed())
        .singleElement()
        .satisfies(c -> assertThat(c.fields()).containsExactly("name"));
  }

  @Test
  void leftovers_of_an_interrupted_import_are_removed_by_the_next_one() throws IOException {
    Path leftover = Files.createDirectories(home.resolve("lists/snapshots/.tmp-42/bis-dpl"));
    Files.writeString(leftover.resolve("dpl.txt.gz"), "half");

    WatchlistStore.at(home)
        .importFiles(Source.BIS_DPL, List.of(fixture("dpl/dpl.txt", "dpl.txt")), null);

    assertThat(home.resolve("lists/snapshots/.tmp-42")).doesNotExist();
  }
}
