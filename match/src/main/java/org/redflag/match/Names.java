package org.redflag.match;

import java.util.List;

/**
 * Normalizes and compares person and organization names; the same code prepares list entries for
 * the index and queries for search.
 */
public final class Names {
  private Names() {}

  /**
   * Returns the comparable form of a name: NFKC, case folded, transliterated to ASCII Latin
   * (Cyrillic with BGN/PCGN conventions for Russian, Belarusian and Ukrainian, Han as pinyin),
   * punctuation removed, honorifics and titles dropped, company legal forms in one canonical
   * spelling; tokens separated by single spaces. For example {@code "Лукашэнка, Аляксандр"} becomes
   * {@code "lukashenka alyaksandr"} and {@code "Rosneft Oil Company, Public Joint Stock"} keeps its
   * words with {@code "company"} as {@code "co"}.
   */
  public static String normalize(String name) {
    return String.join(" ", Normalizer.tokens(name));
  }

  /** Returns the tokens of {@link #normalize(String)}. */
  public static List<String> tokens(String name) {
    return Normalizer.tokens(name);
  }

  /**
   * The ways to read a name: the name itself, and for a Korean name written in Han characters its
   * Korean reading as well ({@code 金正恩} -> {@code kim jong un}).
   */
  static List<String> readings(String name) {
    String korean = KoreanReadings.of(name);
    return korean == null ? List.of(name) : List.of(name, korean);
  }

  /**
   * Returns how similar two names are, from 0 (nothing in common) to 1 (the same normalized
   * tokens). Tokens are aligned one to one regardless of order; each pair is compared with an edit
   * distance that treats transliteration variants as cheap ({@code alexander~alyaksandr}, {@code
   * lukashenko~lukashenka}, {@code grigorievich~hryhoryavich}); tokens left without a partner lower
   * the score.
   */
  public static double similarity(String a, String b) {
    return Alignment.align(tokens(a), tokens(b)).symmetricScore();
  }
}
