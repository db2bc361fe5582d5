package org.redflag.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 of {@link NameTagger} on CoNLL-2003 English dev, with
 * conlleval's chunk rules (a chunk starts at B-X, or at I-X after a different type; exact span and
 * type must match). Reads {@code ../shared/data/nlp/conll2003_eng_dev_iob2.txt} (Reuters text,
 * research use only, never committed) and exits with a one-line reason when it is absent. Not a
 * unit test; run it with
 *
 * <pre>
 * ./mvnw -q -pl nlp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp "$(cat nlp/target/cp.txt):nlp/target/classes:nlp/target/test-classes" \
 *     org.redflag.nlp.ConllEvaluation
 * </pre>
 */
final class ConllEvaluation {

  private ConllEvaluation() {}

  /** A chunk: type and token span {@code [start, end)} in the whole file. */
  record Chunk(String type, int start, int end) {}

  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(System.getProperty("redflag.shared", "../shared"))
            .resolve("data/nlp/conll2003_eng_dev_iob2.txt");
    if (!Files.exists(file)) {
      System.out.println("skipped: " + file + " is absent (research-only data)");
      return;
    }
    List<List<String[]>> sentences = read(file);
    NameTagger tagger = NameTagger.load(s -> {});
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    long t0 = System.nanoTime();
    for (List<String[]> s : sentences) {
      List<String> tokens = s.stream().map(r -> r[0]).toList();
      List<String> tags = tagger.tag(tokens);
      for (int i = 0; i < s.size(); i++) {
        gold.add(s.get(i)[s.get(i).length - 1]);
        predicted.add(tags.get(i));
      }
      gold.add("O");
      predicted.add("O");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    report(chunks(gold), chunks(predicted));
    System.out.printf(
        Locale.ROOT,
        "%d sentences, %d tokens, %.0f tokens/s%n",
        sentences.size(),
        gold.size() - sentences.size(),
        (gold.size() - sentences.size()) / seconds);
  }

  static List<List<String[]>> read(Path file) throws IOException {
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip().split("\\s+"));
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  static Set<Chunk> chunks(List<String> tags) {
    Set<Chunk> chunks = new HashSet<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        chunks.add(new Chunk(type, start, i));
        type = null;
      }
      if (begins) {
        type = t;
        start = i;
      }
    }
    return chunks;
  }

  static double[] prf(Set<Chunk> gold, Set<Chunk> predicted) {
    long tp = predicted.stream().filter(gold::contains).count();
    double p = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
    double r = gold.isEmpty() ? 0 : (double) tp / gold.size();
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f, tp, gold.size(), predicted.size()};
  }

  private static void report(Set<Chunk> gold, Set<Chunk> predicted) {
    double[] all = prf(gold, predicted);
    System.out.printf(
        Locale.ROOT,
        "all:  P %.4f  R %.4f  F1 %.4f  (%d correct, %d gold, %d predicted)%n",
        all[0],
        all[1],
        all[2],
        (long) all[3],
        (long) all[4],
        (long) all[5]);
    Map<String, double[]> byType = new TreeMap<>();
    for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
      Set<Chunk> g = new HashSet<>(gold);
      g.removeIf(c -> !c.type().equals(type));
      Set<Chunk> p = new HashSet<>(predicted);
      p.removeIf(c -> !c.type().equals(type));
      byType.put(type, prf(g, p));
    }
    byType.forEach(
        (type, v) ->
            System.out.printf(
                Locale.ROOT, "%-5s P %.4f  R %.4f  F1 %.4f%n", type + ":", v[0], v[1], v[2]));
  }
}
