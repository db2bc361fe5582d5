package org.redflag.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.nlp.ParsedSentence;

/**
 * The learned part of the coder: two linear (maximum-entropy) models over the words and the
 * dependency frame of a sentence and over what the dictionary coded in it. The class model gives
 * the CAMEO class of the sentence's main event (0 statement or appeal, 1 verbal cooperation, 2
 * material cooperation, 3 verbal conflict, 4 material conflict) or N, no event; the type model the
 * PLOVER type. The coder asks them about every sentence ({@link #guess}): where the dictionary
 * found no event, the main verb gets the most probable type of the most probable event class; where
 * it did, its main event is retyped when the models are sure of another class.
 *
 * <p>The weights ({@code typer-class.tsv}, {@code typer-type.tsv}) are trained by {@code
 * EventTypeTraining} (test sources) on the development halves of the PLOVER gold standard and of
 * ConfliBERT's CAMEO class sentences, with no-event sentences from Guardian articles; the
 * thresholds are chosen there by cross-validation. See docs/events.md.
 */
final class SentenceTyper {

  /** PLOVER type -> CAMEO class, as in ConfliBERT's quad classes with statements as 0. */
  static final Map<String, Integer> CLASS_OF =
      Map.ofEntries(
          Map.entry("REQUEST", 0),
          Map.entry("AGREE", 1),
          Map.entry("CONSULT", 1),
          Map.entry("SUPPORT", 1),
          Map.entry("COOPERATE", 2),
          Map.entry("AID", 2),
          Map.entry("CONCEDE", 2),
          Map.entry("RETREAT", 2),
          Map.entry("ACCUSE", 3),
          Map.entry("REJECT", 3),
          Map.entry("THREATEN", 3),
          Map.entry("SANCTION", 3),
          Map.entry("PROTEST", 4),
          Map.entry("MOBILIZE", 4),
          Map.entry("COERCE", 4),
          Map.entry("ASSAULT", 4));

  /** The CAMEO code an event typed by the models gets: the type's root code. */
  static final Map<String, String> ROOT_CAMEO =
      Map.ofEntries(
          Map.entry("AGREE", "030"),
          Map.entry("CONSULT", "040"),
          Map.entry("SUPPORT", "050"),
          Map.entry("COOPERATE", "060"),
          Map.entry("AID", "070"),
          Map.entry("CONCEDE", "080"),
          Map.entry("RETREAT", "087"),
          Map.entry("REQUEST", "100"),
          Map.entry("ACCUSE", "112"),
          Map.entry("REJECT", "120"),
          Map.entry("THREATEN", "130"),
          Map.entry("PROTEST", "140"),
          Map.entry("MOBILIZE", "150"),
          Map.entry("SANCTION", "163"),
          Map.entry("COERCE", "170"),
          Map.entry("ASSAULT", "190"));

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /** A linear model: feature -> label -> weight. */
  record Model(Map<String, Map<String, Double>> weights, List<String> labels) {

    /** The probability of each label for these features (softmax over the summed weights). */
    Map<String, Double> probabilities(List<String> features) {
      Map<String, Double> score = new LinkedHashMap<>();
      labels.forEach(l -> score.put(l, 0.0));
      for (String f : features) {
        Map<String, Double> w = weights.get(f);
        if (w != null) {
          w.forEach((l, x) -> score.merge(l, x, Double::sum));
        }
      }
      double max = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double sum = 0;
      for (Map.Entry<String, Double> e : score.entrySet()) {
        e.setValue(Math.exp(e.getValue() - max));
        sum += e.getValue();
      }
      for (Map.Entry<String, Double> e : score.entrySet()) {
        e.setValue(e.getValue() / sum);
      }
      return score;
    }

