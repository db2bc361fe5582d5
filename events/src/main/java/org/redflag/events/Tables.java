package org.redflag.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The tab-separated tables bundled with the coder: {@code #} comments and blank lines skipped. */
final class Tables {

  private Tables() {}

  /** The rows of bundled resource {@code name}, each split at tabs. */
  static List<String[]> rows(String name) {
    try (InputStream in = Objects.requireNonNull(Tables.class.getResourceAsStream(name), name)) {
      return rows(in);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  /** The rows of a table read from {@code in}, each split at tabs. */
  static List<String[]> rows(InputStream in) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    return rows;
  }
}
