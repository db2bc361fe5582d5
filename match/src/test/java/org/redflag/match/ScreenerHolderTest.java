package org.redflag.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/** Issue 4: "The index is an immutable snapshot swapped atomically when lists change." */
class ScreenerHolderTest {

  static final List<WatchlistEntry> OLD_LISTS = List.of(ScreenerTest.ALYAKSANDR);
  static final List<WatchlistEntry> NEW_LISTS = List.of(ScreenerTest.VIKTAR, ScreenerTest.ALEKSEY);

  static final ScreeningQuery VIKTOR = ScreeningQuery.of(Schema.PERSON, "Viktor Lukashenko");
  static final ScreeningQuery ALEXANDER = ScreeningQuery.of(Schema.PERSON, "Alexander Lukashenko");

  @Test
  void a_swap_replaces_the_lists_for_the_next_query() {
    ScreenerHolder holder = ScreenerHolder.create(OLD_LISTS);
    assertThat(holder.screen(VIKTOR)).filteredOn(ScreeningResult::match).isEmpty();

    Screener old = holder.swap(NEW_LISTS);

    assertThat(old.size()).isEqualTo(1);
    assertThat(holder.size()).isEqualTo(2);
    assertThat(holder.screen(VIKTOR).get(0).entry().sourceId()).isEqualTo("9797");
    assertThat(holder.screen(ALEXANDER)).filteredOn(ScreeningResult::match).isEmpty();
    assertThat(old.screen(ALEXANDER).get(0).entry().sourceId()).isEqualTo("9760");
  }

  @Test
  void queries_during_swaps_see_one_whole_index_or_the_other() throws Exception {
    ScreenerHolder holder = ScreenerHolder.create(OLD_LISTS);
    Screener oldIndex = holder.current();
    Screener newIndex = Screener.create(NEW_LISTS);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger screened = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      readers.add(
          pool.submit(
              () -> {
                int queries = 0;
                while (!stop.get()) {
                  Screener seen = holder.current();
                  List<ScreeningResult> results = seen.screen(ALEXANDER);
                  // Old index: Alexander matches; new index: nothing in it is Alexander.
                  boolean match = !results.isEmpty() && results.get(0).match();
                  assertThat(match).isEqualTo(seen == oldIndex);
                  assertThat(holder.size()).isIn(1, 2);
                  queries++;
                  screened.incrementAndGet();
                }
                return queries;
              }));
    }
    int swaps = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (screened.get() < 2_000 && System.nanoTime() < deadline) {
      holder.swap(swaps++ % 2 == 0 ? newIndex : oldIndex);
      Thread.yield();
    }
    if (swaps % 2 == 1) {
      holder.swap(oldIndex);
    }
    stop.set(true);
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    for (Future<Integer> f : readers) {
      assertThat(f.get()).isPositive();
    }
    assertThat(swaps).isPositive();
    assertThat(holder.current()).isSameAs(oldIndex);
  }
}
