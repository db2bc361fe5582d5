package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;
import org.redflag.model.Event;

/**
 * Stage 5: finds who says what each sentence says, from words and part-of-speech tags (no parse).
 *
 * <ul>
 *   <li>"according to X", "as reported by X", "the report of X" / "X's report": X;
 *   <li>a speech verb (say, announce, report, mention, claim, suggest, ...) after a name: the name
 *       ("CIA chief William Burns announced" -> Burns); after "he"/"she" or "his press service":
 *       the nearest person before;
 *   <li>after an unnamed reporter ("analysts", "the publication", "the report"): the last report
 *       named in the document (the ISW), else the author, with the cue kept;
 *   <li>"This is discussed in the report of X" also gives X to the sentence before, when that one
 *       had no source;
 *   <li>a sentence with no cue continues the source of the sentence before it in the same paragraph
 *       ({@code carried}); otherwise the source is the author.
 * </ul>
 *
 * When a sentence has several cues, the first counts, unless it opens with a subordinate clause
 * ("Despite the fact that ... Burns announced ..., analysts suggested ..."): then the last counts.
 */
final class AttributionFinder {

  static final String AUTHOR = "author";

  /** The source of one sentence. */
  record Attribution(String source, Event.@Nullable Span cue, boolean carried) {}

  private record Cue(int first, int last, @Nullable String source, boolean reportish) {}

  private static final Set<String> SPEECH_LEMMAS =
      Set.of(
          "say",
          "announce",
          "report",
          "mention",
          "claim",
          "state",
          "tell",
          "write",
          "note",
          "suggest",
          "warn",
          "add",
          "assess",
          "estimate",
          "argue",
          "accuse",
          "deny",
          "confirm",
          "insist",
          "allege",
          "conclude",
          "stress",
          "emphasize",
          "explain",
          "declare",
          "believe");
  private static final Set<String> REPORT_NOUNS =
      Set.of(
          "report",
          "publication",
          "study",
          "assessment",
          "analysis",
          "statement",
          "website",
          "article",
          "briefing",
          "update",
          "investigation");
  private static final Set<String> ANAPHORIC_REPORTERS =
      Set.of(
          "analysts",
          "experts",
          "publication",
          "report",
          "study",
          "researchers",
          "authors",
          "institute",
          "assessment",
          "analysis",
          "article",
          "it");
  private static final Set<String> SUBORDINATORS =
      Set.of("despite", "although", "though", "while", "whereas", "even", "after", "before");
  private static final Set<String> SKIPPABLE =
      Set.of(
          "also",
          "recently",
          "then",
          "again",
          "has",
          "have",
          "had",
          "previously",
          "later",
          "earlier",
          "already");

  List<Attribution> find(Annotated doc, MentionIndex mentions) {
    List<Attribution> out = new ArrayList<>();
    @Nullable String lastReport = null;
    for (Annotated.Sentence s : doc.sentences()) {
      List<Cue> cues = cues(doc, mentions, s);
      Attribution a = null;
      if (!cues.isEmpty()) {
        boolean subordinate =
            SUBORDINATORS.contains(
                doc.tokens().get(s.firstToken()).word().toLowerCase(Locale.ROOT));
        Cue main = subordinate ? cues.get(cues.size() - 1) : cues.get(0);
        String source = main.source();
        if (source == null && main.reportish()) {
          source = lastReport;
        }
        a = new Attribution(source == null ? AUTHOR : source, span(doc, main), false);
        if (main.source() != null && main.reportish()) {
          lastReport = main.source();
        }
        for (Cue c : cues) {
          if (c.source() != null && c.reportish()) {
            lastReport = c.source();
          }
        }
        if (refersBack(doc, s) && !out.isEmpty() && !a.source().equals(AUTHOR)) {
          Attribution prev = out.get(out.size() - 1);
          if (prev.source().equals(AUTHOR) && prev.cue() == null) {
            out.set(out.size() - 1, new Attribution(a.source(), a.cue(), true));
          }
        }
      } else if (!out.isEmpty() && samePargraph(doc, s)) {
        Attribution prev = out.get(out.size() - 1);
        if (!prev.source().equals(AUTHOR)) {
          a = new Attribution(prev.source(), prev.cue(), true);
        }
      }
      out.add(a != null ? a : new Attribution(AUTHOR, null, false));
    }
    return out;
  }

