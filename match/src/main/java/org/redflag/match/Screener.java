package org.redflag.match;

import java.util.Collection;
import java.util.List;
import org.redflag.model.WatchlistEntry;

/**
 * Screens parties against an immutable index of list entries: candidates are retrieved by fuzzy
 * token lookup, then scored by name, schema, birth date and country. Thread-safe.
 *
 * <p>Scores run from 0 to 1. A result at or above the {@linkplain #DEFAULT_THRESHOLD threshold} is
 * a match, one that a reviewer should look at; results below the {@linkplain #DEFAULT_CUTOFF
 * cutoff} are dropped. See {@code docs/matching.md}.
 */
public interface Screener {

  /** Scores at or above this are matches. */
  double DEFAULT_THRESHOLD = 0.80;

  /** Scores below this are not returned at all. */
  double DEFAULT_CUTOFF = 0.60;

  /** How candidates are retrieved before scoring; both feed the same scorer. */
  enum Retrieval {
    /** A Lucene index of tokens, Double Metaphone codes and character trigrams. */
    LUCENE,
    /** The matcher's own postings with fuzzy token expansion over spelling-key trigrams. */
    TOKEN_INDEX
  }

  /** The retrieval {@link #create(Collection)} uses. */
  Retrieval DEFAULT_RETRIEVAL = Retrieval.TOKEN_INDEX;

  /** Returns the entries scoring at or above the cutoff, best first. */
  List<ScreeningResult> screen(ScreeningQuery query);

  /** The number of entries in the index. */
  int size();

  /** Builds an index of {@code entries} with the default threshold and cutoff. */
  static Screener create(Collection<WatchlistEntry> entries) {
    return create(entries, DEFAULT_THRESHOLD, DEFAULT_CUTOFF);
  }

  /**
   * Builds an index of {@code entries} with the given threshold and cutoff.
   *
   * @throws IllegalArgumentException unless {@code 0 <= cutoff <= threshold <= 1}
   */
  static Screener create(Collection<WatchlistEntry> entries, double threshold, double cutoff) {
    return create(entries, threshold, cutoff, DEFAULT_RETRIEVAL);
  }

  /**
   * Builds an index of {@code entries} with the given threshold, cutoff and candidate retrieval.
   *
   * @throws IllegalArgumentException unless {@code 0 <= cutoff <= threshold <= 1}
   */
  static Screener create(
      Collection<WatchlistEntry> entries, double threshold, double cutoff, Retrieval retrieval) {
    if (!(cutoff >= 0 && cutoff <= threshold && threshold <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= cutoff <= threshold <= 1, got cutoff " + cutoff + ", threshold " + threshold);
    }
    return new IndexedScreener(List.copyOf(entries), threshold, cutoff, retrieval);
  }
}
