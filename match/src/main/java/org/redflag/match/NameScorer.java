package org.redflag.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Scores a query name against a listed name: tokens aligned one to one ({@link Alignment}), each
 * token weighted by how rare it is, so that a shared surname counts more than a shared {@code
 * mohammed} or {@code trading}.
 *
 * <p>{@code coverage} is the weighted share of the query explained by aligned tokens, scaled by
 * their similarity. Listed tokens left unaligned lower the score by {@link #PERSON_MISSING_PENALTY}
 * (people are often named without middle names or patronymics) or {@link
 * #ORGANIZATION_MISSING_PENALTY} times their weighted share. A person named by one token against a
 * listed name of several is scaled by {@link #SINGLE_TOKEN_FACTOR}: a bare surname does not
 * identify anyone.
 */
final class NameScorer {

  /** Token pairs below this similarity are not aligned. */
  static final double MIN_PAIR_SIMILARITY = 0.75;

  /** Share of the unaligned listed weight taken off the score for people. */
  static final double PERSON_MISSING_PENALTY = 0.5;

  /** Share of the unaligned listed weight taken off the score for organizations and others. */
  static final double ORGANIZATION_MISSING_PENALTY = 0.6;

  /** Factor for a one-token person query against a listed name with more tokens. */
  static final double SINGLE_TOKEN_FACTOR = 0.7;

  /** Factor on the weight of legal forms and stopwords. */
  static final double LOW_WEIGHT_FACTOR = 0.2;

  /**
   * Factor on the weight of an unaligned listed patronymic ({@code -ovich}, {@code -evna}, ...):
   * news and customer records usually leave it out.
   */
  static final double PATRONYMIC_FACTOR = 0.3;

  /**
   * Below this score, names are also compared with two adjacent tokens of either side written as
   * one ({@code abdul rahman~abdulrahman}, {@code jiang ping~jiangping}).
   */
  static final double TRY_COMPOUNDS_BELOW = 0.95;

  /** Names with more tokens than this are not tried as compounds. */
  static final int MAX_TOKENS_FOR_COMPOUNDS = 6;

  /** Factor on the score of a name the list marks as a weak alias. */
  static final double WEAK_ALIAS_FACTOR = 0.9;

  private static final Set<String> STOPWORDS = Resources.wordSet("stopwords.txt");

  /**
   * A scored pair of names.
   *
   * @param score from 0 to 1
   * @param pairs aligned tokens as {@code query~listed}, best first
   */
  record Scored(double score, List<String> pairs, boolean[] queryAligned, boolean[] listedAligned) {
    Scored(double score, List<String> pairs) {
      this(score, pairs, new boolean[0], new boolean[0]);
    }

    boolean anyUnaligned(boolean query) {
      for (boolean b : query ? queryAligned : listedAligned) {
        if (!b) {
          return true;
        }
      }
      return false;
    }

    boolean unaligned(boolean query, int i) {
      boolean[] flags = query ? queryAligned : listedAligned;
      return i < flags.length && !flags[i];
    }
  }

  private NameScorer() {}

  static boolean isLowWeight(String token) {
    return STOPWORDS.contains(token) || LegalForms.isLegalForm(token);
  }

  /**
   * Scores {@code query} against {@code listed}.
   *
   * @param person whether both sides are people (patronymics may be missing; bare surnames capped)
   * @param weight the rarity weight of a token
   */
  static Scored score(
      List<String> query,
      List<String> queryKeys,
      List<String> listed,
      List<String> listedKeys,
      boolean person,
      ToDoubleFunction<String> weight) {
    Scored base = scoreAligned(query, queryKeys, listed, listedKeys, person, weight);
    Scored best = base;
    // Writing two tokens as one can only help where both sides have tokens left unaligned.
    if (base.score() >= TRY_COMPOUNDS_BELOW
        || query.size() > MAX_TOKENS_FOR_COMPOUNDS
        || listed.size() > MAX_TOKENS_FOR_COMPOUNDS
        || !base.anyUnaligned(true)
        || !base.anyUnaligned(false)) {
      return best;
    }
    for (int i = 0; i + 1 < query.size(); i++) {
      if (!base.unaligned(true, i) && !base.unaligned(true, i + 1)
          || !resemblesUnaligned(query.get(i) + query.get(i + 1), listed, base, false)) {
        continue;
      }
      List<String> merged = merge(query, i);
      Scored s = scoreAligned(merged, keys(merged), listed, listedKeys, person, weight);
      if (s.score() > best.score()) {
        best = s;
      }
    }
    for (int j = 0; j + 1 < listed.size(); j++) {
      if (!base.unaligned(false, j) && !base.unaligned(false, j + 1)
          || !resemblesUnaligned(listed.get(j) + listed.get(j + 1), query, base, true)) {
        continue;
      }
      List<String> merged = merge(listed, j);
      Scored s = scoreAligned(query, queryKeys, merged, keys(merged), person, weight);
      if (s.score() > best.score()) {
        best = s;
      }
    }
    return best;
  }

  /**
   * Whether a compound could align with an unaligned token of the other side: same first letter,
   * length within a quarter. A cheap filter before scoring the compound in full.
   */
  private static boolean resemblesUnaligned(
      String compound, List<String> other, Scored base, boolean otherIsQuery) {
    for (int k = 0; k < other.size(); k++) {
      String t = other.get(k);
      if (base.unaligned(otherIsQuery, k)
          && t.charAt(0) == compound.charAt(0)
          && Math.abs(t.length() - compound.length()) * 4 <= compound.length()) {
        return true;
      }
    }
    return false;
  }

  /** {@code tokens} with tokens {@code i} and {@code i + 1} written as one. */
  static List<String> merge(List<String> tokens, int i) {
    List<String> out = new ArrayList<>(tokens.size() - 1);
    out.addAll(tokens.subList(0, i));
    out.add(tokens.get(i) + tokens.get(i + 1));
    out.addAll(tokens.subList(i + 2, tokens.size()));
    return out;
  }

  private static List<String> keys(List<String> tokens) {
    List<String> keys = new ArrayList<>(tokens.size());
    tokens.forEach(t -> keys.add(TokenSimilarity.key(t)));
    return keys;
  }

  private static Scored scoreAligned(
      List<String> query,
      List<String> queryKeys,
      List<String> listed,
      List<String> listedKeys,
      boolean person,
      ToDoubleFunction<String> weight) {
    int n = query.size();
    int m = listed.size();
    if (n == 0 || m == 0) {
      return new Scored(0, List.of());
    }
    double[][] sim = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        String q = query.get(i);
        String l = listed.get(j);
        if (q.equals(l)) {
          sim[i][j] = 1.0;
        } else if (person && isPatronymic(q) != isPatronymic(l)) {
          // A given name is not its patronymic: Alexander is not Aliaksandravich (his son's).
          sim[i][j] = 0;
        } else if (NameVariants.same(q, l)) {
          sim[i][j] = NameVariants.VARIANT_SIMILARITY;
        } else {
          sim[i][j] =
              TokenSimilarity.keySimilarityAtLeast(
                  queryKeys.get(i), listedKeys.get(j), MIN_PAIR_SIMILARITY);
        }
      }
    }
    Alignment alignment = Alignment.align(query, listed, sim, MIN_PAIR_SIMILARITY);
    double[] wq = new double[n];
    double[] wl = new double[m];
    for (int i = 0; i < n; i++) {
      wq[i] = tokenWeight(query.get(i), weight);
    }
    for (int j = 0; j < m; j++) {
      wl[j] = tokenWeight(listed.get(j), weight);
    }
    boolean[] queryAligned = new boolean[n];
    boolean[] listedAligned = new boolean[m];
    double matched = 0;
    double queryTotal = 0;
    List<String> pairs = new ArrayList<>(alignment.pairs().size());
    for (Alignment.Pair p : alignment.pairs()) {
      queryAligned[p.i()] = true;
      // An unknown query spelling takes the weight of the listed token it aligns with.
      double w = Math.min(wq[p.i()], wl[p.j()]);
      matched += p.similarity() * w;
      queryTotal += w;
      listedAligned[p.j()] = true;
      pairs.add(query.get(p.i()) + "~" + listed.get(p.j()));
    }
    int significantQueryTokens = 0;
    for (int i = 0; i < n; i++) {
      if (!queryAligned[i]) {
        queryTotal += wq[i];
      }
      if (!isLowWeight(query.get(i))) {
        significantQueryTokens++;
      }
    }
    double listedTotal = 0;
    double listedMissing = 0;
    for (int j = 0; j < m; j++) {
      if (listedAligned[j]) {
        listedTotal += wl[j];
      } else {
        double w = person && isPatronymic(listed.get(j)) ? wl[j] * PATRONYMIC_FACTOR : wl[j];
        listedTotal += w;
        listedMissing += w;
      }
    }
    if (queryTotal == 0 || listedTotal == 0) {
      return new Scored(0, pairs);
    }
    double coverage = matched / queryTotal;
    double missing = listedMissing / listedTotal;
    double penalty = person ? PERSON_MISSING_PENALTY : ORGANIZATION_MISSING_PENALTY;
    double score = coverage * (1 - penalty * missing);
    if (person && significantQueryTokens <= 1 && m > 1) {
      score *= SINGLE_TOKEN_FACTOR;
    }
    return new Scored(score, pairs, queryAligned, listedAligned);
  }

  /** East Slavic patronymics: {@code grigorievich}, {@code aliaksandravich}, {@code petrovna}. */
  static boolean isPatronymic(String token) {
    return token.length() > 6
        && (token.endsWith("vich")
            || token.endsWith("vych")
            || token.endsWith("vna")
            || token.endsWith("ichna")
            || token.endsWith("ovic")
            || token.endsWith("evic"));
  }

  private static double tokenWeight(String token, ToDoubleFunction<String> weight) {
    double w = weight.applyAsDouble(token);
    return isLowWeight(token) ? w * LOW_WEIGHT_FACTOR : w;
  }
}
