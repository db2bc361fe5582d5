package org.redflag.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redflag.model.Document;
import org.redflag.model.Event;
import org.redflag.nlp.Analysis;
import org.redflag.nlp.TextAnalyzer;

/**
 * Evaluation harness, not a test: what the CAMEO codebook table ({@code codebook.tsv}) adds on real
 * news. Codes Guardian articles (research-only corpus, never committed; the first 20 are the
 * typer's training articles and are skipped) once with the curated table alone and once with both
 * tables, prints events per 1,000 tokens for each, and a seeded random sample of the events only
 * the codebook gives, with their sentences, for judging by hand (docs/events.md). Run (CP as in
 * {@link PloverEvaluation}):
 *
 * <pre>
 * java -Xmx3g -cp "$CP" org.redflag.events.NewsEventSample [CORPUS_CSV] [ARTICLES] [SAMPLE]
 * </pre>
 */
final class NewsEventSample {

  private NewsEventSample() {}

  public static void main(String[] args) throws Exception {
    Path csv =
        Path.of(args.length > 0 ? args[0] : "../shared/data/corpora/guardian_sdf_sample_2019.csv");
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int sample = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    if (!Files.isRegularFile(csv)) {
      System.out.println("news sample: skipped, " + csv + " is absent (research-only data)");
      return;
    }
    TextAnalyzer nlp = TextAnalyzer.load(System.err::println);
    Lexicon wordnet = Lexicon.load();
    SentenceTyper typer = SentenceTyper.bundled(wordnet);
    FrameCoder curated =
        new FrameCoder(Dictionary.of("plover.tsv"), Goods.bundled(), typer, wordnet);
    FrameCoder both = new FrameCoder(Dictionary.bundled(), Goods.bundled(), typer, wordnet);
    long tokens = 0;
    int curatedEvents = 0;
    int bothEvents = 0;
    List<String> added = new ArrayList<>();
    try (CSVParser p = EventTypeTraining.guardian(csv)) {
      int n = 0;
      for (CSVRecord r : p) {
        if (n++ < 20) {
          continue;
        }
        if (n > 20 + articles) {
          break;
        }
        Document doc = Document.of(null, null, null, r.get("text"));
        Analysis a = nlp.analyze(doc);
        tokens += a.parses().stream().mapToInt(s -> s.words().size()).sum();
        List<Event> before = curated.code(doc, a).events();
        List<Event> after = both.code(doc, a).events();
        curatedEvents += before.size();
        bothEvents += after.size();
        Set<String> old = before.stream().map(NewsEventSample::key).collect(Collectors.toSet());
        for (Event e : after) {
          if (!old.contains(key(e))) {
            added.add(e.type() + " " + e.cameo() + " | " + e.evidence().text());
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d tokens: curated table %.2f events per 1,000 tokens, with the codebook"
            + " %.2f; %d events differ%n",
        articles,
        tokens,
        1000.0 * curatedEvents / tokens,
        1000.0 * bothEvents / tokens,
        added.size());
    Collections.shuffle(added, new Random(7));
    added.stream().limit(sample).forEach(s -> System.out.println("  " + s));
  }

  private static String key(Event e) {
    return e.type() + " " + e.evidence().start();
  }
}
