package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Event;

/**
 * One sentence with its words and dependency parse, in redflag's own types (no CoreNLP).
 *
 * @param index the sentence's position in the document, from 0
 * @param span the sentence, with offsets into the body
 * @param words the words, in order; {@link Word#index()} is the position in this list
 * @param basic basic Universal Dependencies, one arc per word (the root's governor is -1)
 * @param enhanced enhanced++ dependencies: conjuncts propagated, prepositions in relation names
 *     ({@code obl:to}, {@code nmod:of}), controlled subjects ({@code nsubj:xsubj})
 */
public record ParsedSentence(
    int index, Event.Span span, List<Word> words, List<Arc> basic, List<Arc> enhanced) {

  public ParsedSentence {
    Objects.requireNonNull(span, "span");
    words = List.copyOf(words);
    basic = List.copyOf(basic);
    enhanced = List.copyOf(enhanced);
  }

  /**
   * One word.
   *
   * @param index position in the sentence, from 0
   * @param text the surface form, cut from the body
   * @param start start offset into the body
   * @param end end offset into the body (exclusive)
   * @param lemma the lemma, e.g. {@code supply}
   * @param pos the Penn Treebank tag, e.g. {@code VBG}
   * @param ner CoreNLP's coarse named-entity tag, or {@code O}
   * @param entity id of the entity whose mention covers the word, or {@code null}
   */
  public record Word(
      int index,
      String text,
      int start,
      int end,
      String lemma,
      String pos,
      String ner,
      @Nullable String entity) {}

  /**
   * A dependency: {@code governor --relation--> dependent}, word indices in the sentence.
   *
   * @param governor the head word, or -1 for the root
   * @param dependent the dependent word
   * @param relation the UD relation, e.g. {@code nsubj:pass}, {@code obl:through}
   */
  public record Arc(int governor, int dependent, String relation) {}

  /**
   * How factual the event expressed by word {@code word} is, on the UW scale from -3 (did not
   * happen) through 0 (uncertain) to +3 (happened), with the cue that decided it ("modal: could",
   * "intended: considering", "negation").
   */
  public record Factuality(double value, String rule) {}

  /** The enhanced++ arcs whose governor is {@code word}. */
  public List<Arc> dependents(int word) {
    List<Arc> out = new ArrayList<>();
    for (Arc a : enhanced) {
      if (a.governor() == word) {
        out.add(a);
      }
    }
    return out;
  }

  /** The enhanced++ arcs whose dependent is {@code word}. */
  public List<Arc> governors(int word) {
    List<Arc> out = new ArrayList<>();
    for (Arc a : enhanced) {
      if (a.dependent() == word) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Scores the factuality of the event at {@code word} from its cues in the basic parse (see {@code
   * EventFactuality}).
   *
   * @throws IndexOutOfBoundsException if {@code word} is not a word of this sentence
   */
  public Factuality factuality(int word) {
    Objects.checkIndex(word, words.size());
    List<EventFactuality.DepToken> tokens = new ArrayList<>();
    for (Word w : words) {
      tokens.add(new EventFactuality.DepToken(w.text(), w.pos(), w.lemma(), w.index(), "dep"));
    }
    for (Arc a : basic) {
      Word w = words.get(a.dependent());
      int head = a.governor() < 0 ? a.dependent() : a.governor();
      tokens.set(
          a.dependent(),
          new EventFactuality.DepToken(
              w.text(), w.pos(), w.lemma(), head, olderName(a.relation(), w.text())));
    }
    EventFactuality.Score s = EventFactuality.score(tokens, word);
    return new Factuality(s.value(), s.rule());
  }

  /** The Stanford-dependency name {@code EventFactuality} was written for. */
  private static String olderName(String relation, String word) {
    return switch (relation) {
      case "obj" -> "dobj";
      case "aux:pass" -> "auxpass";
      case "nsubj:pass" -> "nsubjpass";
      case "advmod" -> word.toLowerCase(Locale.ROOT).equals("not") ? "neg" : "advmod";
      default -> relation;
    };
  }
}
