package org.redflag.match;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The normalization pipeline behind {@link Names#normalize(String)}.
 *
 * <p>Stages, in order: NFKC; transliteration of non-ASCII text (Cyrillic by BGN/PCGN tables picked
 * by language-specific letters, Han runs as pinyin with the given name joined, everything else by
 * ICU {@code Any-Latin; Latin-ASCII}); lower case; apostrophes and dots deleted, other punctuation
 * turned into spaces; honorifics dropped unless nothing else is left; legal forms rewritten to one
 * spelling ({@link LegalForms}).
 */
final class Normalizer {
  private static final String TO_ASCII = "Any-Latin; Latin-ASCII";
  private static final String BELARUSIAN = "Belarusian-Latin/BGN; " + TO_ASCII;
  private static final String UKRAINIAN = "Ukrainian-Latin/BGN; " + TO_ASCII;
  private static final String RUSSIAN = "Russian-Latin/BGN; " + TO_ASCII;
  private static final String HAN = "Han-Latin; " + TO_ASCII;

  private static final ThreadLocal<Map<String, Transliterator>> TRANSLITERATORS =
      ThreadLocal.withInitial(HashMap::new);

  /**
   * Characters deleted without splitting the token: dots of abbreviations, apostrophes, the BGN
   * soft and hard sign marks, the BGN separator dot, zero-width joiners.
   */
  private static final String DELETED =
      ".'`\u2019\u02B9\u02BA\u02BB\u02BC\u02BE\u02BF\u00B4\u00B7\u200C\u200D";

  private static final Set<String> HONORIFICS = Resources.wordSet("honorifics.txt");

  private Normalizer() {}

  static List<String> tokens(String name) {
    String text = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
    if (!isAscii(text)) {
      text = toLatin(ScriptNames.apply(text));
    }
    List<String> tokens = split(text.toLowerCase(Locale.ROOT));
    tokens = dropHonorifics(tokens);
    return LegalForms.canonical(tokens);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String toLatin(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      int script = scriptOf(text.codePointAt(i));
      int j = i;
      while (j < text.length()) {
        int cp = text.codePointAt(j);
        int s = scriptOf(cp);
        if (s != script && s != UScript.COMMON && s != UScript.INHERITED) {
          break;
        }
        j += Character.charCount(cp);
      }
      String run = text.substring(i, j);
      out.append(transliterateRun(run, script));
      i = j;
    }
    return out.toString();
  }

  private static int scriptOf(int cp) {
    return UScript.getScript(cp);
  }

  private static String transliterateRun(String run, int script) {
    switch (script) {
      case UScript.CYRILLIC:
        return transliterator(cyrillicTable(run)).transliterate(run);
      case UScript.HAN:
        return " " + hanName(run) + " ";
      case UScript.LATIN:
      case UScript.COMMON:
      case UScript.INHERITED:
      default:
        return transliterator(TO_ASCII).transliterate(run);
    }
  }

  /** Picks the BGN/PCGN table from letters only one of the East Slavic alphabets has. */
  private static String cyrillicTable(String run) {
    String lower = run.toLowerCase(Locale.ROOT);
    boolean ukrainianOnly =
        lower.indexOf('ї') >= 0 || lower.indexOf('є') >= 0 || lower.indexOf('ґ') >= 0;
    if (lower.indexOf('ў') >= 0) {
      return BELARUSIAN;
    }
    if (lower.indexOf('і') >= 0 && !ukrainianOnly) {
      // і is Belarusian or Ukrainian; only Belarusian also has ы and э.
      return lower.indexOf('ы') >= 0 || lower.indexOf('э') >= 0 ? BELARUSIAN : UKRAINIAN;
    }
    return ukrainianOnly || lower.indexOf('і') >= 0 ? UKRAINIAN : RUSSIAN;
  }

  /**
   * Chinese names are written as family name plus a given name in one word ({@code 习近平} → {@code xi
   * jinping}), the way lists and the press write them.
   */
  private static String hanName(String run) {
    StringBuilder out = new StringBuilder();
    for (String word : run.trim().split("\\s+")) {
      String[] syllables = transliterator(HAN).transliterate(word).trim().split("\\s+");
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(syllables[0]);
      if (syllables.length > 1) {
        out.append(' ');
        for (int k = 1; k < syllables.length; k++) {
          out.append(syllables[k]);
        }
      }
    }
    return out.toString();
  }

  private static Transliterator transliterator(String id) {
    return TRANSLITERATORS.get().computeIfAbsent(id, Transliterator::getInstance);
  }

  private static List<String> split(String text) {
    List<String> tokens = new ArrayList<>(4);
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        token.append(c);
      } else if (DELETED.indexOf(c) >= 0) {
        continue;
      } else if (Character.isLetterOrDigit(c)) {
        token.append(c);
      } else if (token.length() > 0) {
        tokens.add(token.toString());
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  private static List<String> dropHonorifics(List<String> tokens) {
    if (tokens.size() < 2) {
      return tokens;
    }
    List<String> kept = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      if (!HONORIFICS.contains(t)) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? tokens : kept;
  }
}
