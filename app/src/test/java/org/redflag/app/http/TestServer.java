package org.redflag.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.redflag.app.pipeline.Engine;

/**
 * A server on a random loopback port for tests, over a store in its own home; the engine is loaded
 * once per test JVM (in the background, from the first use) and shared by every server.
 */
final class TestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CompletableFuture<Engine> engine;

  final App app;
  final String base;
  final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();

  TestServer(ServerConfig config, CompletableFuture<Engine> engine) {
    this.app = App.create(config.withAddress("127.0.0.1", 0), engine, log::add);
    this.base = "http://127.0.0.1:" + app.start();
  }

  /** A server over {@code home} with the shared engine. */
  static TestServer over(Path home) {
    return new TestServer(ServerConfig.defaults(home).withApiKeys(java.util.Set.of()), engine());
  }

  /** The engine shared by every test of this JVM (bundled watchlists). */
  static synchronized CompletableFuture<Engine> engine() {
    if (engine == null) {
      Path home;
      try {
        home = Files.createTempDirectory("redflag-engine");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      engine = CompletableFuture.supplyAsync(() -> Engine.start(home, m -> {}));
    }
    return engine;
  }

  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Reply get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  Reply post(String path, String contentType, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  Reply postJson(String path, Object body, String... headers) {
    try {
      return post(path, "application/json", JSON.writeValueAsString(body), headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
