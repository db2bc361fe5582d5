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
import org.redflag.model.WatchlistEntry;

/**
 * Building the screening index of all bundled lists (15.6k entries, 39k names: normalization and
 * transliteration of every name, vocabulary, and the candidate index of the chosen retrieval), as a
 * long-running server does when lists change before it swaps the new index in: seconds per build,
 * in a warm JVM (the first build also loads ICU's transliterators, about 0.3 s more).
 *
 * <p>Run (issue 4 target: under 10 s):
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar IndexBuildBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class IndexBuildBenchmark {

  /** The candidate retrieval, by {@link Screener.Retrieval} name. */
  @Param({"TOKEN_INDEX", "LUCENE"})
  public String retrieval = "TOKEN_INDEX";

  private List<WatchlistEntry> entries = List.of();

  /** Loads the bundled lists once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    entries = BenchData.entries();
  }

  /** Builds one index. */
  @Benchmark
  public Screener build() {
    return Screener.create(
        entries,
        Screener.DEFAULT_THRESHOLD,
        Screener.DEFAULT_CUTOFF,
        Screener.Retrieval.valueOf(retrieval));
  }
}
