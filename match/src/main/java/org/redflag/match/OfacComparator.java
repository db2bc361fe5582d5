package org.redflag.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redflag.model.Schema;

/**
 * Reproduces OFAC Sanctions List Search scores (OFAC FAQ 249: Jaro-Winkler over whole names and
 * over name parts, the higher of the two).
 *
 * <p>Details fitted to 164 scores captured from the OFAC tool ({@code ofac_parity_fixtures.csv},
 * grid search over Jaro window, prefix length, prefix scale and part rules on the even rows,
 * checked on the odd rows):
 *
 * <ul>
 *   <li>names are lower-cased, apostrophes deleted, other punctuation turned into spaces;
 *   <li>whole names: Jaro-Winkler of the two names with spaces removed, listed name in its listed
 *       order ("PUTIN, Vladimir" stays "putinvladimir"), common prefix up to {@link
 *       #WHOLE_NAME_PREFIX} characters;
 *   <li>name parts: query parts of one or two letters are ignored when longer parts exist; each
 *       remaining part takes its best Jaro-Winkler (prefix up to {@link #PART_PREFIX}) against the
 *       listed parts, zero below {@link #MIN_PART_SCORE}; the parts' average is the score;
 *   <li>Jaro uses the classic matching window {@code max(len)/2 - 1}; Winkler's prefix bonus {@code
 *       0.1} per character applies whatever the Jaro score (no 0.7 boost threshold);
 *   <li>the result is the higher of the two, rounded to a whole point on OFAC's 0-100 scale.
 * </ul>
 */
final class OfacComparator implements NameComparator {
  static final OfacComparator INSTANCE = new OfacComparator();

  /** Longest common prefix rewarded when comparing whole names. */
  static final int WHOLE_NAME_PREFIX = 5;

  /** Longest common prefix rewarded when comparing name parts. */
  static final int PART_PREFIX = 4;

  /** Winkler's bonus per common prefix character. */
  static final double PREFIX_SCALE = 0.1;

  /** A query part whose best listed part scores below this counts as zero. */
  static final double MIN_PART_SCORE = 0.5;

  /** Query parts shorter than this are ignored when longer ones exist. */
  static final int MIN_PART_LENGTH = 3;

  /** OFAC's threshold slider default. */
  static final double THRESHOLD = 0.85;

  private OfacComparator() {}

  @Override
  public double score(Schema schema, String query, String listed) {
    String q = normalize(query);
    String l = normalize(listed);
    if (q.isEmpty() || l.isEmpty()) {
      return 0;
    }
    double whole = jaroWinkler(q.replace(" ", ""), l.replace(" ", ""), WHOLE_NAME_PREFIX);
    List<String> queryParts = List.of(q.split(" "));
    List<String> longParts = new ArrayList<>();
    for (String p : queryParts) {
      if (p.length() >= MIN_PART_LENGTH) {
        longParts.add(p);
      }
    }
    if (!longParts.isEmpty()) {
      queryParts = longParts;
    }
    String[] listedParts = l.split(" ");
    double sum = 0;
    for (String p : queryParts) {
      double best = 0;
      for (String o : listedParts) {
        best = Math.max(best, jaroWinkler(p, o, PART_PREFIX));
      }
      sum += best < MIN_PART_SCORE ? 0 : best;
    }
    double parts = sum / queryParts.size();
    return Math.round(Math.max(whole, parts) * 100) / 100.0;
  }

  @Override
  public double threshold() {
    return THRESHOLD;
  }

  static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("'", "");
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      out.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return out.toString().trim().replaceAll("\\s+", " ");
  }

  static double jaroWinkler(String a, String b, int maxPrefix) {
    double d = jaro(a, b);
    int prefix = 0;
    int n = Math.min(maxPrefix, Math.min(a.length(), b.length()));
    while (prefix < n && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return d + prefix * PREFIX_SCALE * (1 - d);
  }

  /**
   * Jaro similarity in the SimMetrics style: the common characters of each string are collected
   * independently within the window, and unequal counts score zero.
   */
  static double jaro(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    String c1 = common(a, b, window);
    int m = c1.length();
    if (m == 0) {
      return 0;
    }
    String c2 = common(b, a, window);
    if (c2.length() != m) {
      return 0;
    }
    int transpositions = 0;
    for (int i = 0; i < m; i++) {
      if (c1.charAt(i) != c2.charAt(i)) {
        transpositions++;
      }
    }
    transpositions /= 2;
    return (m / (double) a.length() + m / (double) b.length() + (m - transpositions) / (double) m)
        / 3.0;
  }

  private static String common(String s, String t, int window) {
    char[] other = t.toCharArray();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int hi = Math.min(i + window + 1, other.length);
      for (int j = Math.max(0, i - window); j < hi; j++) {
        if (other[j] == c) {
          out.append(c);
          other[j] = '\0';
          break;
        }
      }
    }
    return out.toString();
  }
}
