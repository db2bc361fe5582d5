package org.redflag.lists;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One file of a list, opened on demand: gzip is undone transparently, a zip archive is read as its
 * first file, and no file may expand beyond {@link #MAX_BYTES} (the guard against gzip and zip
 * bombs).
 */
public final class ListFile {
  /** The most bytes one list file may hold once decompressed (the largest real list is ~60 MB). */
  public static final long MAX_BYTES = 512L * 1024 * 1024;

  /** Opens the raw bytes of a list file. */
  @FunctionalInterface
  public interface Opener {
    /** Opens a new stream over the raw (possibly gzip-compressed) bytes. */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;
  private final long maxBytes;

  /**
   * Creates a file named {@code name} (a path or resource name; shown in errors) read by {@code
   * opener}.
   */
  public ListFile(String name, Opener opener) {
    this(name, opener, MAX_BYTES);
  }

  /**
   * Creates a file that may expand to at most {@code maxBytes}.
   *
   * @throws IllegalArgumentException when {@code maxBytes} is not positive
   */
  public ListFile(String name, Opener opener, long maxBytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.opener = Objects.requireNonNull(opener, "opener");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A file on disk. */
  public static ListFile of(Path path) {
    return new ListFile(path.toString(), () -> Files.newInputStream(path));
  }

  /** The name as given, e.g. a path; used in error messages. */
  public String name() {
    return name;
  }

  /**
   * The file's base name in lower case without a {@code .gz} suffix, e.g. {@code sdn.csv}; readers
   * tell the files of a source apart by it.
   */
  public String baseName() {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    base = base.toLowerCase(Locale.ROOT);
    return base.endsWith(".gz") ? base.substring(0, base.length() - 3) : base;
  }

  /** Opens the decompressed bytes (of the first file, for a zip archive). */
  public InputStream open() throws IOException {
    InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new Limited(new GZIPInputStream(raw, 1 << 16), name, maxBytes);
    }
    if (b1 == 'P' && b2 == 'K') {
      return new Limited(firstZipEntry(raw), name, maxBytes);
    }
    return new Limited(raw, name, maxBytes);
  }

  /** Positions a zip stream at its first file: OFAC publishes its XML as a one-file zip. */
  private InputStream firstZipEntry(InputStream raw) throws IOException {
    ZipInputStream zip = new ZipInputStream(raw);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (!e.isDirectory()) {
        return zip;
      }
    }
    zip.close();
    throw new ListFormatException(name, 0, "zip archive without a file");
  }

  /** Opens the decompressed text as UTF-8 (malformed bytes become U+FFFD). */
  public Reader openReader() throws IOException {
    return new InputStreamReader(open(), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Fails once more than the limit was read: the guard against gzip and zip bombs. */
  private static final class Limited extends FilterInputStream {
    private final String name;
    private final long max;
    private long count;

    Limited(InputStream in, String name, long max) {
      super(in);
      this.name = name;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > max) {
        throw new ListFormatException(
            name, 0, "file expands beyond the limit of " + max + " bytes");
      }
    }
  }
}
