package org.redflag.match.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.Watchlists;
import org.redflag.match.NameComparator;
import org.redflag.match.Names;
import org.redflag.match.Screener;
import org.redflag.match.ScreeningQuery;
import org.redflag.match.ScreeningResult;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Measures the matcher on the development sets in {@code ../shared/data/names} against the bundled
 * lists, and prints one line per figure.
 *
 * <p>Run: {@code ./mvnw -q -pl match test-compile exec:java} (add {@code -Dexec.args="--part tune"}
 * or {@code "--part holdout"} for one half only, {@code --retrieval lucene|tokens} for the
 * candidate retrieval, {@code --only recall,fp,cross,ofac,speed,build,big} for some measures; rows
 * with an even line number are the tuning half, odd ones the held-out half). Skips with a message
 * when {@code ../shared} is absent.
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(System.getProperty("redflag.shared", "../shared"));
    Path names = shared.resolve("data/names");
    if (!Files.isDirectory(names)) {
      System.out.println("skipped: " + names + " not found (research data lives outside the repo)");
      return;
    }
    String part = option(args, "--part", "both");
    String onlyOption = option(args, "--only", "");
    Set<String> only = onlyOption.isEmpty() ? Set.of() : Set.of(onlyOption.split(","));
    Screener.Retrieval retrieval =
        switch (option(args, "--retrieval", "default")) {
          case "lucene" -> Screener.Retrieval.LUCENE;
          case "tokens" -> Screener.Retrieval.TOKEN_INDEX;
          default -> Screener.DEFAULT_RETRIEVAL;
        };

    long t0 = System.nanoTime();
    List<WatchlistEntry> all = Watchlists.bundled().entries();
    long t1 = System.nanoTime();
    Screener screener = create(all, retrieval);
    long t2 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "lists: %d entries loaded in %.0f ms; index (%s) built in %.0f ms%n",
        all.size(),
        ms(t1 - t0),
        retrieval,
        ms(t2 - t1));
    List<WatchlistEntry> un = all.stream().filter(e -> e.source().equals("un-sc")).toList();
    Screener unScreener = create(un, retrieval);
    if (only.contains("build")) {
      buildTimes(all, retrieval);
    }

    Path yente = names.resolve("yente_candidate_generation");
    if (only.isEmpty() || only.contains("recall")) {
      for (String half : halves(part)) {
        recall(unScreener, un, yente, half);
      }
    }
    if (only.isEmpty() || only.contains("fp")) {
      for (String half : halves(part)) {
        falsePositives(screener, yente.resolve("negatives_global.csv"), half);
        falsePositives(screener, yente.resolve("negatives_us.csv"), half);
      }
    }
    if (only.isEmpty() || only.contains("cross")) {
      crossScript(names.resolve("watchman_cross_script_pairs.csv"));
    }
    if (only.isEmpty() || only.contains("ofac")) {
      ofacParity(names.resolve("ofac_parity_fixtures.csv"));
    }
    if (only.isEmpty() || only.contains("speed")) {
      speed(screener, yente.resolve("negatives_global.csv"));
    }
    if (only.contains("big")) {
      big(yente, retrieval);
    }
  }

  private static Screener create(List<WatchlistEntry> entries, Screener.Retrieval retrieval) {
    return Screener.create(entries, Screener.DEFAULT_THRESHOLD, Screener.DEFAULT_CUTOFF, retrieval);
  }

  /** Index build of all bundled entries, five times in this (warm) JVM, with CPU time. */
  private static void buildTimes(List<WatchlistEntry> all, Screener.Retrieval retrieval) {
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 5; i++) {
      long c = cpu.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      create(all, retrieval);
      System.out.printf(
          Locale.ROOT,
          "build (%s, warm run %d): %.0f ms wall, %.0f ms CPU of the calling thread%n",
          retrieval,
          i + 1,
          ms(System.nanoTime() - t),
          ms(cpu.getCurrentThreadCpuTime() - c));
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static List<String> halves(String part) {
    return part.equals("both") ? List.of("tune", "holdout") : List.of(part);
  }

  private static boolean inHalf(long row, String half) {
    return (row % 2 == 0) == half.equals("tune");
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .get()
          .parse(r)
          .getRecords();
    }
  }

  /**
   * Recall@1 on the yente UN positives: the expected entry is the UN entry one of whose names has
   * the same normalized tokens as the untreated name (rows are aligned in the two files).
   */
  private static void recall(Screener screener, List<WatchlistEntry> un, Path dir, String half)
      throws IOException {
    List<CSVRecord> untreated = csv(dir.resolve("positives_un_untreated.csv"));
    List<CSVRecord> treated = csv(dir.resolve("positives_un_treated.csv"));
    java.util.Map<String, Set<String>> byTokens = new java.util.HashMap<>();
    for (WatchlistEntry e : un) {
      for (String n : e.allNames()) {
        byTokens.computeIfAbsent(sortedTokens(n), k -> new HashSet<>()).add(e.id());
      }
    }
    for (String variant : List.of("untreated", "treated")) {
      List<CSVRecord> rows = variant.equals("untreated") ? untreated : treated;
      int total = 0;
      int unresolved = 0;
      int top1 = 0;
      int top1Match = 0;
      int top1MatchWithDetails = 0;
      List<String> misses = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (!inHalf(i, half)) {
          continue;
        }
        Set<String> expected = byTokens.get(sortedTokens(untreated.get(i).get("full_name")));
        if (expected == null) {
          unresolved++;
          continue;
        }
        total++;
        String name = rows.get(i).get("full_name");
        List<ScreeningResult> results = screener.screen(ScreeningQuery.of(Schema.PERSON, name));
        if (!results.isEmpty() && expected.contains(results.get(0).entry().id())) {
          top1++;
          if (results.get(0).match()) {
            top1Match++;
          } else if (misses.size() < 8) {
            misses.add(name + " -> " + String.format(Locale.ROOT, "%.2f", results.get(0).score()));
          }
        } else if (misses.size() < 8) {
          misses.add(
              name
                  + " -> "
                  + (results.isEmpty()
                      ? "nothing"
                      : results.get(0).matchedName()
                          + String.format(Locale.ROOT, " %.2f", results.get(0).score())));
        }
        List<ScreeningResult> detailed =
            screener.screen(
                new ScreeningQuery(
                    Schema.PERSON,
                    List.of(name),
                    emptyToNull(rows.get(i).get("date_of_birth")),
                    emptyToNull(rows.get(i).get("nationality")) == null
                        ? List.of()
                        : List.of(rows.get(i).get("nationality"))));
        if (!detailed.isEmpty()
            && expected.contains(detailed.get(0).entry().id())
            && detailed.get(0).match()) {
          top1MatchWithDetails++;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "recall@1 UN %s [%s half]: %d queries (%d unresolved skipped): top1 %.4f, top1 and"
              + " match %.4f, with DOB+nationality %.4f%n",
          variant,
          half,
          total,
          unresolved,
          top1 / (double) total,
          top1Match / (double) total,
          top1MatchWithDetails / (double) total);
      misses.forEach(m -> System.out.println("  miss: " + m));
    }
  }

  private static @Nullable String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String sortedTokens(String name) {
    String[] t = Names.tokens(name).toArray(String[]::new);
    Arrays.sort(t);
    return String.join(" ", t);
  }

  private static void falsePositives(Screener screener, Path file, String half) throws IOException {
    List<CSVRecord> rows = csv(file);
    int total = 0;
    int fp = 0;
    int fpDetails = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!inHalf(i, half)) {
        continue;
      }
      total++;
      String name = rows.get(i).get("full_name");
      List<ScreeningResult> results = screener.screen(ScreeningQuery.of(Schema.PERSON, name));
      if (!results.isEmpty() && results.get(0).match()) {
        fp++;
        if (examples.size() < 10) {
          ScreeningResult r = results.get(0);
          examples.add(
              name + " -> " + r.matchedName() + " [" + r.entry().id() + "] " + r.explanation());
        }
        List<ScreeningResult> detailed =
            screener.screen(
                new ScreeningQuery(
                    Schema.PERSON,
                    List.of(name),
                    emptyToNull(rows.get(i).get("date_of_birth")),
                    emptyToNull(rows.get(i).get("nationality")) == null
                        ? List.of()
                        : List.of(rows.get(i).get("nationality"))));
        if (!detailed.isEmpty() && detailed.get(0).match()) {
          fpDetails++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "false positives %s [%s half]: %d of %d queries (%.3f%%) name only; %d (%.3f%%) with"
            + " DOB+nationality%n",
        file.getFileName(),
        half,
        fp,
        total,
        100.0 * fp / total,
        fpDetails,
        100.0 * fpDetails / total);
    examples.forEach(e -> System.out.println("  fp: " + e));
  }

  private static void crossScript(Path file) throws IOException {
    NameComparator comparator = NameComparator.standard();
    int total = 0;
    int matched = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split(",", 4);
      total++;
      double score = comparator.score(Schema.PERSON, cols[0], cols[1]);
      boolean match = score >= comparator.threshold();
      if (match) {
        matched++;
      }
      System.out.printf(
          Locale.ROOT,
          "  cross-script %s %s ~ %s [%s]: %.2f%n",
          match ? "ok  " : "MISS",
          cols[0],
          cols[1],
          Names.normalize(cols[0]),
          score);
    }
    System.out.printf(Locale.ROOT, "cross-script pairs: %d of %d match%n", matched, total);
  }

  private static void ofacParity(Path file) throws IOException {
    NameComparator ofac = NameComparator.ofac();
    double sum = 0;
    int n = 0;
    int exact = 0;
    int within2 = 0;
    List<String> worst = new ArrayList<>();
    double[] halfSum = new double[2];
    int[] halfCount = new int[2];
    List<CSVRecord> rows = csv(file);
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord r = rows.get(i);
      int expected = Integer.parseInt(r.get("ofac_score").strip());
      if (expected < 0) {
        continue;
      }
      double got = 100 * ofac.score(Schema.PERSON, r.get("query_name"), r.get("result_name"));
      double err = Math.abs(got - expected);
      sum += err;
      n++;
      halfSum[i % 2] += err;
      halfCount[i % 2]++;
      if (Math.round(got) == expected) {
        exact++;
      }
      if (err <= 2) {
        within2++;
      }
      if (err > 2) {
        worst.add(
            String.format(
                Locale.ROOT,
                "%s ~ %s: ofac %d, ours %.1f",
                r.get("query_name"),
                r.get("result_name"),
                expected,
                got));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "ofac parity: %d rows with a score, MAE %.2f points (tune half %.2f, held-out half %.2f),"
            + " %d exact, %d within 2%n",
        n,
        sum / n,
        halfSum[0] / halfCount[0],
        halfSum[1] / halfCount[1],
        exact,
        within2);
    worst.stream().limit(40).forEach(w -> System.out.println("  off: " + w));
  }

  /**
   * A synthetic index of 1,000,000 person names made of first, middle and last names of the yente
   * negatives, recombined at random (seeded): build time, heap, queries per second.
   */
  private static void big(Path dir, Screener.Retrieval retrieval) throws IOException {
    List<String> first = new ArrayList<>();
    List<String> last = new ArrayList<>();
    for (String f : List.of("negatives_global.csv", "negatives_us.csv")) {
      for (CSVRecord r : csv(dir.resolve(f))) {
        if (!r.get("first_name").isBlank() && !r.get("last_name").isBlank()) {
          first.add(r.get("first_name"));
          last.add(r.get("last_name"));
        }
      }
    }
    java.util.Random random = new java.util.Random(42);
    List<WatchlistEntry> entries = new ArrayList<>(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      String name =
          last.get(random.nextInt(last.size()))
              + ", "
              + first.get(random.nextInt(first.size()))
              + (i % 3 == 0 ? " " + first.get(random.nextInt(first.size())) : "");
      entries.add(
          WatchlistEntry.builder("synthetic", Integer.toString(i), Schema.PERSON, name).build());
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t = System.nanoTime();
    Screener big = create(entries, retrieval);
    long built = System.nanoTime() - t;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      queries.add(
          first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size())));
    }
    long q = System.nanoTime();
    for (String query : queries) {
      big.screen(ScreeningQuery.of(Schema.PERSON, query));
    }
    long elapsed = System.nanoTime() - q;
    System.out.printf(
        Locale.ROOT,
        "synthetic 1,000,000-name index: built in %.1f s, heap +%d MB (entries included), %.0f"
            + " queries/s (1 thread, 5,000 queries)%n",
        built / 1e9,
        (after - before) / (1024 * 1024),
        queries.size() / (elapsed / 1e9));
  }

  private static void speed(Screener screener, Path file) throws IOException {
    List<String> queries = new ArrayList<>();
    for (CSVRecord r : csv(file)) {
      queries.add(r.get("full_name"));
      if (queries.size() == 20_000) {
        break;
      }
    }
    for (String q : queries.subList(0, 2000)) {
      screener.screen(ScreeningQuery.of(Schema.PERSON, q));
    }
    long[] latencies = new long[queries.size()];
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < queries.size(); i++) {
      long s = System.nanoTime();
      screener.screen(ScreeningQuery.of(Schema.PERSON, queries.get(i)));
      latencies[i] = System.nanoTime() - s;
    }
    long elapsed = System.nanoTime() - start;
    long cpuElapsed = cpu.getCurrentThreadCpuTime() - cpuStart;
    System.out.printf(
        Locale.ROOT,
        "speed (1 thread, CPU time, robust to other load): %.0f queries per CPU-second%n",
        queries.size() / (cpuElapsed / 1e9));
    Arrays.sort(latencies);
    System.out.printf(
        Locale.ROOT,
        "speed (1 thread): %d single-name queries, %.0f queries/s, p50 %.2f ms, p99 %.2f ms, max"
            + " %.2f ms%n",
        queries.size(),
        queries.size() / (elapsed / 1e9),
        ms(latencies[latencies.length / 2]),
        ms(latencies[(int) (latencies.length * 0.99)]),
        ms(latencies[latencies.length - 1]));
    int threads = 2;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    long p = System.nanoTime();
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      int offset = k;
      futures.add(
          pool.submit(
              () -> {
                for (int i = offset; i < queries.size(); i += threads) {
                  screener.screen(ScreeningQuery.of(Schema.PERSON, queries.get(i)));
                }
              }));
    }
    for (java.util.concurrent.Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "speed (%d threads): %.0f queries/s%n",
        threads,
        queries.size() / ((System.nanoTime() - p) / 1e9));
    List<String> article = queries.subList(0, 30);
    long a = System.nanoTime();
    int rounds = 50;
    for (int k = 0; k < rounds; k++) {
      for (String q : article) {
        screener.screen(ScreeningQuery.of(Schema.PERSON, q));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "speed: 30 names (one article) in %.2f ms on average%n",
        ms((System.nanoTime() - a) / rounds));
  }
}
