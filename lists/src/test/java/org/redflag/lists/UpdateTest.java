package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lists update} against a local HTTP server serving fixture files. */
class UpdateTest {
  @TempDir Path home;
  private HttpServer server;
  private byte[] dpl;
  private int hits;

  @BeforeEach
  void start() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("dpl/dpl.txt")) {
      dpl = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/dpl.txt", x -> reply(x, 200, "text/plain", dpl, dpl.length));
    server.createContext(
        "/missing.txt", x -> reply(x, 404, "text/plain", "not found".getBytes(), -1));
    server.createContext("/truncated.txt", x -> reply(x, 200, "text/plain", half(dpl), dpl.length));
    byte[] html = "<!DOCTYPE html><html><body>Maintenance</body></html>".getBytes();
    server.createContext("/html.txt", x -> reply(x, 200, "text/html; charset=utf-8", html, -1));
    byte[] notDpl = "hello\tworld\n1\t2\n".getBytes(StandardCharsets.UTF_8);
    server.createContext("/notdpl.txt", x -> reply(x, 200, "text/plain", notDpl, -1));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void reply(HttpExchange x, int status, String type, byte[] body, long declared)
      throws IOException {
    hits++;
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, declared < 0 ? body.length : declared);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // the client gave up on a truncated body
    }
    x.close();
  }

  private static byte[] half(byte[] b) {
    return java.util.Arrays.copyOf(b, b.length / 2);
  }

  private UpdateConfig config(String path) {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return new UpdateConfig(
        Map.of(Source.BIS_DPL, List.of(uri)),
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        2,
        Duration.ofMillis(10),
        1_000_000);
  }

  private SnapshotInfo updateOk() throws IOException {
    UpdateResult r = WatchlistStore.at(home).update(List.of(), config("/dpl.txt"));
    assertThat(r.ok()).isTrue();
    return r.snapshot();
  }

  @Test
  void a_successful_download_becomes_the_current_snapshot_with_the_url_as_origin()
      throws IOException {
    SnapshotInfo info = updateOk();

    assertThat(WatchlistStore.at(home).currentId()).isEqualTo(info.id());
    SourceStatus dplStatus = info.sources().get(3);
    assertThat(dplStatus.source()).isEqualTo("bis-dpl");
    assertThat(dplStatus.count()).isEqualTo(3);
    assertThat(dplStatus.origin()).endsWith("/dpl.txt").startsWith("http://127.0.0.1:");
  }

  @Test
  void a_404_fails_the_source_and_keeps_the_previous_snapshot() throws IOException {
    assertFailureKeepsPrevious("/missing.txt", "HTTP 404");
    assertThat(hits).isEqualTo(2); // one successful update, one 404 without retry
  }

  @Test
  void a_truncated_download_fails_after_retrying_and_keeps_the_previous_snapshot()
      throws IOException {
    UpdateConfig quick =
        config("/truncated.txt")
            .withLimits(
                Duration.ofSeconds(2), Duration.ofSeconds(2), 2, Duration.ofMillis(10), 1_000_000);
    assertFailureKeepsPrevious(quick, "/truncated.txt: ");
  }

  @Test
  void an_html_page_fails_on_its_content_type_and_keeps_the_previous_snapshot() throws IOException {
    assertFailureKeepsPrevious("/html.txt", "unexpected content type 'text/html'");
  }

  @Test
  void a_file_in_another_format_fails_on_reading_and_keeps_the_previous_snapshot()
      throws IOException {
    assertFailureKeepsPrevious("/notdpl.txt", "not a BIS Denied Persons List");
  }

  @Test
  void a_file_bigger_than_the_limit_is_refused() throws IOException {
    UpdateConfig tiny =
        config("/dpl.txt")
            .withLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, Duration.ZERO, 100);

    UpdateResult r = WatchlistStore.at(home).update(List.of(Source.BIS_DPL), tiny);

    assertThat(r.snapshot()).isNull();
    assertThat(r.failures().get(Source.BIS_DPL)).contains("exceeds the limit of 100");
  }

  @Test
  void a_source_without_url_is_refused_before_downloading() {
    assertThatThrownBy(
            () -> WatchlistStore.at(home).update(List.of(Source.UN_SC), config("/dpl.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no download URL for source 'un-sc'");
  }

  private void assertFailureKeepsPrevious(String path, String reason) throws IOException {
    assertFailureKeepsPrevious(config(path), reason);
  }

  private void assertFailureKeepsPrevious(UpdateConfig failing, String reason) throws IOException {
    SnapshotInfo before = updateOk();

    UpdateResult r = WatchlistStore.at(home).update(List.of(Source.BIS_DPL), failing);

    assertThat(r.snapshot()).isNull();
    assertThat(r.failures().get(Source.BIS_DPL)).contains(reason);
    WatchlistStore store = WatchlistStore.at(home);
    assertThat(store.currentId()).isEqualTo(before.id());
    assertThat(store.currentInfo()).isEqualTo(before);
    assertThat(store.history()).hasSize(2);
    try (Stream<Path> left = Files.list(home.resolve("lists"))) {
      assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith(".download-"));
    }
  }
}
