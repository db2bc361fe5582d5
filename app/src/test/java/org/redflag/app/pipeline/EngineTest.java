package org.redflag.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.lists.Source;
import org.redflag.lists.WatchlistStore;
import org.redflag.model.Document;

/** The engine swaps in a new watchlist snapshot while it runs (a long-running server's case). */
class EngineTest {
  @TempDir Path home;
  @TempDir Path dir;

  @Test
  void a_snapshot_put_in_force_by_another_process_is_used_after_refresh() throws Exception {
    Engine engine = Engine.start(home, m -> {});
    int bundled = engine.snapshot().entries().size();
    assertThat(engine.refreshLists(m -> {})).as("nothing changed yet").isFalse();

    Path sdn =
        Files.writeString(
            dir.resolve("sdn.csv"),
            "1,\"EXAMPLE TRADING CO., LTD.\",-0- ,\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "-0- ,-0- ,-0- \r\n");
    WatchlistStore.at(home).importFiles(Source.OFAC_SDN, List.of(sdn), "2026-11-27", false);

    assertThat(engine.refreshLists(m -> {})).isTrue();
    assertThat(engine.snapshot().entries().size()).isLessThan(bundled);
    assertThat(engine.refreshLists(m -> {})).as("already in use").isFalse();
    String body = "The US listed Example Trading Co., Ltd. on Tuesday.";
    assertThat(engine.analyze(Document.of(null, null, null, body)).entities())
        .anySatisfy(
            e -> assertThat(e.sanctions()).anySatisfy(h -> assertThat(h.listId()).isEqualTo("1")));
  }
}
