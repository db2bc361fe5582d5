package org.redflag.app.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.redflag.model.RedflagException;

/**
 * Bounds on what one input may cost.
 *
 * @param maxBytes largest accepted input, in bytes (files, downloads and standard input)
 * @param connectTimeout how long to wait for a server to accept a connection
 * @param requestTimeout how long a whole download may take
 * @param maxRedirects how many HTTP redirects to follow
 */
public record Limits(
    long maxBytes, Duration connectTimeout, Duration requestTimeout, int maxRedirects) {

  /** 10 MiB, 10 s to connect, 30 s per download, 5 redirects. */
  public static final Limits DEFAULT =
      new Limits(10L << 20, Duration.ofSeconds(10), Duration.ofSeconds(30), 5);

  public Limits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
  }

  /**
   * Reads a stream to its end, failing as soon as it passes {@link #maxBytes}.
   *
   * @throws RedflagException when the stream is larger than the limit
   */
  public byte[] read(InputStream in, String name) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge(name);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw RedflagException.failure(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The error for an input over the size limit. */
  RedflagException tooLarge(String name) {
    return RedflagException.badInput(
        name + ": larger than the limit of " + maxBytes / 1024 + " KiB (raise it with --max-size)");
  }

  /** Returns a copy with another size limit. */
  public Limits withMaxBytes(long bytes) {
    return new Limits(bytes, connectTimeout, requestTimeout, maxRedirects);
  }
}
