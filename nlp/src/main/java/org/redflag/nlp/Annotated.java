package org.redflag.nlp;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document after CoreNLP, in our own types so that no later stage depends on CoreNLP.
 *
 * <p>Offsets are indices into {@link #body()}; {@link #text()} is the normalized copy CoreNLP read,
 * of the same length. Surface forms are always cut from the body.
 */
final class Annotated {

  /** One token; {@code start}/{@code end} are offsets into the text. */
  record Token(
      int index,
      String word,
      int start,
      int end,
      String pos,
      String lemma,
      String ner,
      int sentence) {}

  /** One sentence: its character span and its tokens {@code [firstToken, endToken)}. */
  record Sentence(int index, int start, int end, int firstToken, int endToken) {}

  /** A CoreNLP named-entity mention with its coarse tag (PERSON, ORGANIZATION, LOCATION, MISC). */
  record NerSpan(String tag, int start, int end) {}

  /**
   * A dependency arc between two tokens of one sentence, as document token indices; {@code
   * governor} is -1 for the root.
   */
  record Arc(int governor, int dependent, String relation) {}

  /** The basic (UD) and enhanced++ dependencies of one sentence. */
  record Parse(List<Arc> basic, List<Arc> enhanced) {
    static final Parse NONE = new Parse(List.of(), List.of());
  }

  /** A SUTime expression with its TIMEX3 type, value and modifier ({@code mod}, may be null). */
  record TimeSpan(String type, String value, @Nullable String mod, int start, int end) {}

  private final String body;
  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<NerSpan> names;
  private final List<TimeSpan> times;
  private final List<Parse> parses;
  private final int[] starts;
  private final int[] ends;

  Annotated(
      String body,
      String text,
      List<Token> tokens,
      List<Sentence> sentences,
      List<NerSpan> names,
      List<TimeSpan> times) {
    this(body, text, tokens, sentences, names, times, List.of());
  }

  Annotated(
      String body,
      String text,
      List<Token> tokens,
      List<Sentence> sentences,
      List<NerSpan> names,
      List<TimeSpan> times,
      List<Parse> parses) {
    if (body.length() != text.length()) {
      throw new IllegalArgumentException("normalized text must keep the body's length");
    }
    this.body = body;
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
    this.names = List.copyOf(names);
    this.times = List.copyOf(times);
    this.parses = List.copyOf(parses);
    this.starts = tokens.stream().mapToInt(Token::start).toArray();
    this.ends = tokens.stream().mapToInt(Token::end).toArray();
  }

  String body() {
    return body;
  }

  String text() {
    return text;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  List<NerSpan> names() {
    return names;
  }

  List<TimeSpan> times() {
    return times;
  }

  /** The parse of sentence {@code index}, or {@link Parse#NONE} when the text was not parsed. */
  Parse parse(int index) {
    return index < parses.size() ? parses.get(index) : Parse.NONE;
  }

  /** The index of the token that starts at {@code offset}, or -1. */
  int tokenStartingAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -1;
  }

  /** The index of the token that ends at {@code offset}, or -1. */
  int tokenEndingAt(int offset) {
    int i = Arrays.binarySearch(ends, offset);
    return i >= 0 ? i : -1;
  }

  /** The index of the token that contains {@code offset}, or of the last token before it. */
  int tokenAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }
}
