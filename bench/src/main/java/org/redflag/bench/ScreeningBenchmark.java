package org.redflag.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.redflag.match.Screener;
import org.redflag.match.ScreeningQuery;
import org.redflag.match.ScreeningResult;
import org.redflag.model.Schema;

/**
 * Screening of one person name against all bundled lists (15.6k entries, 39k names) through the
 * Java API, {@code Screener.screen}, for each candidate retrieval: queries per second per thread,
 * or the latency distribution with {@code -bm sample}. The queries ({@link BenchData#queries}) are
 * 4,096 synthetic people's names from the false-positive set when {@code ../shared} is there (run
 * from the repository root), otherwise listed names recombined; each thread walks them in turn.
 *
 * <p>Run (issue 4 target: 5,000 queries/s on 2 cores, p99 under 5 ms):
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ScreeningBenchmark -t 2          # throughput, 2 threads
 * java -jar bench/target/benchmarks.jar ScreeningBenchmark -t 2 -bm sample -tu ms   # p50, p99
 * java -jar bench/target/benchmarks.jar ScreeningBenchmark -p retrieval=LUCENE -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScreeningBenchmark {

  /** The candidate retrieval, by {@link Screener.Retrieval} name. */
  @Param({"TOKEN_INDEX", "LUCENE"})
  public String retrieval = "TOKEN_INDEX";

  private Screener screener = Screener.create(List.of());
  private List<ScreeningQuery> queries = List.of();

  /** Builds the index and the queries once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    var entries = BenchData.entries();
    screener =
        Screener.create(
            entries,
            Screener.DEFAULT_THRESHOLD,
            Screener.DEFAULT_CUTOFF,
            Screener.Retrieval.valueOf(retrieval));
    queries =
        BenchData.queries(entries).stream().map(n -> ScreeningQuery.of(Schema.PERSON, n)).toList();
  }

  /** Where one thread is in the query list. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Screens the next query name. */
  @Benchmark
  public List<ScreeningResult> screenOneName(Cursor cursor) {
    ScreeningQuery q = queries.get(cursor.next++ & (BenchData.QUERIES - 1));
    return screener.screen(q);
  }
}
