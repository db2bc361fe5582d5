package org.redflag.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;
import org.redflag.model.Event;
import org.redflag.nlp.Analysis;
import org.redflag.nlp.ParsedSentence;
import org.redflag.nlp.TextAnalyzer;

/**
 * Trains {@link SentenceTyper}'s two models, not a test. Reads research-only data from {@code
 * ../shared/data/nlp} (never committed) and prints a one-line reason when it is absent.
 *
 * <p>Training data: the development halves (the same split as {@code PloverEvaluation}: within each
 * gold label, records alternate dev / held-out) of the PLOVER gold standard (type model, and class
 * model through each type's class) and of ConfliBERT's CAMEO class sentences (class model). The
 * regularization, the threshold and the override probability are chosen by 5-fold cross-validation
 * inside the dev halves; the held-out halves are only reported. {@code --write} writes the weights
 * to {@code events/src/main/resources/org/redflag/events/typer-{class,type}.tsv}.
 *
 * <pre>
 * ./mvnw -q -pl events test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP="$(cat events/target/cp.txt):events/target/classes:events/target/test-classes"
 * java -Xmx3g -cp "$CP" org.redflag.events.EventTypeTraining ../shared/data/nlp [--write]
 * </pre>
 *
 * The parses and what the dictionary alone codes are cached in {@code
 * events/target/typer-items.json} (delete it after changing the dictionary or the parser).
 */
final class EventTypeTraining {

  /**
   * One sentence.
   *
   * @param corpus {@code gsr} or {@code quad}
   * @param gold the gold PLOVER type (gsr) or CAMEO class digit (quad)
   * @param rule the dictionary's main event type, or {@code -}
   */
  record Item(String corpus, boolean dev, String gold, String rule, ParsedSentence parse) {
    String goldClass() {
      return corpus.equals("gsr") ? String.valueOf(SentenceTyper.CLASS_OF.get(gold)) : gold;
    }
  }

  private static final Lexicon LEXICON = Lexicon.load();

  /** How far below the best cross-validated score a more cautious setting may be. */
  private static final double TOLERANCE = 0.005;

  /** How many Guardian articles give no-event sentences. */
  private static final int NEWS_ARTICLES = 20;

