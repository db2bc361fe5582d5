package org.redflag.match;

import java.util.List;

/**
 * The first step of screening: the listed names worth scoring for a query name. Implementations are
 * immutable and thread-safe; {@link TokenCandidates} looks tokens up in {@link NameIndex} itself,
 * {@link LuceneCandidates} searches a Lucene index of the same names.
 */
interface CandidateSource {

  /** Names kept per query name: the best this many by retrieval score (ties may add a few). */
  int CANDIDATES_PER_NAME = 64;

  /**
   * Ids into {@link NameIndex#names()} of the names sharing similar tokens with the query, best
   * first or in no particular order; at most about {@link #CANDIDATES_PER_NAME}.
   *
   * @param tokens the normalized tokens of one query name ({@link Names#tokens})
   */
  int[] candidates(List<String> tokens);
}
