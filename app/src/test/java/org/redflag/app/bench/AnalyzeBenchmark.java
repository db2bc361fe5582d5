package org.redflag.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.redflag.app.pipeline.Engine;
import org.redflag.model.Document;

/**
 * Speed of the whole {@code analyze} pipeline (CoreNLP with depparse, mentions, resolution, dates,
 * attribution, certainty, screening, events), not a test: after a warm-up, Guardian articles from
 * {@code ../shared/data/corpora} (research-only, never committed) on one thread, then on two
 * threads sharing one engine. Tokens are counted as runs of letters, runs of digits and single
 * other characters, which is close to CoreNLP's tokenization of news text.
 *
 * <pre>
 * ./mvnw -q -pl app test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp "$(cat app/target/cp.txt):app/target/classes:app/target/test-classes" \
 *     org.redflag.app.bench.AnalyzeBenchmark [ARTICLES]
 * </pre>
 */
public final class AnalyzeBenchmark {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|[^\\p{L}\\p{N}\\s]");

  private AnalyzeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Path csv =
        Path.of(System.getProperty("redflag.shared", "../shared"))
            .resolve("data/corpora/guardian_sdf_sample_2019.csv");
    if (!Files.isRegularFile(csv)) {
      System.out.println("skipped: " + csv + " is absent (research-only data)");
      return;
    }
    List<Document> docs = new ArrayList<>();
    try (var r = Files.newBufferedReader(csv)) {
      for (CSVRecord rec :
          CSVFormat.DEFAULT.builder().setHeader().setAllowMissingColumnNames(true).get().parse(r)) {
        if (docs.size() == n + 10) {
          break;
        }
        docs.add(Document.of(null, null, null, rec.get("text").strip()));
      }
    }
    Engine engine = Engine.start(Files.createTempDirectory("redflag-bench"), System.err::println);
    docs.subList(0, 10).forEach(engine::analyze);
    List<Document> timed = docs.subList(10, docs.size());
    long tokens = timed.stream().mapToLong(d -> count(d.body())).sum();
    for (int threads : new int[] {1, 2}) {
      System.gc();
      long t0 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      timed.forEach(d -> done.add(pool.submit(() -> engine.analyze(d))));
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      double s = (System.nanoTime() - t0) / 1e9;
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "%d thread(s): %d articles, %d tokens in %.1f s: %.0f tokens/s, %.2f articles/s,"
              + " heap in use %.2f GB%n",
          threads,
          timed.size(),
          tokens,
          s,
          tokens / s,
          timed.size() / s,
          (rt.totalMemory() - rt.freeMemory()) / 1e9);
    }
  }

  private static long count(String text) {
    Matcher m = TOKEN.matcher(text);
    long c = 0;
    while (m.find()) {
      c++;
    }
    return c;
  }
}
