package org.redflag.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.redflag.app.Main;
import org.redflag.graph.GlobalEntity;
import org.redflag.graph.Knowledge;
import org.redflag.store.EntityRow;
import org.redflag.store.Store;
import org.redflag.store.StoreStatus;
import picocli.CommandLine;

/**
 * Ingests the Guardian sample and two Reuters-21578 files through {@code redflag ingest} twice (the
 * second run must add nothing), then measures entity-profile latency. Research-only data from
 * {@code ../shared/data/corpora}; nothing is written outside the given directory.
 *
 * <p>Run: {@code ./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redflag.app.bench.IngestBenchmark -Dexec.args="/tmp/rf-bench"} or with
 * {@code java -cp} over the test classpath. A second argument {@code latency} only measures the
 * queries over the store of an earlier run.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "/tmp/redflag-bench");
    Path corpora = Path.of(System.getProperty("redflag.shared", "../shared"), "data", "corpora");
    Path docs = work.resolve("docs");
    Path home = work.resolve("home");
    if (args.length > 1 && args[1].equals("latency")) {
      latency(home);
      return;
    }
    int n = materialize(corpora, docs);
    System.out.printf("corpus: %d documents in %s%n", n, docs);
    for (int run = 1; run <= 2; run++) {
      long t0 = System.nanoTime();
      int code = run(home, "ingest", "--format", "json", "--quiet", docs.toString());
      System.out.printf(
          "run %d: exit %d, %.1f s wall%n", run, code, (System.nanoTime() - t0) / 1e9);
    }
    System.out.printf("store size: %.1f MB%n", size(home.resolve("store")) / 1e6);
    run(home, "status");
    latency(home);
  }

  static void latency(Path home) {
    try (Store store = Store.open(home)) {
      long r0 = System.nanoTime();
      var resolution = Knowledge.over(store).resolve();
      System.out.printf(
          "resolution: %,d entities -> %,d global entities in %.1f s%n",
          resolution.entities(), resolution.globalEntities(), (System.nanoTime() - r0) / 1e9);
      StoreStatus s = store.status();
      List<String> names = new ArrayList<>();
      List<EntityRow> rows = new ArrayList<>();
      store.forEachEntity(rows::add);
      for (int i = 0; i < rows.size() && names.size() < 200; i += Math.max(1, rows.size() / 200)) {
        names.add(rows.get(i).name());
      }
      Knowledge k = Knowledge.over(store);
      for (String name : names.subList(0, Math.min(20, names.size()))) {
        k.profile(name); // warm-up
      }
      long[] profile = new long[names.size()];
      long[] find = new long[names.size()];
      for (int i = 0; i < names.size(); i++) {
        long t0 = System.nanoTime();
        List<GlobalEntity> found = k.find(names.get(i), 5);
        find[i] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        k.profile(names.get(i));
        profile[i] = System.nanoTime() - t0;
        if (found.isEmpty()) {
          System.out.println("  not found: " + names.get(i));
        }
      }
      System.out.printf(
          "entity queries over %,d documents / %,d entities (%d names): find p50 %.1f ms p95 %.1f"
              + " ms; profile p50 %.1f ms p95 %.1f ms max %.1f ms%n",
          s.documents(),
          s.entities(),
          names.size(),
          pct(find, 50),
          pct(find, 95),
          pct(profile, 50),
          pct(profile, 95),
          pct(profile, 100));
    }
  }

  static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static int run(Path home, String... args) {
    String[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--home";
    all[args.length + 1] = home.toString();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(System.out, true));
    cli.setErr(new PrintWriter(System.err, true));
    return cli.execute(all);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** Writes each story as a .txt file with a title/date/url header; returns how many. */
  static int materialize(Path corpora, Path out) throws IOException {
    Files.createDirectories(out);
    int n = 0;
    try (Reader r = Files.newBufferedReader(corpora.resolve("guardian_sdf_sample_2019.csv"))) {
      for (CSVRecord rec :
          CSVFormat.DEFAULT.builder().setHeader().setAllowMissingColumnNames(true).get().parse(r)) {
        String body = rec.get("text").strip();
        if (!body.isEmpty()) {
          write(
              out, "guardian-" + rec.get(0), null, rec.get("date"), "guardian:" + rec.get(0), body);
          n++;
        }
      }
    }
    Pattern story =
        Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    for (String file : List.of("reuters21578_reut2-000.sgm", "reuters21578_reut2-001.sgm")) {
      String sgm = Files.readString(corpora.resolve(file), StandardCharsets.ISO_8859_1);
      Matcher m = story.matcher(sgm);
      while (m.find()) {
        String s = m.group(2);
        String title = unescape(tag(s, "TITLE"));
        String body = unescape(tag(s, "BODY")).strip();
        if (body.isEmpty()) {
          body = unescape(tag(s, "TEXT")).replaceAll("<[^>]+>", " ").strip();
        }
        if (body.isEmpty()) {
          continue;
        }
        String date = reutersDate(tag(s, "DATE"));
        write(out, "reuters-" + m.group(1), title, date, "reuters:" + m.group(1), body);
        n++;
      }
    }
    return n;
  }

  private static void write(
      Path out, String name, String title, String date, String url, String body)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    if (title != null && !title.isBlank()) {
      sb.append("title: ").append(title.replace('\n', ' ')).append('\n');
    }
    if (date != null) {
      sb.append("date: ").append(date).append('\n');
    }
    sb.append("url: ").append(url).append("\n\n").append(body).append('\n');
    Files.writeString(out.resolve(name + ".txt"), sb.toString(), StandardCharsets.UTF_8);
  }

  private static String tag(String s, String tag) {
    Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(s);
    return m.find() ? m.group(1) : "";
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replaceAll("&#\\d+;", "")
        .replace("\u0003", "");
  }

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  private static String reutersDate(String raw) {
    Matcher m = Pattern.compile("(\\d{1,2})-([A-Z]{3})-(\\d{4})").matcher(raw.strip());
    if (!m.find()) {
      return null;
    }
    int month = MONTHS.indexOf(m.group(2)) + 1;
    return String.format("%s-%02d-%02d", m.group(3), month, Integer.parseInt(m.group(1)));
  }
}
