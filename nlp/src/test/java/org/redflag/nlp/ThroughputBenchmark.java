package org.redflag.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redflag.model.Document;

/**
 * Measures the whole nlp pipeline ({@link TextAnalyzer#analyze}) on real news: model load time, ms
 * per article for the example after warm-up, tokens/s on one thread and on all cores (all threads
 * sharing one pipeline, then one pipeline per thread), and heap after each. Reads {@code
 * ../shared/data/corpora/guardian_sdf_sample_2019.csv} (research-only, never committed); exits with
 * a one-line reason when it is absent. Not a unit test; run it with
 *
 * <pre>
 * ./mvnw -q -pl nlp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp "$(cat nlp/target/cp.txt):nlp/target/classes:nlp/target/test-classes" \
 *     org.redflag.nlp.ThroughputBenchmark [ARTICLES]
 * </pre>
 */
final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path csv =
        Path.of(System.getProperty("redflag.shared", "../shared"))
            .resolve("data/corpora/guardian_sdf_sample_2019.csv");
    if (!Files.exists(csv)) {
      System.out.println("skipped: " + csv + " is absent (research-only data)");
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    List<Document> docs = guardian(csv, n);

    long t0 = System.nanoTime();
    TextAnalyzer analyzer = TextAnalyzer.load(s -> {});
    double load = (System.nanoTime() - t0) / 1e9;

    Document example = Fixtures.example();
    for (int i = 0; i < 5; i++) {
      analyzer.analyze(example);
    }
    for (Document d : docs.subList(0, Math.min(10, docs.size()))) {
      analyzer.analyze(d);
    }
    int reps = 10;
    t0 = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      analyzer.analyze(example);
    }
    double exampleMs = (System.nanoTime() - t0) / 1e6 / reps;

    long tokens = countTokens(docs);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    t0 = System.nanoTime();
    for (Document d : docs) {
      analyzer.analyze(d);
    }
    double one = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;

    int cores = Runtime.getRuntime().availableProcessors();
    double shared = parallel(docs, cores, i -> analyzer);
    long heapShared = heapAfterGc();

    // One pipeline per thread: a second CoreNLP instance (the first is the process-wide one). The
    // annotator pool is cleared first, else CoreNLP hands the new pipeline the same annotators.
    List<TextAnalyzer> own = new ArrayList<>();
    own.add(analyzer);
    for (int i = 1; i < cores; i++) {
      StanfordCoreNLP.clearAnnotatorPool();
      own.add(
          new Pipeline(
              new CoreNlpAdapter(new StanfordCoreNLP(CoreNlpAdapter.properties())),
              ActorTable.bundled()));
    }
    for (TextAnalyzer a : own) {
      a.analyze(example);
    }
    double perThread = parallel(docs, cores, own::get);
    long heapPerThread = heapAfterGc();
    own.clear();

    System.gc();
    long kept = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    long peak = 0;
    for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool2.getType() == MemoryType.HEAP) {
        peak += pool2.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "annotators: %s, ner.applyFineGrained=false%n"
            + "load: %.1f s%n"
            + "example (%d chars): %.0f ms/article after warm-up%n"
            + "guardian: %d articles, %d tokens%n"
            + "  1 thread:  %.0f tokens/s, %.2f articles/s (%.0f tokens per CPU second)%n"
            + "  %d threads, one shared pipeline: %.0f tokens/s, %.2f articles/s, heap %.0f MB%n"
            + "  %d threads, one pipeline each:   %.0f tokens/s, %.2f articles/s, heap %.0f MB%n"
            + "heap: %.0f MB kept after GC, %.0f MB peak (max %.0f MB)%n",
        CoreNlpAdapter.ANNOTATORS,
        load,
        example.body().length(),
        exampleMs,
        docs.size(),
        tokens,
        tokens / one,
        docs.size() / one,
        tokens / cpu,
        cores,
        tokens / shared,
        docs.size() / shared,
        heapShared / 1e6,
        cores,
        tokens / perThread,
        docs.size() / perThread,
        heapPerThread / 1e6,
        kept / 1e6,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  /** Seconds to analyze {@code docs} on {@code threads} threads, thread i using analyzer(i). */
  private static double parallel(
      List<Document> docs, int threads, java.util.function.IntFunction<TextAnalyzer> analyzer)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      TextAnalyzer a = analyzer.apply(t);
      futures.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                  a.analyze(docs.get(i));
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    return seconds;
  }

  private static long heapAfterGc() {
    System.gc();
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  private static long countTokens(List<Document> docs) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
    long n = 0;
    for (Document d : docs) {
      CoreDocument cd = new CoreDocument(d.body());
      tokenizer.annotate(cd);
      n += cd.tokens().size();
    }
    return n;
  }

  /** The first {@code limit} articles of the Guardian sample: {@code "",date,text,source}. */
  static List<Document> guardian(Path csv, int limit) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader("idx", "date", "text", "source")
            .setSkipHeaderRecord(true)
            .get();
    List<Document> docs = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser rows = format.parse(in)) {
      for (CSVRecord row : rows) {
        if (docs.size() == limit) {
          break;
        }
        docs.add(Document.of(null, null, LocalDate.parse(row.get("date")), row.get("text")));
      }
    }
    return docs;
  }
}
