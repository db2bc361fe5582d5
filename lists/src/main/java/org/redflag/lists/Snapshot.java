package org.redflag.lists;

import java.util.List;
import org.redflag.model.WatchlistEntry;

/**
 * The watchlist entries in force at one time, with what each source contributed.
 *
 * @param entries every entry of every source, in source order then file order
 * @param sources one status per source, in the order the sources were read
 */
public record Snapshot(List<WatchlistEntry> entries, List<SourceStatus> sources) {
  public Snapshot {
    entries = List.copyOf(entries);
    sources = List.copyOf(sources);
  }
}
