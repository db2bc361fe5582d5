package org.redflag.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

class InputsTest {
  @TempDir Path dir;
  private HttpServer server;
  private final Inputs inputs =
      new Inputs(
          new Limits(1024, Duration.ofSeconds(2), Duration.ofSeconds(2), 2),
          new ByteArrayInputStream("title: From stdin\n\nHello Minsk.".getBytes()));

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    route("/article", 200, "text/html; charset=utf-8", "<html><body><p>Xi met Lukashenko.</p>");
    route("/plain", 200, "text/plain", "date: 2023-03-01\n\nPlain words.");
    route("/image", 200, "image/png", "PNG");
    route("/bad-pdf", 200, "application/pdf", "%PDF-1.4");
    route("/feed", 200, "application/rss+xml", FeedTest.RSS);
    route("/big", 200, "text/html", "x".repeat(5000));
    route("/missing", 404, "text/html", "nope");
    server.createContext(
        "/loop",
        ex -> {
          ex.getResponseHeaders().add("Location", "/loop");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", "/article");
          ex.sendResponseHeaders(301, -1);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void route(String path, int status, String type, String body) {
    server.createContext(
        path,
        ex -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", type);
          ex.sendResponseHeaders(status, bytes.length);
          ex.getResponseBody().write(bytes);
          ex.close();
        });
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private Document read(String arg) {
    List<Input> expanded = Inputs.expand(List.of(arg));
    assertThat(expanded).hasSize(1);
    return inputs.read(expanded.get(0));
  }

  @Test
  void a_url_to_an_html_page_gives_its_main_text() {
    Document doc = read(url("/article"));
    assertThat(doc.body()).contains("Xi met Lukashenko.");
    assertThat(doc.url()).isEqualTo(url("/article"));
  }

  @Test
  void a_plain_text_url_keeps_its_header() {
    assertThat(read(url("/plain")).date()).hasToString("2023-03-01");
  }

  @Test
  void redirects_are_followed_within_the_bound() {
    assertThat(read(url("/moved")).body()).contains("Xi met Lukashenko.");
    assertThatThrownBy(() -> read(url("/loop")))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("more than 2 redirects");
  }

  @Test
  void http_errors_unsupported_types_and_oversized_pages_are_bad_input() {
    assertThatThrownBy(() -> read(url("/missing"))).hasMessageContaining("HTTP 404");
    assertThatThrownBy(() -> read(url("/image"))).hasMessageContaining("unsupported content type");
    assertThatThrownBy(() -> read(url("/bad-pdf"))).hasMessageContaining("not a readable PDF");
    assertThatThrownBy(() -> read(url("/big"))).hasMessageContaining("larger than the limit");
  }

  @Test
  void an_unreachable_url_is_bad_input() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    assertThatThrownBy(() -> read("http://127.0.0.1:" + port + "/"))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("unreachable");
  }

  @Test
  void a_feed_url_gives_one_document_per_item() {
    List<Document> docs = inputs.readAll(new Input.Url(java.net.URI.create(url("/feed"))));
    assertThat(docs).extracting(Document::title).containsExactly("Sanctions widened", "Tankers");
    assertThatThrownBy(() -> read(url("/feed"))).hasMessageContaining("a feed of 2 items");
  }

  @Test
  void following_links_replaces_a_summary_by_the_linked_page() {
    route(
        "/summaries",
        200,
        "application/atom+xml",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>u</id>"
            + "<entry><title>Visit</title><id>1</id><link href=\""
            + url("/article")
            + "\"/><summary>Xi and Lukashenko.</summary></entry>"
            + "<entry><title>Gone</title><id>2</id><link href=\""
            + url("/missing")
            + "\"/><summary>A summary.</summary></entry></feed>");
    Input feed = new Input.Url(java.net.URI.create(url("/summaries")));
    assertThat(inputs.readAll(feed))
        .extracting(Document::body)
        .containsExactly("Xi and Lukashenko.\n", "A summary.\n");
    List<Document> followed = inputs.followingLinks().readAll(feed);
    assertThat(followed.get(0).body()).contains("Xi met Lukashenko.");
    assertThat(followed.get(0).title()).isEqualTo("Visit");
    assertThat(followed.get(0).url()).isEqualTo(url("/article"));
    assertThat(followed.get(1).body()).isEqualTo("A summary.\n");
  }

  @Test
  void feed_and_pdf_files_are_read_by_their_extension() throws IOException {
    Path rss = Files.writeString(dir.resolve("news.rss"), FeedTest.RSS);
    Path xml = Files.writeString(dir.resolve("news.xml"), FeedTest.RSS);
    Path pdf =
        Files.write(dir.resolve("report.pdf"), PdfTest.twoPages("Report", "Page one.", "Two."));
    assertThat(inputs.readAll(new Input.File(rss))).hasSize(2);
    assertThat(inputs.readAll(new Input.File(xml))).hasSize(2);
    Inputs roomy = new Inputs(Limits.DEFAULT, new ByteArrayInputStream(new byte[0]));
    assertThat(roomy.read(new Input.File(pdf)).body()).isEqualTo("Page one.\n\f\nTwo.\n");
    Files.writeString(dir.resolve("other.xml"), "<list/>");
    assertThat(Inputs.expand(List.of(dir.toString())))
        .extracting(Input::name)
        .containsExactly(rss.toString(), pdf.toString());
  }

  @Test
  void dash_reads_standard_input() {
    Document doc = read("-");
    assertThat(doc.title()).isEqualTo("From stdin");
    assertThat(doc.body()).isEqualTo("Hello Minsk.");
  }

  @Test
  void a_directory_expands_to_its_supported_files_in_order() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "B");
    Files.writeString(dir.resolve("a.html"), "<p>A</p>");
    Files.writeString(dir.resolve(".hidden.txt"), "H");
    Files.write(dir.resolve("c.png"), new byte[] {1, 2});
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.txt"), "D");
    assertThat(Inputs.expand(List.of(dir.toString())))
        .extracting(Input::name)
        .containsExactly(
            dir.resolve("a.html").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("sub/d.txt").toString());
  }

  @Test
  void missing_empty_and_oversized_files_are_bad_input() throws IOException {
    assertThatThrownBy(() -> Inputs.expand(List.of(dir.resolve("nope.txt").toString())))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("no such file");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "title: T\n\n  \n");
    assertThatThrownBy(() -> read(empty.toString())).hasMessageContaining("empty");
    Path big = Files.writeString(dir.resolve("big.txt"), "y".repeat(2000));
    assertThatThrownBy(() -> read(big.toString())).hasMessageContaining("larger than the limit");
    Path none = Files.createDirectories(dir.resolve("nothing"));
    assertThatThrownBy(() -> Inputs.expand(List.of(none.toString())))
        .hasMessageContaining("no .txt, .html");
  }

  @Test
  void a_malformed_url_is_bad_input() {
    assertThatThrownBy(() -> Inputs.expand(List.of("http://exa mple.org/")))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("not a valid URL");
  }
}