  private static final double[] SIGMAS = {0.25, 0.5, 1, 2, 4};
  private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5};
  private static final double[] OVERRIDES = {0.6, 0.7, 0.8, 0.9, 0.95, 1.01};

  private EventTypeTraining() {}

  public static void main(String[] args) throws Exception {
    Path dir =
        Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/data/nlp");
    boolean write = List.of(args).contains("--write");
    Path gsr = dir.resolve("PLOVER_GSR_CAMEO.txt");
    Path quad = dir.resolve("conflibert_cameo/cameo_class_train.tsv");
    if (!Files.isRegularFile(gsr) || !Files.isRegularFile(quad)) {
      System.out.println("skipped: " + gsr + " or " + quad + " is absent (research-only data)");
      return;
    }
    List<Item> items = items(gsr, quad, Path.of("events/target/typer-items.json"));
    List<Item> dev = items.stream().filter(Item::dev).toList();
    List<Item> held = items.stream().filter(i -> !i.dev()).toList();

    // a false event in the news costs as much as a wrong type in the gold sets
    List<double[]> grid = new ArrayList<>();
    for (double sg : SIGMAS) {
      for (double th : THRESHOLDS) {
        for (double ov : OVERRIDES) {
          double[] cv = crossValidate(dev, sg, th, ov);
          System.out.printf(
              Locale.ROOT,
              "sigma %.2f threshold %.1f override %.2f: dev 5-fold GSR type %.3f, CAMEO class"
                  + " %.3f, news sentences given an event %.3f%n",
              sg,
              th,
              ov,
              cv[0],
              cv[1],
              cv[2]);
          grid.add(new double[] {sg, th, ov, cv[0] + cv[1] - cv[2]});
        }
      }
    }
    // Differences of a few sentences are noise: of the settings within TOLERANCE of the best, take
    // the one that lets the models change least (highest override, then highest threshold).
    double best = grid.stream().mapToDouble(g -> g[3]).max().orElseThrow();
    double[] chosen =
        grid.stream()
            .filter(g -> g[3] >= best - TOLERANCE)
            .max(
                java.util.Comparator.<double[]>comparingDouble(g -> g[2])
                    .thenComparingDouble(g -> g[1])
                    .thenComparingDouble(g -> g[3]))
            .orElseThrow();
    double sigma = chosen[0];
    double threshold = chosen[1];
    double override = chosen[2];
    SentenceTyper.Model classes = train(dev, true, sigma);
    SentenceTyper.Model types = train(dev, false, sigma);
    SentenceTyper typer = new SentenceTyper(classes, types, threshold, override, LEXICON);
    double[] rulesOnly = score(held, null);
    double[] withTyper = score(held, typer);
    System.out.printf(
        Locale.ROOT,
        "chosen sigma %.2f threshold %.1f override %.2f%nheld-out (simulated main event):"
            + " dictionary alone GSR type %.3f, CAMEO class %.3f; with typer GSR type %.3f,"
            + " CAMEO class %.3f, news sentences given an event %.3f%n",
        sigma,
        threshold,
        override,
        rulesOnly[0],
        rulesOnly[1],
        withTyper[0],
        withTyper[1],
        withTyper[2]);
    if (write) {
      Path res = Path.of("events/src/main/resources/org/redflag/events");
      String header =
          String.format(
              Locale.ROOT,
              "# redflag SentenceTyper %s model: label, feature, weight. Trained by EventTypeTraining"
                  + " on the dev halves of PLOVER_GSR_CAMEO (CC BY-SA 4.0) and ConfliBERT"
                  + " cameo_class_train; sigma %.2f, threshold %.1f, override %.2f.%n",
              "%s",
              sigma,
              threshold,
              override);
      Files.writeString(res.resolve("typer-class.tsv"), dump(header, "class", classes));
      Files.writeString(res.resolve("typer-type.tsv"), dump(header, "type", types));
      System.out.println(
          "wrote "
              + res
              + "/typer-{class,type}.tsv; set the threshold and override in SentenceTyper.bundled()");
    }
  }

  /**
   * [GSR type accuracy, CAMEO class accuracy, share of no-event news sentences given an event] of
   * the main event, dictionary first.
   */
  static double[] score(List<Item> items, @Nullable SentenceTyper typer) {
    int[] right = new int[3];
    int[] total = new int[3];
    for (Item i : items) {
      String type = i.rule();
      if (typer != null) {
        SentenceTyper.Guess g = typer.guess(i.parse(), type.equals("-") ? null : type);
        if (g != null && (type.equals("-") || g.replaces())) {
          type = g.type();
        }
      }
      int k = List.of("gsr", "quad", "news").indexOf(i.corpus());
      total[k]++;
      boolean counted =
          switch (k) {
            case 0 -> type.equals(i.gold());
            case 1 -> String.valueOf(SentenceTyper.CLASS_OF.getOrDefault(type, 0)).equals(i.gold());
            default -> !type.equals("-");
          };
      if (counted) {
        right[k]++;
      }
    }
    double[] out = new double[3];
    for (int k = 0; k < 3; k++) {
      out[k] = total[k] == 0 ? 0 : (double) right[k] / total[k];
    }
    return out;
  }

  private static double[] crossValidate(
      List<Item> dev, double sigma, double threshold, double override) {
    int folds = 5;
    double[] sum = new double[3];
    for (int f = 0; f < folds; f++) {
      List<Item> train = new ArrayList<>();
      List<Item> test = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) {
        (i % folds == f ? test : train).add(dev.get(i));
      }
      SentenceTyper t =
          new SentenceTyper(
              train(train, true, sigma), train(train, false, sigma), threshold, override, LEXICON);
      double[] s = score(test, t);
      for (int k = 0; k < 3; k++) {
        sum[k] += s[k] / folds;
      }
    }
    return sum;
  }

  /** The class model (all items, their class) or the type model (GSR items, their type). */
  static SentenceTyper.Model train(List<Item> items, boolean classModel, double sigma) {
    Dataset<String, String> data = new Dataset<>();
    for (Item i : items) {
      if (!classModel && !i.corpus().equals("gsr")) {
        continue;
      }
      String rule = i.rule().equals("-") ? null : i.rule();
      data.add(
          new BasicDatum<>(
              SentenceTyper.features(i.parse(), SentenceTyper.predicate(i.parse()), rule, LEXICON),
              classModel ? i.goldClass() : i.gold()));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> c = factory.trainClassifier(data);
    Map<String, Map<String, Double>> weights = new HashMap<>();
    for (Map.Entry<String, Counter<String>> e : c.weightsAsMapOfCounters().entrySet()) {
      for (Map.Entry<String, Double> w : e.getValue().entrySet()) {
        if (Math.abs(w.getValue()) >= 1e-4) {
          weights.computeIfAbsent(w.getKey(), k -> new HashMap<>()).put(e.getKey(), w.getValue());
        }
      }
    }
    return new SentenceTyper.Model(weights, List.copyOf(c.labels()));
  }

  private static String dump(String header, String name, SentenceTyper.Model m) {
    StringWriter out = new StringWriter();
    out.write(String.format(Locale.ROOT, header, name));
    for (String label : m.labels()) {
      out.write("# label " + label + "\n");
    }
    Map<String, Map<String, Double>> sorted = new TreeMap<>(m.weights());
    sorted.forEach(
        (f, ws) ->
            new TreeMap<>(ws)
                .forEach(
                    (l, w) -> out.write(String.format(Locale.ROOT, "%s\t%s\t%.4f%n", l, f, w))));
    String text = out.toString();
    try {
      // every label appears in the file, so reading it back gives the same model
      SentenceTyper.Model.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text;
  }

  private static List<Item> items(Path gsr, Path quad, Path cache) throws Exception {
    ObjectMapper json = new ObjectMapper();
    if (Files.isRegularFile(cache)) {
      return json.readValue(cache.toFile(), new TypeReference<List<Item>>() {});
    }
    TextAnalyzer nlp = TextAnalyzer.load(System.err::println);
    FrameCoder rules = new FrameCoder(Dictionary.bundled(), Goods.bundled(), null, LEXICON);
    List<Item> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode rec : json.readTree(Files.readString(gsr, StandardCharsets.UTF_8))) {
      String gold = rec.path("event").asText();
      if (gold.equals("DOCUMENT") || !rec.hasNonNull("text")) {
        continue;
      }
      gold = PloverEvaluation.OLD_NAMES.getOrDefault(gold, gold);
      boolean dev = seen.merge("gsr " + gold, 1, Integer::sum) % 2 == 1;
      out.add(item("gsr", dev, gold, rec.path("text").asText(), nlp, rules));
    }
    for (String line : Files.readAllLines(quad, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\t");
      if (f.length != 2 || !f[1].matches("[0-4]")) {
        continue;
      }
      boolean dev = seen.merge("quad " + f[1], 1, Integer::sum) % 2 == 1;
      out.add(item("quad", dev, f[1], f[0], nlp, rules));
      if (out.size() % 200 == 0) {
        System.err.println(out.size() + " sentences parsed");
      }
    }
    Path news = gsr.resolveSibling("../corpora/guardian_sdf_sample_2019.csv").normalize();
    if (Files.isRegularFile(news)) {
      newsItems(news, nlp, rules, out);
    } else {
      System.err.println("no-event sentences: skipped, " + news + " is absent");
    }
    Files.createDirectories(cache.getParent());
    json.writeValue(cache.toFile(), out);
    return out;
  }

  /**
   * Sentences of Guardian articles in which the dictionary codes nothing, as examples of no event
   * (N); articles alternate dev / held-out.
   */
  /** The Guardian sample's articles (columns idx, date, text, source). */
  static CSVParser guardian(Path csv) throws IOException {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader("idx", "date", "text", "source")
        .setSkipHeaderRecord(true)
        .get()
        .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
  }

  private static void newsItems(Path csv, TextAnalyzer nlp, FrameCoder rules, List<Item> out)
      throws IOException {
    int articles = 0;
    try (CSVParser p = guardian(csv)) {
      for (CSVRecord r : p) {
        if (articles++ == NEWS_ARTICLES) {
          break;
        }
        Document doc = Document.of(null, null, null, r.get("text"));
        Analysis a = nlp.analyze(doc);
        List<Event> events = rules.code(doc, a).events();
        for (ParsedSentence s : a.parses()) {
          boolean coded =
              events.stream()
                  .anyMatch(
                      e ->
                          e.evidence().start() >= s.span().start()
                              && e.evidence().start() < s.span().end());
          if (!coded && s.words().size() >= 5) {
            out.add(new Item("news", articles % 2 == 1, "N", "-", s));
          }
        }
        System.err.println(articles + " news articles parsed");
      }
    }
  }

  private static Item item(
      String corpus, boolean dev, String gold, String text, TextAnalyzer nlp, FrameCoder rules) {
    Document doc = Document.of(null, null, null, text);
    Analysis a = nlp.analyze(doc);
    Event main = PloverEvaluation.primary(rules.code(doc, a).events());
    ParsedSentence longest = a.parses().get(0);
    for (ParsedSentence s : a.parses()) {
      if (s.words().size() > longest.words().size()) {
        longest = s;
      }
    }
    return new Item(corpus, dev, gold, main == null ? "-" : main.type(), longest);
  }
}
