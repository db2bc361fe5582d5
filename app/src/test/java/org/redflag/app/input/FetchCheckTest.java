package org.redflag.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redflag.model.RedflagException;

/** The address check of {@link Inputs#fetch(URI, java.util.function.Consumer)} (issue 8). */
class FetchCheckTest {
  HttpServer server;
  String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/start",
        ex -> {
          ex.getResponseHeaders().add("Location", "/inside");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/inside",
        ex -> {
          byte[] body = "Vladimir Putin spoke.".getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void every_redirect_target_is_checked_before_it_is_requested() {
    List<URI> seen = new ArrayList<>();
    Inputs inputs = new Inputs(Limits.DEFAULT, new ByteArrayInputStream(new byte[0]));
    assertThat(inputs.fetch(URI.create(base + "/start"), seen::add).body())
        .isEqualTo("Vladimir Putin spoke.");
    assertThat(seen).extracting(URI::getPath).containsExactly("/start", "/inside");
    assertThatThrownBy(
            () ->
                inputs.fetch(
                    URI.create(base + "/start"),
                    uri -> {
                      if (uri.getPath().equals("/inside")) {
                        throw RedflagException.badInput("refused " + uri);
                      }
                    }))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("refused");
  }
}
