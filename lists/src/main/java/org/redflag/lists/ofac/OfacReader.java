package org.redflag.lists.ofac;

import java.io.IOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListReader;
import org.redflag.model.WatchlistEntry;

/**
 * Reads an OFAC list in whichever form it is given: the enhanced XML (a {@code .xml} or {@code
 * .zip} file) or the legacy CSV set.
 */
public final class OfacReader implements ListReader {
  private final String source;

  /** A reader producing entries of {@code source}, e.g. {@code ofac-sdn} or {@code ofac-cons}. */
  public OfacReader(String source) {
    this.source = source;
  }

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    boolean xml = false;
    for (ListFile f : files.files()) {
      xml |= f.baseName().endsWith(".xml") || f.baseName().endsWith(".zip");
    }
    return xml
        ? new OfacXmlReader(source).read(files, sink)
        : new OfacCsvReader(source).read(files, sink);
  }
}
