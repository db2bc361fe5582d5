package org.redflag.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores how factual one event (a predicate token) is, on the UW factuality scale from -3 (did not
 * happen) through 0 (uncertain) to +3 (happened), from cues in a dependency parse: the event's own
 * auxiliaries, negation (also a negative subject, "no one", or determiner, "no talks"), hedging
 * adverbs and conditional markers, then a governing verb that denies (fail, refuse), wants (plan,
 * try, expect) or believes, then what the governor itself scores (for complements, and for
 * conjuncts without a subject of their own).
 *
 * <p>Not yet a stage of {@link TextAnalyzer} (which does not parse); it is the event-level
 * counterpart of {@link CertaintyFinder} for the events module, measured by {@code
 * FactualityEvaluation}. Each rule value is the median gold score of its rule on the UW training
 * set; a linear correction over a few features of the event (its rule, lemma, part of speech,
 * governor and function words), fitted to the UW training set for least absolute error by {@code
 * FactualityTraining}, is added to it.
 */
final class EventFactuality {

  /** One token of a dependency parse; {@code head} is a 0-based index (itself for the root). */
  record DepToken(String word, String pos, String lemma, int head, String deprel) {}

  /** A score with the rule that gave it (the cue kept as evidence). */
  record Score(double value, String rule) {}

  private static final Set<String> MODALS =
      Set.of("will", "would", "may", "might", "could", "can", "should", "must", "shall", "'ll");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> HEDGES =
      Set.of("probably", "likely", "possibly", "perhaps", "maybe", "reportedly", "allegedly");
  private static final Set<String> CONDITIONALS = Set.of("if", "whether", "unless");
  private static final Set<String> DENYING_STRONG = Set.of("fail", "decline", "refuse");
  private static final Set<String> DENYING =
      Set.of("deny", "reject", "avoid", "prevent", "stop", "block", "ban", "forbid", "cancel");
  private static final Set<String> WANTING =
      Set.of(
          "want",
          "try",
          "attempt",
          "seek",
          "hope",
          "plan",
          "intend",
          "aim",
          "propose",
          "ask",
          "urge",
          "need",
          "wish",
          "offer",
          "threaten",
          "promise",
          "agree",
          "demand",
          "call",
          "push",
          "prepare",
          "expect",
          "decide",
          "vow",
          "pledge",
          "consider",
          "order",
          "encourage",
          "allow",
          "permit",
          "help",
          "fight",
          "struggle",
          "begin",
          "start",
          "continue",
          "able",
          "likely",
          "possible",
          "designed",
          "willing",
          "ready");

  /** Governors whose complement is usually under way ("began to", "agreed to", "ordered"). */
  private static final Set<String> STARTED =
      Set.of("begin", "start", "continue", "agree", "call", "order", "decide", "push");

  /** Governors whose complement usually has not happened ("wanted to", "tried to"). */
  private static final Set<String> MERELY_WANTED = Set.of("want", "try", "attempt", "able", "wish");

