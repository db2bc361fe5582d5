package org.redflag.lists;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.redflag.model.WatchlistEntry;

/**
 * Reads every source listed in a snapshot directory's manifest, the sources in parallel (one thread
 * per core), and composes them into one {@link Snapshot} (see {@link Overlaps}).
 */
final class SnapshotLoader {
  /** A directory of snapshot files: the bundled resources or a directory on disk. */
  interface Dir {
    /** Opens a file of the directory. */
    InputStream open(String fileName) throws IOException;

    /** How to name a file in messages, e.g. its path. */
    String describe(String fileName);
  }

  private SnapshotLoader() {}

  /**
   * Loads the snapshot; {@code origin}, when not null, replaces the manifest's origins (the bundled
   * snapshot says {@code bundled}).
   */
  static Snapshot load(Manifest manifest, Dir dir, @Nullable String origin) throws IOException {
    List<CompletableFuture<Read>> reads = new ArrayList<>();
    int threads = Math.min(manifest.items().size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(threads, 1),
            r -> {
              Thread t = new Thread(r, "redflag-list-reader");
              t.setDaemon(true);
              return t;
            });
    for (Manifest.Item item : manifest.items()) {
      reads.add(CompletableFuture.supplyAsync(() -> read(item, dir), pool));
    }
    Map<Source, List<WatchlistEntry>> bySource = new LinkedHashMap<>();
    Map<Source, String> dates = new LinkedHashMap<>();
    try {
      for (int i = 0; i < reads.size(); i++) {
        Manifest.Item item = manifest.items().get(i);
        Read read = reads.get(i).join();
        bySource.put(item.source(), read.entries());
        String date = item.date();
        if (date.isEmpty()) {
          date = read.date() != null ? read.date() : LocalDate.now(ZoneOffset.UTC).toString();
        }
        dates.put(item.source(), date);
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
    Map<Source, List<WatchlistEntry>> kept = Overlaps.removeDuplicates(bySource);
    List<WatchlistEntry> entries = new ArrayList<>();
    List<SourceStatus> statuses = new ArrayList<>();
    for (Manifest.Item item : manifest.items()) {
      List<WatchlistEntry> list = kept.get(item.source());
      entries.addAll(list);
      statuses.add(
          new SourceStatus(
              item.source().id(),
              dates.get(item.source()),
              list.size(),
              origin != null ? origin : item.origin()));
    }
    return new Snapshot(entries, statuses);
  }

  /** What one reader gave: its entries and the data date the files state, if any. */
  private record Read(List<WatchlistEntry> entries, @Nullable String date) {}

  private static Read read(Manifest.Item item, Dir dir) {
    List<ListFile> files = new ArrayList<>();
    for (String f : item.files()) {
      files.add(new ListFile(dir.describe(f), () -> dir.open(f)));
    }
    List<WatchlistEntry> entries = new ArrayList<>();
    try {
      String date = item.source().reader().read(new ListFiles(files), entries::add);
      return new Read(entries, date);
    } catch (IOException e) {
      throw new CompletionException(e);
    }
  }
}
