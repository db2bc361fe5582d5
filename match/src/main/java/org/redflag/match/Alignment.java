package org.redflag.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-to-one alignment of the tokens of two names, found greedily from the most similar pair
 * down; each token pairs with at most one token of the other name, order ignored.
 *
 * @param left tokens of the first name
 * @param right tokens of the second name
 * @param pairs aligned pairs, best first
 */
record Alignment(List<String> left, List<String> right, List<Pair> pairs) {

  /** Pairs scoring below this are left unaligned: such tokens have nothing in common. */
  static final double MIN_PAIR_SIMILARITY = 0.6;

  /**
   * Two aligned tokens.
   *
   * @param i index into {@code left}
   * @param j index into {@code right}
   * @param similarity their {@link TokenSimilarity}
   */
  record Pair(int i, int j, double similarity) {}

  static Alignment align(List<String> left, List<String> right) {
    int n = left.size();
    int m = right.size();
    double[][] sim = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        sim[i][j] = TokenSimilarity.similarity(left.get(i), right.get(j));
      }
    }
    return align(left, right, sim, MIN_PAIR_SIMILARITY);
  }

  /** Aligns with a precomputed {@code sim[i][j]} matrix, leaving pairs below {@code min} out. */
  static Alignment align(List<String> left, List<String> right, double[][] sim, double min) {
    int n = left.size();
    int m = right.size();
    boolean[] usedLeft = new boolean[n];
    boolean[] usedRight = new boolean[m];
    List<Pair> pairs = new ArrayList<>(Math.min(n, m));
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = min;
      for (int i = 0; i < n; i++) {
        if (usedLeft[i]) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          if (!usedRight[j] && sim[i][j] >= best && (bi < 0 || sim[i][j] > best)) {
            best = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      usedLeft[bi] = true;
      usedRight[bj] = true;
      pairs.add(new Pair(bi, bj, best));
    }
    return new Alignment(List.copyOf(left), List.copyOf(right), List.copyOf(pairs));
  }

  /**
   * The length-weighted share of both names that is aligned, scaled by how well: {@code 2 * sum(sim
   * * (len_i + len_j) / 2) / (total length left + total length right)}.
   */
  double symmetricScore() {
    double total = 0;
    for (String t : left) {
      total += t.length();
    }
    for (String t : right) {
      total += t.length();
    }
    if (total == 0) {
      return 0;
    }
    double matched = 0;
    for (Pair p : pairs) {
      matched += p.similarity() * (left.get(p.i()).length() + right.get(p.j()).length());
    }
    return Math.min(1.0, matched / total);
  }
}
