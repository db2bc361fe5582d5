package org.redflag.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the data files under {@code org/redflag/match/}: {@code #} starts a comment line. */
final class Resources {
  private Resources() {}

  static List<String> lines(String file) {
    try (InputStream in = Resources.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/redflag/match/" + file);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + file, e);
    }
  }

  static Set<String> wordSet(String file) {
    Set<String> words = new HashSet<>();
    for (String line : lines(file)) {
      words.add(line.toLowerCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(words);
  }
}
