package org.redflag.match;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.redflag.model.WatchlistEntry;

/**
 * A {@link Screener} whose index can be replaced while it serves queries: {@link #swap} builds a
 * new immutable index from the current list entries and then swaps it in with one atomic write. A
 * query sees either the old index or the new one, never a mix; queries running during the build
 * keep using the old one. Thread-safe.
 *
 * <pre>{@code
 * ScreenerHolder screening = ScreenerHolder.create(store.entries());
 * // server threads: screening.screen(query)
 * // when the lists change: screening.swap(store.entries());
 * }</pre>
 */
public final class ScreenerHolder implements Screener {

  private final AtomicReference<Screener> current;
  private final double threshold;
  private final double cutoff;
  private final Retrieval retrieval;

  private ScreenerHolder(Screener initial, double threshold, double cutoff, Retrieval retrieval) {
    this.current = new AtomicReference<>(initial);
    this.threshold = threshold;
    this.cutoff = cutoff;
    this.retrieval = retrieval;
  }

  /** Holds an index of {@code entries} with the default threshold, cutoff and retrieval. */
  public static ScreenerHolder create(Collection<WatchlistEntry> entries) {
    return create(entries, DEFAULT_THRESHOLD, DEFAULT_CUTOFF, DEFAULT_RETRIEVAL);
  }

  /**
   * Holds an index of {@code entries}; later {@link #swap(Collection)} calls build with the same
   * settings.
   *
   * @throws IllegalArgumentException unless {@code 0 <= cutoff <= threshold <= 1}
   */
  public static ScreenerHolder create(
      Collection<WatchlistEntry> entries, double threshold, double cutoff, Retrieval retrieval) {
    return new ScreenerHolder(
        Screener.create(entries, threshold, cutoff, retrieval), threshold, cutoff, retrieval);
  }

  /** The index queries use now. */
  public Screener current() {
    return current.get();
  }

  /**
   * Builds an index of {@code entries} and swaps it in; the build runs on the calling thread while
   * queries go on against the old index.
   *
   * @return the index replaced
   */
  public Screener swap(Collection<WatchlistEntry> entries) {
    return swap(Screener.create(entries, threshold, cutoff, retrieval));
  }

  /**
   * Swaps in an index built elsewhere.
   *
   * @return the index replaced
   * @throws IllegalArgumentException if {@code next} is this holder
   */
  public Screener swap(Screener next) {
    if (next == this) {
      throw new IllegalArgumentException("a holder cannot hold itself");
    }
    return current.getAndSet(next);
  }

  @Override
  public List<ScreeningResult> screen(ScreeningQuery query) {
    return current.get().screen(query);
  }

  @Override
  public int size() {
    return current.get().size();
  }
}
