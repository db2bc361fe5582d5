package org.redflag.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1: runs Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime, depparse) and
 * copies what later stages need into an {@link Annotated}, dependencies included (basic UD and
 * enhanced++).
 *
 * <p>Fine-grained NER (the KBP regex gazetteers) is off: it costs about 0.6-1 s per article and
 * 0.45 GB of heap, and our own actor table does its job better (see NLP-NOTES). Sentences break at
 * every newline; {@link TextNormalizer} first joins lines that are only wrapped. The pipeline is
 * loaded once per process ({@link #shared}); {@link StanfordCoreNLP#annotate} is thread-safe for
 * these annotators.
 */
final class CoreNlpAdapter {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private static final Set<String> NAME_TAGS =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "MISC",
          "COUNTRY",
          "CITY",
          "STATE_OR_PROVINCE",
          "NATIONALITY");
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  private static @Nullable CoreNlpAdapter shared;

  private final StanfordCoreNLP pipeline;

  CoreNlpAdapter(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** The process-wide adapter; the first call loads the models and reports through {@code log}. */
  static synchronized CoreNlpAdapter shared(Consumer<String> log) {
    if (shared == null) {
      log.accept("Loading CoreNLP (" + ANNOTATORS + ") ...");
      long t0 = System.nanoTime();
      RedwoodConfiguration.current().clear().apply();
      shared = new CoreNlpAdapter(new StanfordCoreNLP(properties()));
      log.accept(
          String.format(Locale.ROOT, "CoreNLP loaded in %.1f s", (System.nanoTime() - t0) / 1e9));
    }
    return shared;
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return p;
  }

  /**
   * Annotates {@code text}; relative dates are anchored at {@code date} when it is not null.
   *
   * @param body the document body
   * @param text the normalized body (same length, see {@link TextNormalizer})
   */
  Annotated annotate(String body, String text, @Nullable LocalDate date) {
    Annotation doc = new Annotation(text);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    pipeline.annotate(doc);

    List<Annotated.Token> tokens = new ArrayList<>();
    List<Annotated.Sentence> sentences = new ArrayList<>();
    List<Annotated.Parse> parses = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Annotated.Token(
                tokens.size(),
                t.word(),
                t.beginPosition(),
                t.endPosition(),
                orEmpty(t.tag()),
                orEmpty(t.lemma()),
                orEmpty(t.ner()),
                sentences.size()));
      }
      if (tokens.size() > first) {
        sentences.add(
            new Annotated.Sentence(
                sentences.size(),
                tokens.get(first).start(),
                tokens.get(tokens.size() - 1).end(),
                first,
                tokens.size()));
        parses.add(
            new Annotated.Parse(
                arcs(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), first),
                arcs(
                    s.get(
                        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                    first)));
      }
    }

    List<Annotated.NerSpan> names = new ArrayList<>();
    List<Annotated.TimeSpan> times = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (tag == null) {
        continue;
      }
      if (NAME_TAGS.contains(tag)) {
        names.add(new Annotated.NerSpan(tag, start, end));
      } else if (TIME_TAGS.contains(tag)) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null && timex.value() != null) {
          String mod = timex.toXmlElement().getAttribute("mod");
          times.add(
              new Annotated.TimeSpan(
                  timex.timexType(), timex.value(), mod.isEmpty() ? null : mod, start, end));
        }
      }
    }
    names.sort((a, b) -> Integer.compare(a.start(), b.start()));
    times.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Annotated(body, text, tokens, sentences, names, times, parses);
  }

  /** The arcs of {@code graph} as document token indices ({@code first} is the sentence's). */
  private static List<Annotated.Arc> arcs(@Nullable SemanticGraph graph, int first) {
    if (graph == null) {
      return List.of();
    }
    List<Annotated.Arc> out = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      out.add(new Annotated.Arc(-1, first + root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      // Copy nodes of enhanced++ ("E1.1") share their original's index.
      out.add(
          new Annotated.Arc(
              first + e.getGovernor().index() - 1,
              first + e.getDependent().index() - 1,
              e.getRelation().toString()));
    }
    return out;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