  private static final Set<String> BELIEVING =
      Set.of(
          "believe",
          "think",
          "suspect",
          "fear",
          "doubt",
          "argue",
          "claim",
          "allege",
          "suggest",
          "speculate",
          "estimate",
          "guess");
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "dobj", "acl", "advcl");
  private static final Set<String> FACT_RULES =
      Set.of("fact", "nominal", "infinitive", "believed", "base form");

  private EventFactuality() {}

  /**
   * Scores the event at index {@code event}: the value of the first rule that applies, corrected by
   * the learned weights of the event's features (see {@link #features}), kept within [-3, 3].
   */
  static Score score(List<DepToken> s, int event) {
    Score rule = rule(s, event);
    double value = rule.value();
    for (String f : features(s, event, rule)) {
      value += Weights.INSTANCE.get(f);
    }
    value = Math.max(-3, Math.min(3, value));
    return new Score(Math.round(value * 100) / 100.0, rule.rule());
  }

  /** The rules alone: the value of the first rule that applies, with its cue. */
  static Score rule(List<DepToken> s, int event) {
    return score(s, event, 0);
  }

  /**
   * The features the learned correction weighs: the rule, the event's part of speech, lemma and
   * relation, its governor and the rule the governor itself scores, the function words attached to
   * it (determiner, auxiliaries, adverbs, markers), the determiners of its dependents, and cues on
   * the governors above it, some combined with the rule.
   */
  static List<String> features(List<DepToken> s, int e, Score rule) {
    DepToken t = s.get(e);
    String r = rule.rule();
    String kind = r.replaceAll(":.*", "");
    List<String> out = new ArrayList<>();
    out.add("rule=" + r);
    out.add("kind=" + kind);
    out.add("pos=" + t.pos());
    out.add("kind|pos=" + kind + "|" + t.pos());
    out.add("lemma=" + t.lemma());
    out.add("rel=" + t.deprel());
    out.add("kind|rel=" + kind + "|" + t.deprel());
    int h = t.head();
    if (h != e && h >= 0 && h < s.size()) {
      DepToken g = s.get(h);
      out.add("gov=" + g.lemma());
      out.add("rel|gov=" + t.deprel() + "|" + g.lemma());
      out.add("govpos=" + g.pos());
      int gh = g.head();
      if (gh != h && gh >= 0 && gh < s.size()) {
        out.add("gov2=" + s.get(gh).lemma());
      }
    } else {
      out.add("root");
    }
    for (int i = 0; i < s.size(); i++) {
      DepToken k = s.get(i);
      if (i != e && k.head() == e && FUNCTION_RELATIONS.contains(k.deprel())) {
        out.add(k.deprel() + "=" + k.word().toLowerCase(Locale.ROOT));
      } else if (i != e && k.head() == e) {
        out.add("child=" + k.deprel());
        if (k.deprel().startsWith("nsubj")) {
          out.add("subj=" + (k.pos().startsWith("PRP") ? k.lemma() : k.pos()));
        }
      }
    }
    // Cues higher up: a modal, negation or conditional on any governor up to the root.
    int a = h;
    for (int depth = 0; depth < 4 && a != e && a >= 0 && a < s.size(); depth++) {
      for (int i = 0; i < s.size(); i++) {
        DepToken k = s.get(i);
        if (i != a && k.head() == a && Set.of("aux", "neg", "mark").contains(k.deprel())) {
          String w = k.word().toLowerCase(Locale.ROOT);
          if (MODALS.contains(w) || NEGATIONS.contains(w) || CONDITIONALS.contains(w)) {
            out.add("above=" + w);
          }
        }
      }
      int next = s.get(a).head();
      if (next == a) {
        break;
      }
      a = next;
    }
    boolean quoted = false;
    for (DepToken k : s) {
      quoted |= k.word().equals("``") || k.word().equals("\"") || k.word().equals("''");
    }
    if (quoted) {
      out.add("quote");
    }
    if (h != e && h >= 0 && h < s.size()) {
      // What the governor itself scores: "rejected a proposal to combine", "did n't see growth".
      String governed = score(s, h, 1).rule().replaceAll(":.*", "");
      out.add("govkind=" + governed);
      out.add("govkind|rel=" + governed + "|" + t.deprel());
    }
    for (int i = 0; i < s.size(); i++) {
      DepToken k = s.get(i);
      if (i == e || k.head() != e) {
        continue;
      }
      for (int j = 0; j < s.size(); j++) {
        DepToken d = s.get(j);
        if (j != i && d.head() == i && d.deprel().equals("det")) {
          out.add("childdet=" + k.deprel() + "|" + d.word().toLowerCase(Locale.ROOT));
        }
      }
      if (t.pos().startsWith("NN") && Set.of("prep", "poss", "compound").contains(k.deprel())) {
        String prep = k.deprel().equals("prep") ? "|" + k.word().toLowerCase(Locale.ROOT) : "";
        out.add("nchild=" + k.deprel() + prep);
      }
    }
    return out;
  }

  /** Words that negate an event as its subject ("nobody", "none") or as a determiner ("no"). */
  private static final Set<String> NEGATIVE_WORDS =
      Set.of("nobody", "nothing", "none", "neither", "noone", "no");

  /** Whether the event's subject is negative: "No one held her back", "No weapon was found". */
  private static boolean negativeSubject(List<DepToken> s, int e) {
    for (int i = 0; i < s.size(); i++) {
      DepToken k = s.get(i);
      if (i != e
          && k.head() == e
          && (k.deprel().startsWith("nsubj") || k.deprel().equals("expl"))
          && (NEGATIVE_WORDS.contains(k.word().toLowerCase(Locale.ROOT))
              || hasChild(s, i, "det", "no"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSubject(List<DepToken> s, int e) {
    for (int i = 0; i < s.size(); i++) {
      if (i != e && s.get(i).head() == e && s.get(i).deprel().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token at {@code h} has a child in relation {@code rel} spelled {@code word}. */
  private static boolean hasChild(List<DepToken> s, int h, String rel, String word) {
    for (int j = 0; j < s.size(); j++) {
      DepToken d = s.get(j);
      if (j != h && d.head() == h && d.deprel().equals(rel) && d.word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FUNCTION_RELATIONS =
      Set.of("det", "aux", "auxpass", "advmod", "mark", "neg", "poss", "amod", "case", "prt");

  /** Learned feature weights, {@code factuality-weights.tsv}: feature, tab, weight. */
  static final class Weights {
    static final Weights INSTANCE = load();

    private final Map<String, Double> weights;

    Weights(Map<String, Double> weights) {
      this.weights = weights;
    }

    double get(String feature) {
      return weights.getOrDefault(feature, 0.0);
    }

    private static Weights load() {
      Map<String, Double> w = new HashMap<>();
      InputStream in = EventFactuality.class.getResourceAsStream("factuality-weights.tsv");
      if (in == null) {
        return new Weights(Map.of());
      }
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int tab = line.lastIndexOf('\t');
          if (!line.startsWith("#") && tab > 0) {
            w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read factuality-weights.tsv", e);
      }
      return new Weights(Map.copyOf(w));
    }
  }

  private static Score score(List<DepToken> s, int e, int depth) {
    DepToken t = s.get(e);
    boolean neg = false;
    boolean to = false;
    String modal = null;
    String hedge = null;
    boolean conditional = false;
    for (int i = 0; i < s.size(); i++) {
      DepToken k = s.get(i);
      if (i == e || k.head() != e) {
        continue;
      }
      String w = k.word().toLowerCase(Locale.ROOT);
      String rel = k.deprel();
      if ((rel.equals("aux") || rel.equals("auxpass"))
          && (MODALS.contains(w) || MODALS.contains(k.lemma()) || w.equals("wo"))) {
        modal = w.equals("wo") ? "will" : k.lemma().equals("'ll") ? "will" : k.lemma();
        neg |= w.equals("wo");
      }
      neg |= rel.equals("neg") || NEGATIONS.contains(w) && rel.equals("advmod");
      if (rel.equals("advmod") && HEDGES.contains(w)) {
        hedge = w;
      }
      conditional |= rel.equals("mark") && CONDITIONALS.contains(w);
      to |= rel.equals("aux") && w.equals("to");
    }
    // "No one has been named", "there have been no cancellations".
    neg |= negativeSubject(s, e) || t.pos().startsWith("NN") && hasChild(s, e, "det", "no");
    boolean uncertainModal = "may".equals(modal) || "might".equals(modal) || "could".equals(modal);
    if (neg) {
      return uncertainModal ? new Score(-2.2, "negated modal") : new Score(-1.8, "negation");
    }
    int h = t.head();
    boolean governed = h != e && h >= 0 && h < s.size();
    DepToken g = governed ? s.get(h) : null;
    String rel = t.deprel();
    if (g != null && Set.of("xcomp", "ccomp", "dobj", "pcomp").contains(rel)) {
      if (DENYING_STRONG.contains(g.lemma())) {
        return new Score(-2.1, "failed: " + g.word());
      }
      if (DENYING.contains(g.lemma())) {
        return new Score(0.8, "prevented: " + g.word());
      }
    }
    if (conditional) {
      return new Score(0.8, "conditional");
    }
    if (modal != null) {
      return switch (modal) {
        case "could", "might" -> new Score(1.0, "modal: " + modal);
        case "should", "must" -> new Score(1.4, "modal: " + modal);
        case "can" -> new Score(1.6, "modal: can");
        case "may" -> new Score(1.4, "modal: may");
        case "would" -> new Score(1.9, "modal: would");
        default -> new Score(2.6, "future: " + modal);
      };
    }
    if (hedge != null) {
      return new Score(2.0, "hedge: " + hedge);
    }
    if (g != null && WANTING.contains(g.lemma()) && COMPLEMENTS.contains(rel)) {
      double value =
          STARTED.contains(g.lemma()) ? 2.5 : MERELY_WANTED.contains(g.lemma()) ? 0.8 : 1.6;
      return new Score(value, "intended: " + g.word());
    }
    if (g != null && rel.equals("pcomp") && t.pos().equals("VBG")) {
      String prep = g.word().toLowerCase(Locale.ROOT);
      double value =
          switch (prep) {
            case "without" -> -1.0;
            case "from" -> 0.5;
            case "of", "about" -> 1.2;
            default -> 2.2;
          };
      return new Score(value, "gerund after " + prep);
    }
    if (g != null && depth < 3 && rel.equals("conj") && !hasSubject(s, e)) {
      // A conjunct with a subject of its own has its own cues: "X was not termed ..., and Y
      // played".
      return score(s, h, depth + 1);
    }
    if (g != null && depth < 3 && Set.of("ccomp", "xcomp", "advcl").contains(rel)) {
      Score inherited = score(s, h, depth + 1);
      if (inherited.rule().equals("negation")) {
        // "did not say that X": X is left open rather than denied.
        return new Score(1.0, "under negation");
      }
      if (!FACT_RULES.contains(inherited.rule())) {
        return new Score(Math.min(3, inherited.value() + 0.2), "under " + inherited.rule());
      }
    }
    if (g != null && BELIEVING.contains(g.lemma()) && rel.equals("ccomp")) {
      return new Score(2.4, "believed");
    }
    if (to) {
      return new Score(1.8, "infinitive");
    }
    return switch (t.pos()) {
      case "VB" -> new Score(2.5, "base form");
      case "NN", "NNS", "NNP" -> new Score(2.8, "nominal");
      default -> new Score(3.0, "fact");
    };
  }
}
