package org.redflag.match;

/**
 * Similarity of two normalized tokens: one minus a weighted edit distance over a spelling key,
 * divided by the longer key's length.
 *
 * <p>The key collapses doubled letters, spells {@code x} as {@code ks} and turns the digraphs
 * {@code shch, sch, sh, ch, tch, zh, kh, ph} into single symbols, so that romanizations of one
 * letter compare as one letter. The edit costs make transliteration noise cheap: vowels (including
 * {@code y}) and {@code h} cost {@link #LIGHT} to insert, delete or swap among themselves; pairs
 * that romanizations use for the same sound ({@code h/g} as in Belarusian {@code Hryhoryavich} vs
 * Russian {@code Grigorievich}, {@code c/k}, {@code v/w}, {@code j/y}, {@code sh/s}, ...) cost
 * {@link #LIGHT} to substitute, {@code d/t} and {@code b/p} cost {@link #VOICING}; anything else
 * costs 1. So {@code lukashenko~lukashenka} is 0.94, {@code alexander~alyaksandr} 0.85, and {@code
 * lukashenko~lukashev} 0.72.
 */
final class TokenSimilarity {
  /** Cost of a vowel or {@code h} edit, or of a substitution between romanization twins. */
  static final double LIGHT = 0.5;

  /**
   * Subtracted when the first letters differ other than as romanization twins: first letters are
   * rarely mistranscribed ({@code anna} is not {@code banna}, {@code zhang} not {@code fang}).
   */
  static final double FIRST_LETTER_PENALTY = 0.1;

  /** Cost of swapping two adjacent letters, the commonest typing error. */
  static final double SWAP = 0.6;

  /** Cost of {@code i/y}, two spellings of one sound in most romanizations. */
  static final double SAME_SOUND = 0.25;

  /** Cost of a voiced/unvoiced consonant substitution ({@code d/t}, {@code b/p}). */
  static final double VOICING = 0.7;

  private static final char SH = 'S';
  private static final char SHCH = 'W';
  private static final char CH = 'C';
  private static final char ZH = 'Z';
  private static final char KH = 'X';
  private static final char PH = 'f';

  private TokenSimilarity() {}

