package org.redflag.lists;

import java.io.IOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.model.WatchlistEntry;

/** Reads the files one source publishes into watchlist entries, streaming. */
@FunctionalInterface
public interface ListReader {
  /**
   * Reads every entry in {@code files} and passes each to {@code sink} as soon as it is complete.
   *
   * @return the date the files say the data is of (ISO), or {@code null} when they don't say
   * @throws ListFormatException when a file is not in the source's format
   * @throws IOException when a file cannot be read
   */
  @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException;
}
