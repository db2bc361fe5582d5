package org.redflag.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Downloads list files with the JDK HTTP client: timeouts, retries with doubling delays on network
 * errors and 5xx/429 answers, a size limit, and a content-type check (an HTML page is never a
 * list). The request timeout bounds the whole download, body included, and the body is checked
 * against its declared length, so a stalled or truncated download fails.
 */
final class Downloader {
  /** Content types that may carry a list; a missing content type is accepted too. */
  private static final List<String> ACCEPTED =
      List.of(
          "text/csv",
          "text/plain",
          "text/tab-separated-values",
          "text/xml",
          "application/xml",
          "application/csv",
          "application/json",
          "application/x-ndjson",
          "application/zip",
          "application/x-zip-compressed",
          "application/gzip",
          "application/x-gzip",
          "application/octet-stream",
          "binary/octet-stream",
          "application/vnd.ms-excel");

  private final UpdateConfig config;
  private final HttpClient client;

  Downloader(UpdateConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A download that failed for good; the message says why in one line. */
  static final class DownloadException extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    DownloadException(String message, boolean retryable) {
      super(message);
      this.retryable = retryable;
    }
  }

  /**
   * Downloads {@code uri} into {@code target}, trying up to {@code attempts} times.
   *
   * @throws IOException with a one-line reason when every attempt failed
   */
  void download(URI uri, Path target) throws IOException {
    IOException last = null;
    long delay = config.retryDelay().toMillis();
    for (int attempt = 1; attempt <= config.attempts(); attempt++) {
      try {
        once(uri, target);
        return;
      } catch (DownloadException e) {
        last = e;
        if (!e.retryable) {
          break;
        }
      } catch (IOException e) {
        last = new IOException(oneLine(e), e);
      }
      if (attempt < config.attempts()) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
        delay *= 2;
      }
    }
    throw last;
  }

  private void once(URI uri, Path target) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.requestTimeout())
            .header("User-Agent", "redflag")
            .GET()
            .build();
    HttpResponse.BodyHandler<Long> handler =
        info ->
            info.statusCode() == 200 && typeProblem(info.headers()) == null
                ? new FileSubscriber(target, config.maxBytes())
                : HttpResponse.BodySubscribers.replacing(-1L);
    CompletableFuture<HttpResponse<Long>> future = client.sendAsync(request, handler);
    HttpResponse<Long> response;
    try {
      response = future.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new DownloadException(
          "no complete answer within " + config.requestTimeout().toSeconds() + " s", true);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DownloadException d) {
        throw d;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(cause), cause);
    }
    int status = response.statusCode();
    if (status != 200) {
      throw new DownloadException("HTTP " + status, status >= 500 || status == 429);
    }
    String problem = typeProblem(response.headers());
    if (problem != null) {
      throw new DownloadException(problem, false);
    }
    long count = response.body();
    OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
    if (declared.isPresent() && count != declared.getAsLong()) {
      throw new DownloadException(
          "truncated: received " + count + " of " + declared.getAsLong() + " bytes", true);
    }
    if (count == 0) {
      throw new DownloadException("empty file", true);
    }
  }

  private @Nullable String typeProblem(HttpHeaders headers) {
    String type = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    String mime = type.split(";")[0].strip();
    if (!mime.isEmpty() && !ACCEPTED.contains(mime)) {
      return "unexpected content type '" + mime + "' (an error page, not a list?)";
    }
    OptionalLong declared = headers.firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() > config.maxBytes()) {
      return "file of "
          + declared.getAsLong()
          + " bytes exceeds the limit of "
          + config.maxBytes()
          + " bytes";
    }
    return null;
  }

  /** Writes a response body to a file, failing once it grows beyond the limit. */
  private static final class FileSubscriber implements HttpResponse.BodySubscriber<Long> {
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final Path target;
    private final long max;
    private @Nullable OutputStream out;
    private Flow.@Nullable Subscription subscription;
    private long count;

    FileSubscriber(Path target, long max) {
      this.target = target;
      this.max = max;
    }

    @Override
    public CompletionStage<Long> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      try {
        out = Files.newOutputStream(target);
        s.request(1);
      } catch (IOException e) {
        s.cancel();
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      try {
        for (ByteBuffer b : buffers) {
          count += b.remaining();
          if (count > max) {
            throw new DownloadException("download exceeds the limit of " + max + " bytes", false);
          }
          byte[] bytes = new byte[b.remaining()];
          b.get(bytes);
          out.write(bytes);
        }
        subscription.request(1);
      } catch (IOException e) {
        subscription.cancel();
        close();
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable t) {
      close();
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      close();
      result.complete(count);
    }

    private void close() {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException e) {
        result.completeExceptionally(e);
      }
    }
  }

  private static String oneLine(IOException e) {
    String m = null;
    for (Throwable t = e; t != null && m == null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        m = t.getMessage();
      }
    }
    String kind = e.getClass().getSimpleName();
    if (m == null) {
      return kind.equals("ConnectException") ? "cannot connect (" + kind + ")" : kind;
    }
    int nl = m.indexOf('\n');
    return (nl >= 0 ? m.substring(0, nl) : m) + " (" + kind + ")";
  }
}
