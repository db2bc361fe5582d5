package org.redflag.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process is killed (SIGKILL) at random points; the store must open consistent, with every
 * document the writer reported stored present and whole.
 */
class CrashTest {
  private static final int ROUNDS = 5;

  @TempDir Path home;

  @Test
  void a_killed_writer_never_loses_a_reported_document_nor_leaves_half_of_one() throws Exception {
    Random random = new Random(7);
    List<String> reported = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Process child = start(round * 100_000);
      List<String> lines = new ArrayList<>();
      Thread reader = new Thread(() -> readLines(child, lines));
      reader.start();
      // Let it get past JVM start-up and write a few, then kill it mid-stream.
      waitForFirst(lines);
      Thread.sleep(50 + random.nextInt(400));
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
      reader.join(10_000);
      synchronized (lines) {
        for (String l : lines) {
          if (l.startsWith("stored ")) {
            reported.add(l.substring(7));
          }
        }
      }
    }

    assertThat(reported).hasSizeGreaterThanOrEqualTo(ROUNDS);
    try (Store store = Store.open(home)) {
      for (String id : reported) {
        assertThat(store.contains(id)).as("reported stored: %s", id).isTrue();
      }
      StoreStatus s = store.status();
      assertThat(s.documents()).isGreaterThanOrEqualTo(reported.size());
      assertThat(s.entities()).isEqualTo(3 * s.documents());
      assertThat(s.events()).isEqualTo(s.documents());
      assertThat(s.claims()).isEqualTo(s.documents());
      // The index caught up with every committed document.
      assertThat(store.search("microchips", (int) s.documents() + 10)).hasSize((int) s.documents());
    }
    try (Connection db =
            DriverManager.getConnection("jdbc:sqlite:" + home.resolve("store/redflag.db"));
        Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM entities e"
                  + " WHERE e.document = d.seq) <> 3 OR (SELECT count(*) FROM mentions m"
                  + " WHERE m.document = d.seq) <> 5")) {
        rs.next();
        assertThat(rs.getInt(1)).as("documents stored in part").isZero();
      }
    }
  }

  private Process start(int first) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            cp,
            CrashWriter.class.getName(),
            home.toString(),
            Integer.toString(first))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private void readLines(Process child, List<String> lines) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        synchronized (lines) {
          lines.add(l);
          lines.notifyAll();
        }
      }
    } catch (java.io.IOException e) {
      // The child was killed mid-line: what was read before counts.
    }
  }

  private static void waitForFirst(List<String> lines) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    synchronized (lines) {
      while (lines.isEmpty() && System.currentTimeMillis() < deadline) {
        lines.wait(100);
      }
    }
  }
}
