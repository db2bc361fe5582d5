package org.redflag.match;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Korean reading of a name written in Han characters ({@code hanja_korean.tsv}): 金正恩 is also
 * read {@code kim jong un}, besides the Chinese pinyin ICU gives. A second reading only, tried
 * beside the first; names with a character the table does not know have none.
 */
final class KoreanReadings {
  private static final Map<Integer, String> READINGS = load();

  /** Korean given names have one or two syllables after a one-syllable surname. */
  private static final int MAX_SYLLABLES = 4;

  private KoreanReadings() {}

  /**
   * The Korean reading of {@code name}, one token per syllable, or {@code null} when the name is
   * not two to four Han characters that all have a reading (spaces ignored).
   */
  static @Nullable String of(String name) {
    StringBuilder out = new StringBuilder();
    int syllables = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      String reading = READINGS.get(cp);
      if (reading == null || ++syllables > MAX_SYLLABLES) {
        return null;
      }
      out.append(out.length() == 0 ? "" : " ").append(reading);
    }
    return syllables >= 2 ? out.toString() : null;
  }

  private static Map<Integer, String> load() {
    Map<Integer, String> map = new HashMap<>();
    for (String line : Resources.lines("hanja_korean.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[0].codePointCount(0, cols[0].length()) != 1) {
        throw new IllegalStateException("hanja_korean.tsv: expected hanja<TAB>reading in: " + line);
      }
      map.putIfAbsent(cols[0].codePointAt(0), cols[1]);
    }
    return Map.copyOf(map);
  }
}