    /** Reads {@code label TAB feature TAB weight} lines; {@code #} starts a comment. */
    static Model read(InputStream in) throws IOException {
      Map<String, Map<String, Double>> weights = new HashMap<>();
      Set<String> labels = new LinkedHashSet<>();
      for (String[] f : Tables.rows(in)) {
        if (f.length != 3) {
          throw new IOException("3 tab-separated columns expected: " + String.join("\t", f));
        }
        labels.add(f[0]);
        weights.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[0], Double.parseDouble(f[2]));
      }
      return new Model(weights, List.copyOf(labels));
    }
  }

  /**
   * What the models make of a sentence.
   *
   * @param predicate the word to code as the event: the root verb, or the verb it reports
   * @param type the PLOVER type
   * @param probability the class model's probability of the type's class
   * @param replaces whether the models are sure enough to replace the dictionary's main event with
   *     this type: its class differs and has at least the override probability
   */
  record Guess(int predicate, String type, double probability, boolean replaces) {}

  private final Model classes;
  private final Model types;
  private final double threshold;
  private final double override;
  private final Lexicon lexicon;

  /**
   * @param threshold the class probability from which a sentence without a dictionary event gets
   *     one
   * @param override the class probability from which the dictionary's main event is retyped
   */
  SentenceTyper(Model classes, Model types, double threshold, double override, Lexicon lexicon) {
    this.lexicon = lexicon;
    this.classes = classes;
    this.types = types;
    this.threshold = threshold;
    this.override = override;
  }

  /** The bundled models, with the threshold chosen on the development data. */
  static SentenceTyper bundled() {
    return bundled(Lexicon.load());
  }

  static SentenceTyper bundled(Lexicon lexicon) {
    return new SentenceTyper(load("typer-class.tsv"), load("typer-type.tsv"), 0.5, 0.7, lexicon);
  }

  private static Model load(String name) {
    try (InputStream in =
        Objects.requireNonNull(SentenceTyper.class.getResourceAsStream(name), name)) {
      return Model.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  /**
   * The event the models see in {@code s}: the most probable type within the most probable class,
   * when that class is one of the four event classes and reaches the threshold; null when it is a
   * statement (0) or no event (N), or when the sentence has no verbal predicate.
   *
   * @param rule the type of the dictionary's main event in the sentence, or null
   */
  @Nullable Guess guess(ParsedSentence s, @Nullable String rule) {
    int predicate = predicate(s);
    if (predicate < 0) {
      return null;
    }
    List<String> f = features(s, predicate, rule, lexicon);
    Map<String, Double> pc = classes.probabilities(f);
    String bestClass = null;
    for (Map.Entry<String, Double> e : pc.entrySet()) {
      if (bestClass == null || e.getValue() > pc.get(bestClass)) {
        bestClass = e.getKey();
      }
    }
    double p = pc.getOrDefault(bestClass, 0.0);
    if (!List.of("1", "2", "3", "4").contains(bestClass) || p < threshold) {
      return null;
    }
    String best = null;
    double bestP = -1;
    for (Map.Entry<String, Double> e : types.probabilities(f).entrySet()) {
      if (String.valueOf(CLASS_OF.get(e.getKey())).equals(bestClass) && e.getValue() > bestP) {
        best = e.getKey();
        bestP = e.getValue();
      }
    }
    if (best == null) {
      return null;
    }
    boolean replaces =
        rule != null
            && !rule.equals("SANCTION")
            && !CLASS_OF.get(rule).equals(CLASS_OF.get(best))
            && p >= override;
    return new Guess(predicate, best, p, replaces);
  }

  /** The root verb; when it is a verb of saying, the verb of its reported clause. */
  static int predicate(ParsedSentence s) {
    int root = -1;
    for (ParsedSentence.Arc a : s.basic()) {
      if (a.governor() < 0) {
        root = a.dependent();
      }
    }
    if (root < 0 || !s.words().get(root).pos().startsWith("VB")) {
      return -1;
    }
    if (FrameCoder.COMMUNICATION.contains(lemma(s, root))) {
      for (ParsedSentence.Arc a : s.basic()) {
        if (a.governor() == root
            && (a.relation().equals("ccomp") || a.relation().equals("xcomp"))
            && s.words().get(a.dependent()).pos().startsWith("VB")) {
          return a.dependent();
        }
      }
    }
    return root;
  }

  /**
   * The features of a sentence: its content lemmas, the main predicate ({@code p}, from {@link
   * #predicate}) with its object, particle and complements, the WordNet classes of the predicate
   * and its object, modality, negation and the dictionary's type ({@code rule}, null when it coded
   * nothing).
   */
  static List<String> features(ParsedSentence s, int p, @Nullable String rule, Lexicon lexicon) {
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    for (ParsedSentence.Word w : s.words()) {
      String l = lemma(s, w.index());
      String pos = w.pos();
      if (pos.startsWith("VB")) {
        f.add("v=" + l);
      } else if (pos.equals("NN") || pos.equals("NNS")) {
        f.add("n=" + l);
      } else if (pos.startsWith("JJ")) {
        f.add("a=" + l);
      }
      if (NEGATIONS.contains(l)) {
        f.add("neg");
      }
    }
    if (p >= 0) {
      String pl = lemma(s, p);
      f.add("pred=" + pl);
      lexicon.classes(pl, true).forEach(c -> f.add("pwn=" + c));
      for (ParsedSentence.Arc a : s.basic()) {
        if (a.governor() != p) {
          continue;
        }
        String r = a.relation();
        String d = lemma(s, a.dependent());
        switch (r) {
          case "obj" -> {
            f.add("obj=" + d);
            f.add("pred+obj=" + pl + "+" + d);
            lexicon.classes(d, false).forEach(c -> f.add("own=" + c));
          }
          case "xcomp", "ccomp" -> f.add("comp=" + d);
          case "compound:prt" -> f.add("pred+prt=" + pl + "+" + d);
          case "aux" -> {
            if (s.words().get(a.dependent()).pos().equals("MD")) {
              f.add("modal");
            }
          }
          default -> {}
        }
      }
    }
    if (rule != null) {
      f.add("rule=" + rule);
      f.add("ruleclass=" + CLASS_OF.get(rule));
    } else {
      f.add("rule=NONE");
    }
    return new ArrayList<>(f);
  }

  private static String lemma(ParsedSentence s, int w) {
    return s.words().get(w).lemma().toLowerCase(Locale.ROOT);
  }
}
