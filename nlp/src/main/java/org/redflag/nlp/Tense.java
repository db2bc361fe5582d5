package org.redflag.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a date is told in the past or the future, for {@link DateExtractor} to count a bare
 * weekday or month name from the document date.
 *
 * <p>{@link #governing} reads the verb group that governs the date in the basic dependencies:
 *
 * <ul>
 *   <li>PAST: a past verb ("launched an assault on the bastion on Thursday"), a perfect ("have
 *       arrived since Wednesday", "had hit the town on Tuesday"), a past passive or progressive
 *       ("was killed on Saturday"); not for an end ("was put on hold until at least February", "the
 *       year ending June");
 *   <li>FUTURE: "will", "shall", "'ll", and a present "is expected to", "is due to", "plans to",
 *       "intends to", "is going/set/poised to" ("is due on Thursday", "scheduled for Thursday",
 *       "postponed until Friday" as well);
 *   <li>NONE: the present ("is released on Friday"), a modal ("would", "could", "may"), a future
 *       marker in the past ("was expected to": earlier or later), an infinitive that is no
 *       complement ("a congress to be held in December"), no verb (a headline fragment).
 * </ul>
 *
 * <p>From the date's head the walk goes up the tree ("Thursday" -> "bastion" -> "assault" ->
 * "launched") to the first finite group: a verb or predicate with its aux, aux:pass and cop
 * dependents. Participles, nouns and complement infinitives pass the question to their governor
 * ("to arrive" -> "is expected"), so the walk leaves the date's clause only when that clause has no
 * tense.
 *
 * <p>{@link #nearby} is SUTime's own rule, for dates the governing group leaves open.
 */
enum Tense {
  PAST,
  FUTURE,
  NONE;

  private static final Set<String> WILL = Set.of("will", "shall", "'ll", "’ll", "wo");
  private static final Set<String> GROUP = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp");
  private static final Set<String> END_WORDS = Set.of("until", "till", "through", "by", "to");

  /** Predicates that make the date's event a plan or an expectation ("is due on Thursday"). */
  private static final Set<String> FUTURE_LEMMAS =
      Set.of(
          "expect",
          "plan",
          "intend",
          "schedule",
          "reschedule",
          "postpone",
          "delay",
          "defer",
          "due");

  /** Words that do so only before a "to" complement ("is going to vote", "is set to resume"). */
  private static final Set<String> FUTURE_BEFORE_TO = Set.of("going", "set", "poised", "slated");

  /** SUTime's future words (english.sutime.txt, "Final rules to determine how to resolve date"). */
  private static final Set<String> SUTIME_FUTURE =
      Set.of("would", "could", "should", "will", "'ll", "’ll");

  /** The finite part of one verb group, before a future marker is taken into account. */
  private enum Finite {
    PAST,
    PRESENT,
    FUTURE,
    MODAL,
    NONFINITE
  }

  /**
   * The tense of the group governing the tokens {@code [first, end)} of one sentence; NONE when
   * there is none or the sentence has no parse.
   */
  static Tense governing(Annotated doc, int first, int end) {
    Annotated.Parse parse = doc.parse(doc.tokens().get(first).sentence());
    Map<Integer, Annotated.Arc> heads = new HashMap<>();
    Map<Integer, List<Annotated.Arc>> children = new HashMap<>();
    for (Annotated.Arc a : parse.basic()) {
      heads.put(a.dependent(), a);
      children.computeIfAbsent(a.governor(), k -> new ArrayList<>()).add(a);
    }
    Annotated.Arc arc = null;
    for (int i = first; i < end && arc == null; i++) {
      Annotated.Arc a = heads.get(i);
      if (a != null && (a.governor() < first || a.governor() >= end)) {
        arc = a;
      }
    }
    boolean planned = false;
    boolean until = arc != null && isEnd(doc, heads, children, arc);
    String via = "";
    for (int steps = 0; arc != null && steps <= heads.size(); steps++) {
      Annotated.Token t = doc.tokens().get(arc.dependent());
      List<Annotated.Arc> dependents = children.getOrDefault(t.index(), List.of());
      // Only the date's own predicate or one it completes: "than we expected before starting the
      // operation on Saturday" is past.
      boolean completed = COMPLEMENTS.contains(via);
      planned |=
          (steps == 1 || completed) && FUTURE_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))
              || completed && FUTURE_BEFORE_TO.contains(t.word().toLowerCase(Locale.ROOT));
      Finite finite = finite(doc, t, dependents);
      if (finite == Finite.NONFINITE
          && !COMPLEMENTS.contains(arc.relation())
          && dependents.stream().anyMatch(a -> isTo(doc, a))) {
        // "a congress to be held in December", "to drive back before the April deadline": later
        // than what governs it, so a past there says nothing
        return planned ? FUTURE : NONE;
      }
      switch (finite) {
        case PAST:
          return planned || until ? NONE : PAST;
        case PRESENT:
          return planned ? FUTURE : NONE;
        case FUTURE:
          return FUTURE;
        case MODAL:
          return NONE;
        case NONFINITE:
          break;
      }
      via = arc.relation();
      arc = arc.governor() < 0 ? null : heads.get(arc.governor());
    }
    return planned ? FUTURE : NONE;
  }

  /**
   * SUTime's rule for the tokens {@code [first, end)}: FUTURE with "will", "would", "could",
   * "should" or "going to" at most two tokens away, else PAST with a past-tense verb or "have" at
   * most two tokens away, else NONE. SUTime applies it too, but keeps what it finds on the
   * expression's shared value, so that a later document without a cue inherits it.
   */
  static Tense nearby(Annotated doc, int first, int end) {
    Annotated.Sentence s = doc.sentences().get(doc.tokens().get(first).sentence());
    int from = Math.max(s.firstToken(), first - 3);
    int to = Math.min(s.endToken(), end + 3);
    Tense found = NONE;
    for (int i = from; i < to; i++) {
      if (i >= first && i < end) {
        continue;
      }
      Annotated.Token t = doc.tokens().get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      boolean goingTo =
          word.equals("to") && i > s.firstToken() && doc.tokens().get(i - 1).word().equals("going");
      if (SUTIME_FUTURE.contains(word) || goingTo) {
        return FUTURE;
      } else if (t.pos().equals("VBD") || word.equals("have")) {
        found = PAST;
      }
    }
    return found;
  }

  /**
   * Whether the date with head arc {@code arc} is an open end ("until at least February", "up to
   * May", "until late March or early April", "the year ending June"), which a past verb does not
   * date; the end of "from Monday to Thursday" is not open.
   */
  private static boolean isEnd(
      Annotated doc,
      Map<Integer, Annotated.Arc> heads,
      Map<Integer, List<Annotated.Arc>> children,
      Annotated.Arc arc) {
    Annotated.Arc date = arc;
    if (arc.relation().equals("conj") && heads.containsKey(arc.governor())) {
      date = heads.get(arc.governor());
    }
    Annotated.Token governor = date.governor() < 0 ? null : doc.tokens().get(date.governor());
    if (governor != null && governor.lemma().equals("end") && governor.pos().startsWith("VB")) {
      return true;
    }
    return hasCase(doc, children, date.dependent(), END_WORDS)
        && (governor == null
            || children.getOrDefault(governor.index(), List.of()).stream()
                .noneMatch(
                    a ->
                        doc.tokens().get(a.dependent()).ner().equals("DATE")
                            && hasCase(doc, children, a.dependent(), Set.of("from"))));
  }

  /** Whether token {@code i} has a "case" dependent among {@code words}. */
  private static boolean hasCase(
      Annotated doc, Map<Integer, List<Annotated.Arc>> children, int i, Set<String> words) {
    for (Annotated.Arc a : children.getOrDefault(i, List.of())) {
      String word = doc.tokens().get(a.dependent()).word().toLowerCase(Locale.ROOT);
      if (a.relation().equals("case") && words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code a} is the "to" of an infinitive. */
  private static boolean isTo(Annotated doc, Annotated.Arc a) {
    return a.relation().equals("mark") && doc.tokens().get(a.dependent()).word().equals("to");
  }

  private static Finite finite(
      Annotated doc, Annotated.Token predicate, List<Annotated.Arc> children) {
    boolean past = false;
    boolean perfect = false;
    boolean present = false;
    for (Annotated.Arc a : children) {
      if (!GROUP.contains(a.relation())) {
        continue;
      }
      Annotated.Token aux = doc.tokens().get(a.dependent());
      if (WILL.contains(aux.word().toLowerCase(Locale.ROOT))) {
        return Finite.FUTURE;
      } else if (aux.pos().equals("MD")) {
        return Finite.MODAL;
      }
      past |= aux.pos().equals("VBD");
      perfect |= aux.lemma().equals("have");
      present |= aux.pos().equals("VBZ") || aux.pos().equals("VBP");
    }
    String pos = predicate.pos();
    if (past || perfect || pos.equals("VBD")) {
      return Finite.PAST;
    } else if (present || pos.equals("VBZ") || pos.equals("VBP")) {
      return Finite.PRESENT;
    }
    return Finite.NONFINITE;
  }
}
