package org.redflag.match;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/**
 * Replaces native-script name words with their customary romanization before ICU transliteration
 * ({@code script_names.tsv}): Arabic, Persian and Hebrew words whose vowels the script leaves out,
 * Japanese kanji names ({@code 山田太郎} → {@code yamada taro}), Korean surnames ({@code 김정은} → {@code
 * kim 정 은}, the given name's syllables then transliterated one by one).
 */
final class ScriptNames {
  private static final Map<String, String> NAMES = load();
  private static final int MAX_WORDS = 3;

  private ScriptNames() {}

  static String apply(String text) {
    String[] words = stripArabicMarks(text).trim().split("\\s+");
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < words.length) {
      int used = 0;
      String replacement = null;
      for (int n = Math.min(MAX_WORDS, words.length - i); n >= 1 && replacement == null; n--) {
        String key = String.join(" ", java.util.Arrays.asList(words).subList(i, i + n));
        replacement = NAMES.get(key);
        used = n;
      }
      if (replacement == null) {
        replacement = word(words[i]);
        used = 1;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(replacement);
      i += used;
    }
    return out.toString();
  }

  private static String word(String word) {
    if (word.isEmpty()) {
      return word;
    }
    int script = UScript.getScript(word.codePointAt(0));
    if (script == UScript.HAN) {
      String japanese = segment(word);
      return japanese == null ? word : japanese;
    }
    if (script == UScript.HANGUL && word.length() >= 2 && word.length() <= 4) {
      StringBuilder out = new StringBuilder();
      String surname = NAMES.get(word.substring(0, 1));
      out.append(surname == null ? word.substring(0, 1) : surname);
      for (int k = 1; k < word.length(); k++) {
        out.append(' ').append(word.charAt(k));
      }
      return out.toString();
    }
    return word;
  }

  /** Readings of a kanji word made only of dictionary entries, longest first, or null. */
  private static String segment(String word) {
    StringBuilder out = new StringBuilder();
    int p = 0;
    while (p < word.length()) {
      String hit = null;
      int len = Math.min(3, word.length() - p);
      for (; len >= 1; len--) {
        hit = NAMES.get(word.substring(p, p + len));
        if (hit != null) {
          break;
        }
      }
      if (hit == null || len == word.length()) {
        return len == word.length() && hit != null ? hit : null;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(hit);
      p += len;
    }
    return out.toString();
  }

  /** Drops Arabic short-vowel marks and the tatweel, which lists and the press write rarely. */
  private static String stripArabicMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String line : Resources.lines("script_names.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("script_names.tsv: expected 2 columns in: " + line);
      }
      map.putIfAbsent(cols[0].strip(), cols[1].strip());
    }
    return Map.copyOf(map);
  }
}
