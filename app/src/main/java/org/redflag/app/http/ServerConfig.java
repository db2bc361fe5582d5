package org.redflag.app.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.RedflagException;

/**
 * How {@code redflag serve} runs.
 *
 * @param home the redflag home (watchlists, store)
 * @param host the address to bind
 * @param port the port to bind, 0 for any free one
 * @param apiKeys keys accepted in {@code Authorization: Bearer KEY} or {@code X-API-Key}; none
 *     means no authentication, which is allowed on a loopback address only
 * @param maxBodyBytes largest accepted request body
 * @param maxBatch most queries in one {@code /match} request
 * @param analysisThreads documents analyzed at once; other analysis requests wait
 */
public record ServerConfig(
    Path home,
    String host,
    int port,
    Set<String> apiKeys,
    long maxBodyBytes,
    int maxBatch,
    int analysisThreads) {

  /** Default bind address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Default port. */
  public static final int DEFAULT_PORT = 8080;

  /** Default body limit: 10 MiB, as for files and downloads. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L << 20;

  /** Default batch limit of {@code /match}. */
  public static final int DEFAULT_MAX_BATCH = 500;

  /** Environment variable with comma-separated API keys. */
  public static final String KEYS_ENV = "REDFLAG_API_KEYS";

  public ServerConfig {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(host, "host");
    apiKeys = Set.copyOf(apiKeys);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (maxBodyBytes < 1 || maxBatch < 1 || analysisThreads < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Defaults for {@code home}: loopback, port 8080, keys from {@code REDFLAG_API_KEYS}. */
  public static ServerConfig defaults(Path home) {
    return new ServerConfig(
        home,
        DEFAULT_HOST,
        DEFAULT_PORT,
        parseKeys(System.getenv(KEYS_ENV)),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_BATCH,
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** Comma-separated keys; blanks dropped. */
  public static Set<String> parseKeys(@Nullable String value) {
    Set<String> keys = new LinkedHashSet<>();
    if (value != null) {
      Arrays.stream(value.split(","))
          .map(String::trim)
          .filter(k -> !k.isEmpty())
          .forEach(keys::add);
    }
    return keys;
  }

  /** A copy on another address and port. */
  public ServerConfig withAddress(String newHost, int newPort) {
    return new ServerConfig(
        home, newHost, newPort, apiKeys, maxBodyBytes, maxBatch, analysisThreads);
  }

  /** A copy accepting these keys. */
  public ServerConfig withApiKeys(Set<String> keys) {
    return new ServerConfig(home, host, port, keys, maxBodyBytes, maxBatch, analysisThreads);
  }

  /** A copy with other body and batch limits. */
  public ServerConfig withLimits(long newMaxBodyBytes, int newMaxBatch) {
    return new ServerConfig(
        home, host, port, apiKeys, newMaxBodyBytes, newMaxBatch, analysisThreads);
  }

  /**
   * Refuses to serve without keys on an address other hosts can reach.
   *
   * @throws RedflagException (bad input) when the host is not loopback and no key is configured, or
   *     the host is unknown
   */
  public void requireSafe() {
    if (!apiKeys.isEmpty()) {
      return;
    }
    boolean loopback;
    try {
      loopback =
          Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
    } catch (UnknownHostException e) {
      throw RedflagException.badInput("unknown host to bind: " + host);
    }
    if (!loopback) {
      throw RedflagException.badInput(
          "refusing to serve on "
              + host
              + " without API keys: set "
              + KEYS_ENV
              + " (comma-separated) or bind to 127.0.0.1");
    }
  }
}
