package org.redflag.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The lemma -> PLOVER table ({@code plover.tsv}): one entry per lemma and part of speech. */
final class Dictionary {

  /**
   * One coded predicate; {@code needs} is empty or a set of lemmas one of which must be near;
   * {@code learned} when the typer made it up, not the table.
   */
  record Entry(
      String lemma,
      boolean noun,
      String type,
      @Nullable String mode,
      List<String> context,
      String cameo,
      Set<String> needs,
      boolean learned) {}

  private final Map<String, Entry> verbs = new HashMap<>();
  private final Map<String, Entry> nouns = new HashMap<>();

  Dictionary(List<Entry> entries) {
    for (Entry e : entries) {
      (e.noun() ? nouns : verbs).put(e.lemma(), e);
    }
  }

  static Dictionary bundled() {
    try (InputStream in =
        Objects.requireNonNull(Dictionary.class.getResourceAsStream("plover.tsv"), "plover.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Entry> entries = new java.util.ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 7) {
          throw new IllegalStateException("plover.tsv: 7 columns expected: " + line);
        }
        entries.add(
            new Entry(
                f[0],
                f[1].equals("N"),
                f[2],
                f[3].equals("-") ? null : f[3],
                f[4].equals("-") ? List.of() : List.of(f[4].split(";")),
                f[5],
                f[6].equals("-") ? Set.of() : Set.of(f[6].split("\\|")),
                false));
      }
      return new Dictionary(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry for a word with this lemma and Penn tag, or null. */
  @Nullable Entry find(String lemma, String pos) {
    if (pos.startsWith("VB")) {
      return verbs.get(lemma);
    }
    if (pos.startsWith("NN")) {
      return nouns.get(lemma);
    }
    return null;
  }
}
