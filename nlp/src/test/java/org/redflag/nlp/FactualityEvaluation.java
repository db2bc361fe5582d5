package org.redflag.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Mean absolute error and three-way accuracy of {@link EventFactuality} on the UW factuality dev
 * set ({@code ../shared/data/nlp/factuality/uw_dev.conll}: research use only, never committed; the
 * harness exits with a one-line reason when it is absent). The parses are the ones in the file.
 * Three-way classes: happened (score above 1), uncertain (-1 to 1), did not happen (below -1). Not
 * a unit test; run it with
 *
 * <pre>
 * ./mvnw -q -pl nlp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "$(cat nlp/target/cp.txt):nlp/target/classes:nlp/target/test-classes" \
 *     org.redflag.nlp.FactualityEvaluation [uw_dev.conll|uw_train.conll] [--by-rule]
 * </pre>
 */
final class FactualityEvaluation {

  private FactualityEvaluation() {}

  public static void main(String[] args) throws IOException {
    String name = args.length > 0 ? args[0] : "uw_dev.conll";
    Path file =
        Path.of(System.getProperty("redflag.shared", "../shared"))
            .resolve("data/nlp/factuality")
            .resolve(name);
    if (!Files.exists(file)) {
      System.out.println("skipped: " + file + " is absent (research-only data)");
      return;
    }
    java.util.Map<String, double[]> byRule = new java.util.TreeMap<>();
    double error = 0;
    double baseline = 0;
    int n = 0;
    int correct = 0;
    for (List<String[]> rows : sentences(file)) {
      List<EventFactuality.DepToken> s = new ArrayList<>();
      for (String[] r : rows) {
        s.add(new EventFactuality.DepToken(r[1], r[3], r[6], Integer.parseInt(r[4]), r[5]));
      }
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i)[2].equals("_")) {
          continue;
        }
        double gold = Double.parseDouble(rows.get(i)[2]);
        EventFactuality.Score score = EventFactuality.score(s, i);
        double predicted = score.value();
        error += Math.abs(gold - predicted);
        String rule = score.rule().replaceAll(":.*", "");
        double[] r = byRule.computeIfAbsent(rule, k -> new double[3]);
        r[0]++;
        r[1] += Math.abs(gold - predicted);
        r[2] += gold;
        baseline += Math.abs(gold - 3);
        correct += threeWay(gold) == threeWay(predicted) ? 1 : 0;
        n++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d events, MAE %.3f (always fact: %.3f), three-way accuracy %.3f%n",
        name,
        n,
        error / n,
        baseline / n,
        (double) correct / n);
    if (args.length > 1 && args[1].equals("--by-rule")) {
      byRule.forEach(
          (rule, r) ->
              System.out.printf(
                  Locale.ROOT,
                  "  %-28s n %5.0f  error %7.1f  mean gold %5.2f%n",
                  rule,
                  r[0],
                  r[1],
                  r[2] / r[0]));
    }
  }

  private static int threeWay(double v) {
    return v > 1 ? 1 : v < -1 ? -1 : 0;
  }

  static List<List<String[]>> sentences(Path file) throws IOException {
    List<List<String[]>> out = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.split("\t"));
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
