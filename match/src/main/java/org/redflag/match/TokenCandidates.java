package org.redflag.match;

import java.util.Arrays;
import java.util.List;

/**
 * Candidates from {@link NameIndex}'s own postings: every query token is expanded to similar
 * vocabulary tokens ({@link NameIndex#expand}), and names accumulate similarity × idf over the
 * expansions they contain; the best {@link #CANDIDATES_PER_NAME} are kept.
 */
final class TokenCandidates implements CandidateSource {

  private final NameIndex index;

  TokenCandidates(NameIndex index) {
    this.index = index;
  }

  @Override
  public int[] candidates(List<String> tokens) {
    Scratch scratch = SCRATCH.get();
    int size = index.names().size();
    if (scratch.acc.length < size) {
      scratch.acc = new double[size];
      scratch.touched = new int[size];
    }
    double[] acc = scratch.acc;
    int[] touched = scratch.touched;
    int count = 0;
    for (String token : index.retrievalTokens(tokens)) {
      for (NameIndex.Expansion x : index.expand(token)) {
        double w = x.similarity() * index.idf(x.tokenId());
        for (int nameId : index.postings(x.tokenId())) {
          if (acc[nameId] == 0) {
            touched[count++] = nameId;
          }
          acc[nameId] += w;
        }
      }
    }
    int[] out;
    if (count <= CANDIDATES_PER_NAME) {
      out = Arrays.copyOf(touched, count);
    } else {
      double[] scores = new double[count];
      for (int i = 0; i < count; i++) {
        scores[i] = acc[touched[i]];
      }
      Arrays.sort(scores);
      double min = scores[count - CANDIDATES_PER_NAME];
      out = new int[CANDIDATES_PER_NAME * 2];
      int n = 0;
      for (int i = 0; i < count && n < out.length; i++) {
        if (acc[touched[i]] >= min) {
          out[n++] = touched[i];
        }
      }
      out = Arrays.copyOf(out, n);
    }
    for (int i = 0; i < count; i++) {
      acc[touched[i]] = 0;
    }
    return out;
  }

  /** Per-thread accumulators, sized to the index. */
  private static final class Scratch {
    double[] acc = new double[0];
    int[] touched = new int[0];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
}
