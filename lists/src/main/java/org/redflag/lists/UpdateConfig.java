package org.redflag.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How {@code lists update} downloads: the URLs of each source and the limits of every download.
 *
 * @param urls the files to download per source; a source with several files lists them all
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for one whole download
 * @param attempts how often a download is tried before the source fails (at least 1)
 * @param retryDelay the wait before the second attempt; it doubles for each further one
 * @param maxBytes the most bytes one downloaded file may have
 */
public record UpdateConfig(
    Map<Source, List<URI>> urls,
    Duration connectTimeout,
    Duration requestTimeout,
    int attempts,
    Duration retryDelay,
    long maxBytes) {

  /** The default limit of one download: 200 MB (the largest official list is ~60 MB). */
  public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

  public UpdateConfig {
    Map<Source, List<URI>> copy = new EnumMap<>(Source.class);
    urls.forEach((s, u) -> copy.put(s, List.copyOf(u)));
    urls = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryDelay, "retryDelay");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
  }

  /**
   * The official URLs (resource {@code org/redflag/lists/sources.properties}), 20 s to connect, 5
   * minutes per download, 3 attempts 2 s apart then 4 s, and {@link #DEFAULT_MAX_BYTES}.
   */
  public static UpdateConfig defaults() {
    try (InputStream in = UpdateConfig.class.getResourceAsStream("sources.properties")) {
      if (in == null) {
        throw new IOException("missing resource sources.properties");
      }
      return new UpdateConfig(
              Map.of(),
              Duration.ofSeconds(20),
              Duration.ofMinutes(5),
              3,
              Duration.ofSeconds(2),
              DEFAULT_MAX_BYTES)
          .withProperties(in, "sources.properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This configuration with the URLs of a properties file ({@code SOURCE = URL [URL...]}) on top,
   * when the file exists.
   *
   * @throws IllegalArgumentException when a key is not a source id or a URL is malformed
   */
  public UpdateConfig withPropertiesFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return this;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return withProperties(in, file.toString());
    }
  }

  private UpdateConfig withProperties(InputStream in, String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    UpdateConfig c = this;
    for (String key : p.stringPropertyNames()) {
      Source source;
      try {
        source = Source.fromId(key.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
      c =
          c.withUrls(
              source,
              Arrays.stream(p.getProperty(key).strip().split("\\s+"))
                  .filter(s -> !s.isEmpty())
                  .map(URI::create)
                  .toList());
    }
    return c;
  }

  /** This configuration with {@code source} downloaded from {@code sourceUrls}. */
  public UpdateConfig withUrls(Source source, List<URI> sourceUrls) {
    Map<Source, List<URI>> m = new EnumMap<>(Source.class);
    m.putAll(urls);
    m.put(source, sourceUrls);
    return new UpdateConfig(m, connectTimeout, requestTimeout, attempts, retryDelay, maxBytes);
  }

  /** This configuration with other limits. */
  public UpdateConfig withLimits(
      Duration connect, Duration request, int tries, Duration delay, long max) {
    return new UpdateConfig(urls, connect, request, tries, delay, max);
  }
}
