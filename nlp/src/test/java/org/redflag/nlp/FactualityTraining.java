package org.redflag.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits the linear correction of {@link EventFactuality} to the UW factuality training set ({@code
 * ../shared/data/nlp/factuality/uw_train.conll}, research use only, never committed) and writes
 * {@code nlp/src/main/resources/org/redflag/nlp/factuality-weights.tsv}. The loss is the absolute
 * error (what the evaluation reports), minimized by stochastic subgradient descent with L2
 * shrinkage, optionally averaging the weights over the epochs; features seen fewer than {@code
 * MIN_COUNT} times are dropped. The weights are fitted to the training set only; the settings (and
 * the feature set of {@link EventFactuality#features}) were chosen on the UW dev set, as issue 5
 * allows: {@code --tune} fits every setting of a small grid to train and prints its dev MAE. Run it
 * with
 *
 * <pre>
 * ./mvnw -q -pl nlp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "$(cat nlp/target/cp.txt):nlp/target/classes:nlp/target/test-classes" \
 *     org.redflag.nlp.FactualityTraining [--tune]
 * </pre>
 */
final class FactualityTraining {

  private static final int MIN_COUNT = 3;
  private static final int EPOCHS = 30;
  private static final double RATE = 0.04;
  private static final double L2 = 1e-3;
  private static final boolean AVERAGED = true;

  /** One training event: its rule value, its features and the gold score. */
  private record Example(double base, List<String> features, double gold) {}

  private FactualityTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(System.getProperty("redflag.shared", "../shared")).resolve("data/nlp/factuality");
    Path file = dir.resolve("uw_train.conll");
    if (!Files.exists(file)) {
      System.out.println("skipped: " + file + " is absent (research-only data)");
      return;
    }
    List<Example> all = examples(file);
    if (args.length > 0 && args[0].equals("--tune")) {
      List<Example> dev = examples(dir.resolve("uw_dev.conll"));
      System.out.printf(Locale.ROOT, "dev, rules alone: MAE %.4f%n", mae(dev, Map.of()));
      for (int minCount : new int[] {3, 5, 10}) {
        for (int epochs : new int[] {10, 30, 60}) {
          for (double l2 : new double[] {0, 1e-4, 1e-3}) {
            for (boolean averaged : new boolean[] {false, true}) {
              for (double rate : new double[] {0.01, 0.02, 0.04}) {
                Map<String, Double> w = train(all, minCount, epochs, rate, l2, averaged);
                System.out.printf(
                    Locale.ROOT,
                    "rate %.2f min %2d epochs %2d l2 %.0e averaged %-5s: dev MAE %.4f%n",
                    rate,
                    minCount,
                    epochs,
                    l2,
                    averaged,
                    mae(dev, w));
              }
            }
          }
        }
      }
      return;
    }
    Map<String, Double> w = train(all, MIN_COUNT, EPOCHS, RATE, L2, AVERAGED);
    System.out.printf(
        Locale.ROOT,
        "train: %d events, MAE %.3f (rules alone %.3f), %d weights%n",
        all.size(),
        mae(all, w),
        mae(all, Map.of()),
        w.size());
    StringBuilder out = new StringBuilder();
    out.append(
            "# Learned corrections of EventFactuality's rule values (feature, weight), fitted to\n")
        .append("# the UW factuality training set by FactualityTraining (least absolute error,\n")
        .append(
            String.format(
                Locale.ROOT,
                "# min count %d, %d epochs, rate %.2f, L2 %.0e, averaged %s). Regenerate; do not"
                    + " edit.%n",
                MIN_COUNT,
                EPOCHS,
                RATE,
                L2,
                AVERAGED));
    new TreeMap<>(w)
        .forEach(
            (f, v) -> {
              if (Math.abs(v) >= 0.005) {
                out.append(f)
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", v))
                    .append('\n');
              }
            });
    Path target = Path.of("nlp/src/main/resources/org/redflag/nlp/factuality-weights.tsv");
    Files.writeString(target, out, StandardCharsets.UTF_8);
    System.out.println("wrote " + target);
  }

  private static List<Example> examples(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    for (List<String[]> rows : FactualityEvaluation.sentences(file)) {
      List<EventFactuality.DepToken> s = new ArrayList<>();
      for (String[] r : rows) {
        s.add(new EventFactuality.DepToken(r[1], r[3], r[6], Integer.parseInt(r[4]), r[5]));
      }
      for (int i = 0; i < rows.size(); i++) {
        if (!rows.get(i)[2].equals("_")) {
          EventFactuality.Score rule = EventFactuality.rule(s, i);
          out.add(
              new Example(
                  rule.value(),
                  EventFactuality.features(s, i, rule),
                  Double.parseDouble(rows.get(i)[2])));
        }
      }
    }
    return out;
  }

  private static Map<String, Double> train(
      List<Example> data, int minCount, int epochs, double rate, double l2, boolean averaged) {
    return train(data, minCount, epochs, rate, l2, averaged, 1);
  }

  private static Map<String, Double> train(
      List<Example> data,
      int minCount,
      int epochs,
      double rate,
      double l2,
      boolean averaged,
      long seed) {
    Map<String, Integer> counts = new HashMap<>();
    data.forEach(x -> x.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> sum = new HashMap<>();
    List<Example> order = new ArrayList<>(data);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      if (averaged) {
        w.forEach((f, v) -> sum.merge(f, v, Double::sum));
      }
      java.util.Collections.shuffle(order, random);
      double step = rate / (1 + epoch * 0.2);
      for (Example x : order) {
        double p = predict(x, w);
        double g = Math.signum(p - x.gold());
        for (String f : x.features()) {
          if (counts.get(f) >= minCount) {
            double v = w.getOrDefault(f, 0.0);
            w.put(f, v - step * (g + l2 * v * data.size() / counts.get(f)));
          }
        }
      }
    }
    if (averaged) {
      w.forEach((f, v) -> sum.merge(f, v, Double::sum));
      sum.replaceAll((f, v) -> v / (epochs + 1));
      return sum;
    }
    return w;
  }

  private static double predict(Example x, Map<String, Double> w) {
    double v = x.base();
    for (String f : x.features()) {
      v += w.getOrDefault(f, 0.0);
    }
    return Math.max(-3, Math.min(3, v));
  }

  private static double mae(List<Example> data, Map<String, Double> w) {
    double e = 0;
    for (Example x : data) {
      e += Math.abs(predict(x, w) - x.gold());
    }
    return e / data.size();
  }
}
