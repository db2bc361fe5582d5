package org.redflag.app.input;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

/**
 * Downloads a page within the limits: connect and request timeouts, a size cap, and a bounded
 * number of redirects (followed here, not by the client, so the bound is exact and an https page
 * never redirects to plain http).
 */
final class UrlFetcher {
  private static final Set<String> FEED_TYPES =
      Set.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/rdf+xml",
          "application/xml",
          "text/xml");
  private final Limits limits;
  private final Consumer<URI> check;
  private final HttpClient client;

  UrlFetcher(Limits limits) {
    this(limits, uri -> {});
  }

  /**
   * A fetcher that calls {@code check} with every address before requesting it (the first and every
   * redirect target); {@code check} throws to refuse one.
   */
  UrlFetcher(Limits limits, Consumer<URI> check) {
    this.limits = limits;
    this.check = check;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Downloads one document; a feed is an error here (see {@link #fetchAll}). */
  Document fetch(URI start) {
    List<Feed.Item> items = fetchItems(start);
    if (items.size() != 1) {
      throw RedflagException.badInput(start + ": a feed of " + items.size() + " items");
    }
    return items.get(0).doc();
  }

  /** Downloads a page, a PDF (one document each) or an RSS/Atom feed (one document per item). */
  List<Feed.Item> fetchItems(URI start) {
    URI uri = start;
    for (int redirects = 0; ; redirects++) {
      check.accept(uri);
      HttpResponse<InputStream> response = send(uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        close(response);
        if (location == null) {
          throw RedflagException.badInput(
              uri + ": redirect (HTTP " + status + ") without Location");
        }
        if (redirects >= limits.maxRedirects()) {
          throw RedflagException.badInput(
              start + ": more than " + limits.maxRedirects() + " redirects");
        }
        URI next = uri.resolve(location);
        if (!"https".equalsIgnoreCase(next.getScheme())
                && !"http".equalsIgnoreCase(next.getScheme())
            || "https".equalsIgnoreCase(uri.getScheme())
                && "http".equalsIgnoreCase(next.getScheme())) {
          throw RedflagException.badInput(uri + ": refusing redirect to " + next);
        }
        uri = next;
        continue;
      }
      if (status != 200) {
        close(response);
        throw RedflagException.badInput(uri + ": HTTP " + status);
      }
      return read(uri, response);
    }
  }

  private HttpResponse<InputStream> send(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(limits.requestTimeout())
            .header("User-Agent", "redflag (+https://github.com/redflag)")
            .header(
                "Accept",
                "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.9,"
                    + "application/rss+xml;q=0.9,application/atom+xml;q=0.9,application/xml;q=0.8")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw RedflagException.badInput(uri + ": unreachable (connection timed out)");
    } catch (HttpTimeoutException e) {
      throw RedflagException.badInput(uri + ": no answer within " + limits.requestTimeout());
    } catch (ConnectException | UnknownHostException e) {
      throw RedflagException.badInput(uri + ": unreachable (" + describe(e) + ")");
    } catch (IOException e) {
      throw RedflagException.badInput(uri + ": download failed (" + describe(e) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RedflagException.failure(uri + ": interrupted", e);
    }
  }

  private List<Feed.Item> read(URI uri, HttpResponse<InputStream> response) {
    OptionalLong length = response.headers().firstValueAsLong("Content-Length");
    if (length.isPresent() && length.getAsLong() > limits.maxBytes()) {
      close(response);
      throw limits.tooLarge(uri.toString());
    }
    String type = response.headers().firstValue("Content-Type").orElse("text/html");
    String mime = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = limits.read(in, uri.toString());
    } catch (IOException e) {
      throw RedflagException.badInput(uri + ": download failed (" + describe(e) + ")");
    }
    String name = uri.toString();
    if (mime.equals("text/html") || mime.equals("application/xhtml+xml")) {
      return one(Html.parse(new String(bytes, charset(type)), name));
    }
    if (mime.equals("text/plain")) {
      return one(Text.parse(Text.decode(bytes, name), name));
    }
    if (mime.equals("application/pdf")) {
      return one(Pdf.parse(bytes, name, limits.maxBytes()));
    }
    if (FEED_TYPES.contains(mime)) {
      return Feed.items(bytes, name);
    }
    throw RedflagException.badInput(
        uri
            + ": unsupported content type "
            + mime
            + " (expected HTML, plain text, PDF or an RSS/Atom feed)");
  }

  private static List<Feed.Item> one(Document doc) {
    return List.of(new Feed.Item(doc, false));
  }

  private static Charset charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").trim());
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // nothing more to read from a response we are discarding
    }
  }
}
