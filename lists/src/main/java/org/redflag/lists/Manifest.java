package org.redflag.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table of contents of a snapshot directory ({@code manifest.tsv}): one line per source with
 * its data date, origin, entry count ({@code -1} when not counted) and file names, tab-separated;
 * {@code #} starts a comment.
 *
 * @param items one per source, in reading order
 */
record Manifest(List<Item> items) {
  static final String FILE_NAME = "manifest.tsv";

  Manifest {
    items = List.copyOf(items);
  }

  /**
   * One source of a snapshot.
   *
   * @param source the source
   * @param date ISO data date
   * @param origin where the files came from (a URL, a path, or a provenance note)
   * @param count entries read when the snapshot was made, or -1
   * @param files file names inside the snapshot directory
   */
  record Item(Source source, String date, String origin, int count, List<String> files) {
    Item {
      files = List.copyOf(files);
    }
  }

  static Manifest parse(InputStream in, String name) throws IOException {
    List<Item> items = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 5) {
          throw new ListFormatException(
              name, n, "expected 5 tab-separated cells (source, date, origin, count, files)");
        }
        try {
          items.add(
              new Item(
                  Source.fromId(cells[0].strip()),
                  cells[1].strip(),
                  cells[2].strip(),
                  Integer.parseInt(cells[3].strip()),
                  Arrays.asList(cells[4].strip().split("\\s+"))));
        } catch (IllegalArgumentException e) {
          throw new ListFormatException(name, n, e.getMessage());
        }
      }
    }
    return new Manifest(items);
  }

  String format() {
    StringBuilder s = new StringBuilder("# source\tdate\torigin\tcount\tfiles\n");
    for (Item i : items) {
      s.append(i.source().id())
          .append('\t')
          .append(i.date())
          .append('\t')
          .append(i.origin().replace('\t', ' ').replace('\n', ' '))
          .append('\t')
          .append(i.count())
          .append('\t')
          .append(String.join(" ", i.files()))
          .append('\n');
    }
    return s.toString();
  }
}