  private List<Cue> cues(Annotated doc, MentionIndex mentions, Annotated.Sentence s) {
    List<Cue> cues = new ArrayList<>();
    List<Annotated.Token> t = doc.tokens();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String w = t.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("according") && i + 1 < s.endToken() && t.get(i + 1).word().equals("to")) {
        cues.add(following(doc, mentions, s, i, i + 2));
      } else if (w.equals("reported") || w.equals("published") || w.equals("stated")) {
        if (i + 1 < s.endToken() && t.get(i + 1).word().equals("by")) {
          cues.add(following(doc, mentions, s, i, i + 2));
        } else if (isSpeechVerb(t.get(i))) {
          cues.add(speaker(doc, mentions, s, i));
        }
      } else if (REPORT_NOUNS.contains(w)
          && i + 1 < s.endToken()
          && t.get(i + 1).word().equals("of")) {
        Cue c = following(doc, mentions, s, i, i + 2);
        if (c.source() != null) {
          cues.add(c);
        }
      } else if (REPORT_NOUNS.contains(w) && i > s.firstToken()) {
        MentionIndex.Located owner = ownerBefore(mentions, t, i);
        if (owner != null && !isSpeechSubject(t, i, s)) {
          cues.add(new Cue(owner.first(), i, owner.entity().id(), true));
        }
      } else if (isSpeechVerb(t.get(i))) {
        cues.add(speaker(doc, mentions, s, i));
      }
    }
    return cues;
  }

  private static boolean isSpeechSubject(List<Annotated.Token> t, int i, Annotated.Sentence s) {
    return i + 1 < s.endToken() && isSpeechVerb(t.get(i + 1));
  }

  private static MentionIndex.@Nullable Located ownerBefore(
      MentionIndex mentions, List<Annotated.Token> t, int noun) {
    int j = noun - 1;
    if (j >= 0 && t.get(j).pos().equals("POS")) {
      j--;
    }
    MentionIndex.Located l = mentions.at(j);
    return l != null && isSourceType(l) ? l : null;
  }

  private static boolean isSpeechVerb(Annotated.Token t) {
    return t.pos().startsWith("VB")
        && !t.pos().equals("VBG")
        && SPEECH_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** A cue whose source follows it: "according to X", "reported by X", "report of X". */
  private Cue following(
      Annotated doc, MentionIndex mentions, Annotated.Sentence s, int cueStart, int from) {
    List<Annotated.Token> t = doc.tokens();
    for (int j = from; j < Math.min(s.endToken(), from + 8); j++) {
      MentionIndex.Located l = mentions.at(j);
      if (l != null && isSourceType(l)) {
        int last = l.last();
        if (l.mention().detector().equals("pronoun")) {
          while (last + 1 < s.endToken() && t.get(last + 1).pos().startsWith("NN")) {
            last++;
          }
        }
        return new Cue(cueStart, last, l.entity().id(), true);
      }
      String w = t.get(j).word().toLowerCase(Locale.ROOT);
      if (w.equals("his") || w.equals("her")) {
        MentionIndex.Located p = mentions.lastPersonBefore(j);
        if (p != null) {
          return new Cue(cueStart, Math.min(j + 2, s.endToken() - 1), p.entity().id(), false);
        }
      }
      if (ANAPHORIC_REPORTERS.contains(w)) {
        return new Cue(cueStart, j, null, true);
      }
      if (t.get(j).pos().startsWith("VB") || w.equals(",") || w.equals(".")) {
        break;
      }
    }
    return new Cue(cueStart, Math.min(from, s.endToken() - 1), null, false);
  }

  /** A speech verb: its subject is the nearest name before it. */
  private Cue speaker(Annotated doc, MentionIndex mentions, Annotated.Sentence s, int verb) {
    List<Annotated.Token> t = doc.tokens();
    for (int j = verb - 1; j >= s.firstToken() && j >= verb - 4; j--) {
      String w = t.get(j).word().toLowerCase(Locale.ROOT);
      if (SKIPPABLE.contains(w)) {
        continue;
      }
      MentionIndex.Located l = mentions.at(j);
      if (l != null && isSourceType(l)) {
        return new Cue(l.first(), verb, l.entity().id(), l.entity().type() != EntityType.PERSON);
      }
      if (w.equals("he") || w.equals("she")) {
        MentionIndex.Located p = mentions.lastPersonBefore(j);
        return new Cue(j, verb, p == null ? null : p.entity().id(), false);
      }
      if (ANAPHORIC_REPORTERS.contains(w)) {
        int first = j > s.firstToken() && t.get(j - 1).pos().equals("DT") ? j - 1 : j;
        return new Cue(first, verb, null, true);
      }
      if (!t.get(j).pos().startsWith("NN") && !t.get(j).pos().equals("JJ")) {
        break;
      }
    }
    return new Cue(verb, verb, null, false);
  }

  private static boolean isSourceType(MentionIndex.Located l) {
    EntityType type = l.entity().type();
    return type == EntityType.PERSON
        || type == EntityType.ORGANIZATION
        || (type == EntityType.COUNTRY && l.entity().government());
  }

  private static boolean refersBack(Annotated doc, Annotated.Sentence s) {
    String first = doc.tokens().get(s.firstToken()).word().toLowerCase(Locale.ROOT);
    return first.equals("this") || first.equals("that") || first.equals("these");
  }

  private static boolean samePargraph(Annotated doc, Annotated.Sentence s) {
    if (s.index() == 0) {
      return false;
    }
    int prevEnd = doc.sentences().get(s.index() - 1).end();
    return doc.body().substring(prevEnd, s.start()).indexOf('\n') < 0;
  }

  private static Event.Span span(Annotated doc, Cue c) {
    int start = doc.tokens().get(c.first()).start();
    int end = doc.tokens().get(Math.max(c.first(), c.last())).end();
    return new Event.Span(doc.body().substring(start, end), start, end);
  }
}
