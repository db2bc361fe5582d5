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
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
