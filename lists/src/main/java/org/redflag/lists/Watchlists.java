package org.redflag.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.redflag.model.WatchlistEntry;

/**
 * Entry point to the watchlists: the offline snapshot bundled in the jar and the snapshot in force
 * under a redflag home directory.
 */
public final class Watchlists {
  static final String BUNDLED = "/org/redflag/lists/bundled/";

  private Watchlists() {}

  /**
   * The offline snapshot shipped in the jar: OFAC SDN (2021-07, with aliases), the US Consolidated
   * Screening List, the UN Security Council list and the BIS Denied Persons List.
   *
   * @throws UncheckedIOException when the bundled resources cannot be read (a broken jar)
   */
  public static Snapshot bundled() {
    return BundledHolder.SNAPSHOT;
  }

  /**
   * The snapshot in force under the redflag home directory {@code home} ({@code ~/.redflag} or
   * {@code --home}): the latest one imported or updated there, or the {@linkplain #bundled()
   * bundled} one when nothing was.
   *
   * @throws UncheckedIOException when the snapshot there cannot be read
   * @throws ListFormatException when a file of the snapshot there is damaged
   */
  public static Snapshot current(Path home) {
    try {
      return WatchlistStore.at(home).current();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the watchlist snapshot under " + home, e);
    }
  }

  /**
   * Reads the files of one source into a snapshot of that source alone, without storing anything
   * (e.g. to compare two downloads).
   *
   * @throws ListFormatException when a file is not in the source's format
   * @throws UnsupportedOperationException when redflag cannot read the source yet
   * @throws IOException when a file cannot be read
   */
  public static Snapshot read(Source source, List<Path> files) throws IOException {
    List<WatchlistEntry> entries = new ArrayList<>();
    String date = source.reader().read(ListFiles.of(files), entries::add);
    String origin = files.stream().map(Path::toString).collect(Collectors.joining(" "));
    return new Snapshot(
        entries,
        List.of(
            new SourceStatus(
                source.id(),
                date != null ? date : LocalDate.now(ZoneOffset.UTC).toString(),
                entries.size(),
                origin)));
  }

  static Manifest bundledManifest() throws IOException {
    try (InputStream in = resource(Manifest.FILE_NAME)) {
      return Manifest.parse(in, BUNDLED + Manifest.FILE_NAME);
    }
  }

  static SnapshotLoader.Dir bundledDir() {
    return new SnapshotLoader.Dir() {
      @Override
      public InputStream open(String fileName) throws IOException {
        return resource(fileName);
      }

      @Override
      public String describe(String fileName) {
        return BUNDLED + fileName;
      }
    };
  }

  private static InputStream resource(String fileName) throws IOException {
    InputStream in = Watchlists.class.getResourceAsStream(BUNDLED + fileName);
    if (in == null) {
      throw new IOException("missing bundled resource " + BUNDLED + fileName);
    }
    return in;
  }

  /** Loads the bundled snapshot once, on first use. */
  private static final class BundledHolder {
    static final Snapshot SNAPSHOT = load();

    private static Snapshot load() {
      try {
        return SnapshotLoader.load(bundledManifest(), bundledDir(), "bundled");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled watchlist snapshot", e);
      }
    }
  }
}