  static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    double sim = keySimilarity(key(a), key(b));
    return NameVariants.same(a, b) ? Math.max(sim, NameVariants.VARIANT_SIMILARITY) : sim;
  }

  static double keySimilarity(String ka, String kb) {
    if (ka.equals(kb)) {
      return ka.isEmpty() ? 0.0 : 0.98;
    }
    int longer = Math.max(ka.length(), kb.length());
    if (longer == 0) {
      return 0.0;
    }
    double sim = 1.0 - distance(ka, kb, Double.MAX_VALUE) / longer;
    if (substitutionCost(ka.charAt(0), kb.charAt(0)) == 1.0) {
      sim -= FIRST_LETTER_PENALTY;
    }
    return Math.max(0.0, sim);
  }

  /**
   * Like {@link #keySimilarity} but returns 0 early, without finishing the edit distance, when the
   * result would be below {@code min}.
   */
  static double keySimilarityAtLeast(String ka, String kb, double min) {
    if (ka.equals(kb)) {
      return ka.isEmpty() ? 0.0 : 0.98;
    }
    int longer = Math.max(ka.length(), kb.length());
    if (longer == 0) {
      return 0.0;
    }
    double penalty = substitutionCost(ka.charAt(0), kb.charAt(0)) == 1.0 ? FIRST_LETTER_PENALTY : 0;
    double maxCost = (1.0 - penalty - min) * longer;
    if (maxCost < 0 || LIGHT * Math.abs(ka.length() - kb.length()) > maxCost) {
      return 0.0;
    }
    double cost = distance(ka, kb, maxCost);
    if (cost > maxCost) {
      return 0.0;
    }
    return Math.max(0.0, 1.0 - cost / longer - penalty);
  }

  /** The spelling key described in the class comment. */
  static String key(String token) {
    StringBuilder out = new StringBuilder(token.length() + 2);
    int n = token.length();
    int i = 0;
    while (i < n) {
      char c = token.charAt(i);
      char mapped;
      int used = 1;
      if (token.startsWith("shch", i)) {
        mapped = SHCH;
        used = 4;
      } else if (token.startsWith("sch", i)) {
        mapped = SH;
        used = 3;
      } else if (token.startsWith("tch", i)) {
        mapped = CH;
        used = 3;
      } else if (c == 's' && next(token, i) == 'h') {
        mapped = SH;
        used = 2;
      } else if (c == 'c' && next(token, i) == 'h') {
        mapped = CH;
        used = 2;
      } else if (c == 'z' && next(token, i) == 'h') {
        mapped = ZH;
        used = 2;
      } else if (c == 'k' && next(token, i) == 'h') {
        mapped = KH;
        used = 2;
      } else if (c == 'p' && next(token, i) == 'h') {
        mapped = PH;
        used = 2;
      } else if (c == 'x') {
        append(out, 'k');
        mapped = 's';
      } else {
        mapped = c;
      }
      append(out, mapped);
      i += used;
    }
    return out.toString();
  }

  private static char next(String s, int i) {
    return i + 1 < s.length() ? s.charAt(i + 1) : '\0';
  }

  private static void append(StringBuilder out, char c) {
    if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
      out.append(c);
    }
  }

  private static boolean isLight(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h';
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  static double indelCost(char c) {
    return c < TABLE ? INDEL[c] : 1.0;
  }

  static double substitutionCost(char a, char b) {
    return a < TABLE && b < TABLE ? SUBSTITUTION[a][b] : a == b ? 0 : 1.0;
  }

  private static final int TABLE = 128;
  private static final double[] INDEL = new double[TABLE];
  private static final double[][] SUBSTITUTION = new double[TABLE][TABLE];

  static {
    for (char a = 0; a < TABLE; a++) {
      INDEL[a] = isLight(a) ? LIGHT : 1.0;
      for (char b = 0; b < TABLE; b++) {
        SUBSTITUTION[a][b] = computeSubstitutionCost(a, b);
      }
    }
  }

  private static double computeSubstitutionCost(char a, char b) {
    if (a == b) {
      return 0;
    }
    if ((a == 'i' && b == 'y') || (a == 'y' && b == 'i')) {
      return SAME_SOUND;
    }
    if (isVowel(a) && isVowel(b)) {
      return LIGHT;
    }
    if (twins(a, b) || twins(b, a)) {
      return LIGHT;
    }
    if ((a == 'd' && b == 't')
        || (a == 't' && b == 'd')
        || (a == 'b' && b == 'p')
        || (a == 'p' && b == 'b')) {
      return VOICING;
    }
    return 1.0;
  }

  private static boolean twins(char a, char b) {
    switch (a) {
      case 'h':
        return b == 'g' || b == KH;
      case 'c':
        return b == 'k' || b == 's' || b == CH;
      case 'k':
        return b == 'q' || b == KH;
      case 'v':
        return b == 'w' || b == 'f';
      case 'j':
        return b == 'y' || b == 'i' || b == ZH || b == 'g';
      case 'z':
        return b == 's' || b == ZH;
      case SH:
        return b == 's' || b == SHCH || b == CH || b == ZH;
      case SHCH:
        return b == CH;
      default:
        return false;
    }
  }

  /**
   * Weighted optimal-string-alignment distance: insertions, deletions and substitutions as in the
   * class comment, plus swaps of adjacent letters ({@code adbul~abdul}) at {@link #SWAP}.
   */
  private static double distance(String a, String b, double maxCost) {
    int n = a.length();
    int m = b.length();
    double[][] d = new double[n + 1][m + 1];
    for (int j = 1; j <= m; j++) {
      d[0][j] = d[0][j - 1] + indelCost(b.charAt(j - 1));
    }
    double previousRowMin = 0;
    for (int i = 1; i <= n; i++) {
      char ca = a.charAt(i - 1);
      double del = indelCost(ca);
      d[i][0] = d[i - 1][0] + del;
      double rowMin = d[i][0];
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        double best = d[i - 1][j - 1] + substitutionCost(ca, cb);
        double x = d[i - 1][j] + del;
        if (x < best) {
          best = x;
        }
        x = d[i][j - 1] + indelCost(cb);
        if (x < best) {
          best = x;
        }
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
          x = d[i - 2][j - 2] + SWAP;
          if (x < best) {
            best = x;
          }
        }
        d[i][j] = best;
        if (best < rowMin) {
          rowMin = best;
        }
      }
      // A later row costs at least this row's minimum, or the previous row's plus a swap.
      if (Math.min(rowMin, previousRowMin + SWAP) > maxCost) {
        return rowMin;
      }
      previousRowMin = rowMin;
    }
    return d[n][m];
  }
}
