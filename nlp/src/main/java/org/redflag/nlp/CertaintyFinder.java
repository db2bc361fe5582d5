package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Event;

/**
 * Stage 6: how sure each sentence is — fact, expected, speculative or denied — from the first cue
 * after the sentence's attribution cue ("Analysts say the Kremlin <b>may</b> be using"), or
 * anywhere when the attribution comes last or there is none.
 *
 * <ul>
 *   <li>speculative: may, might, could, can, likely, possibly, probably, reportedly, allegedly,
 *       apparently, suspected, "considering", "appears/seems to", "if";
 *   <li>expected: will, shall, would, should, "is expected to", "expects", "plans/intends to", "is
 *       set/scheduled/due/going to";
 *   <li>denied: deny, reject, refute, dismiss; not, never, "no" (with a speculative modal before
 *       it, "may not" stays speculative);
 *   <li>fact: none of these.
 * </ul>
 */
final class CertaintyFinder {

  /** The certainty of one sentence and the words that decide it. */
  record Certainty(String level, Event.@Nullable Span cue) {}

  static final String FACT = "fact";
  static final String EXPECTED = "expected";
  static final String SPECULATIVE = "speculative";
  static final String DENIED = "denied";

  private static final Set<String> SPECULATIVE_WORDS =
      Set.of(
          "may",
          "might",
          "could",
          "can",
          "likely",
          "possibly",
          "possible",
          "perhaps",
          "probably",
          "reportedly",
          "allegedly",
          "apparently",
          "suspected",
          "presumably",
          "if",
          "unclear",
          "potentially",
          "purportedly",
          "rumored",
          "rumoured");
  private static final Set<String> EXPECTED_WORDS =
      Set.of("will", "shall", "would", "should", "'ll");
  private static final Set<String> EXPECTED_LEMMAS = Set.of("expect", "plan", "intend", "schedule");
  private static final Set<String> BE_TO = Set.of("set", "scheduled", "due", "going", "poised");
  private static final Set<String> DENIAL_LEMMAS = Set.of("deny", "reject", "refute", "dismiss");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither");

  List<Certainty> find(Annotated doc, List<AttributionFinder.Attribution> attributions) {
    List<Certainty> out = new ArrayList<>();
    for (Annotated.Sentence s : doc.sentences()) {
      AttributionFinder.Attribution a = attributions.get(s.index());
      int from = s.firstToken();
      Event.Span cue = a.cue();
      if (cue != null && !a.carried() && cue.start() >= s.start() && cue.end() <= s.end()) {
        int after = doc.tokenAt(cue.end() - 1) + 1;
        if (hasCue(doc, after, s.endToken())) {
          from = after;
        }
      }
      out.add(certainty(doc, from, s.endToken()));
    }
    return out;
  }

  private static boolean hasCue(Annotated doc, int from, int to) {
    return !certainty(doc, from, to).level().equals(FACT);
  }

  static Certainty certainty(Annotated doc, int from, int to) {
    List<Annotated.Token> t = doc.tokens();
    boolean modal = false;
    for (int i = from; i < to; i++) {
      Annotated.Token tok = t.get(i);
      String w = tok.word().toLowerCase(Locale.ROOT);
      String lemma = tok.lemma().toLowerCase(Locale.ROOT);
      if (SPECULATIVE_WORDS.contains(w)
          || (lemma.equals("consider") && tok.pos().equals("VBG"))
          || ((lemma.equals("appear") || lemma.equals("seem")) && next(t, i, to, "to"))) {
        return new Certainty(SPECULATIVE, span(doc, i, i));
      }
      if (EXPECTED_WORDS.contains(w)
          || (EXPECTED_LEMMAS.contains(lemma) && tok.pos().startsWith("VB"))
          || (BE_TO.contains(w) && i > from && isBe(t.get(i - 1)) && next(t, i, to, "to"))) {
        int first = i > from && isBe(t.get(i - 1)) ? i - 1 : i;
        return new Certainty(EXPECTED, span(doc, first, i));
      }
      if (DENIAL_LEMMAS.contains(lemma) && tok.pos().startsWith("VB")) {
        return new Certainty(DENIED, span(doc, i, i));
      }
      if (NEGATIONS.contains(w) && !(w.equals("not") && next(t, i, to, "only"))) {
        return new Certainty(modal ? SPECULATIVE : DENIED, span(doc, i, i));
      }
    }
    return new Certainty(FACT, null);
  }

  private static boolean isBe(Annotated.Token t) {
    return t.lemma().equals("be");
  }

  private static boolean next(List<Annotated.Token> t, int i, int to, String word) {
    return i + 1 < to && t.get(i + 1).word().equalsIgnoreCase(word);
  }

  private static Event.Span span(Annotated doc, int first, int last) {
    int start = doc.tokens().get(first).start();
    int end = doc.tokens().get(last).end();
    return new Event.Span(doc.body().substring(start, end), start, end);
  }
}
