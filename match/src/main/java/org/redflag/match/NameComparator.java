package org.redflag.match;

import org.redflag.model.Schema;

/**
 * Compares two names pairwise, without an index: the scorer behind {@code redflag compare}.
 * Thread-safe.
 */
public interface NameComparator {

  /** How similar two names of parties of {@code schema} are, from 0 to 1. */
  double score(Schema schema, String name1, String name2);

  /** Scores at or above this mean the two names are taken to name the same party. */
  double threshold();

  /**
   * The matcher's own name scorer, the one {@link Screener} uses, with every token weighted by its
   * length instead of its rarity in a list (there is no list here).
   */
  static NameComparator standard() {
    return StandardComparator.INSTANCE;
  }

  /**
   * A scorer reproducing the scores of OFAC's Sanctions List Search (divide by 100 to compare): the
   * higher of Jaro-Winkler over the whole names and the average over query name parts of their best
   * Jaro-Winkler against a listed name part. See {@code docs/matching.md}.
   */
  static NameComparator ofac() {
    return OfacComparator.INSTANCE;
  }
}
