package org.redflag.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The lemma -> PLOVER tables: one entry per lemma and part of speech. */
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
      (e.noun() ? nouns : verbs).putIfAbsent(e.lemma(), e);
    }
  }

  /**
   * The curated table {@code plover.tsv}, then the broader {@code codebook.tsv} written from the
   * CAMEO code descriptions; for a lemma and part of speech in both, the curated entry wins.
   */
  static Dictionary bundled() {
    return of("plover.tsv", "codebook.tsv");
  }

  /** The tables bundled as these resources; for a lemma in several, the first table wins. */
  static Dictionary of(String... resources) {
    List<Entry> entries = new ArrayList<>();
    for (String resource : resources) {
      entries.addAll(read(resource));
    }
    return new Dictionary(entries);
  }

  private static List<Entry> read(String resource) {
    List<Entry> entries = new ArrayList<>();
    for (String[] f : Tables.rows(resource)) {
      if (f.length != 7 || !SentenceTyper.CLASS_OF.containsKey(f[2])) {
        throw new IllegalStateException(
            resource + ": 7 columns and a PLOVER type expected: " + String.join("\t", f));
      }
      entries.add(
          new Entry(
              f[0],
              f[1].equals("N"),
              f[2],
              f[3].equals("-") ? null : f[3],
              f[4].equals("-") ? List.of() : List.of(f[4].split(";")),
              f[5],
              f[6].equals("-") ? Set.of() : Set.copyOf(List.of(f[6].split("\\|"))),
              false));
    }
    return entries;
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
