package org.redflag.events;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.redflag.model.Document;
import org.redflag.nlp.Analysis;
import org.redflag.nlp.TextAnalyzer;

/**
 * Measures what the dependency parse costs (not a test): load time and warm ms per article of
 * CoreNLP with the nlp module's annotators without and with {@code depparse}, then the whole {@code
 * analyze} plus event coding, on the example article (median of 20 runs after 5 warm-ups). Run:
 *
 * <pre>
 * ./mvnw -q -pl events test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp "$(cat events/target/cp.txt):events/target/classes:events/target/test-classes" \
 *     org.redflag.events.DepparseCost examples/lukashenko-beijing.txt
 * </pre>
 */
final class DepparseCost {

  private DepparseCost() {}

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    String body = text.substring(text.indexOf("\n\n") + 2);
    RedwoodConfiguration.current().clear().apply();
    for (String annotators :
        new String[] {"tokenize,ssplit,pos,lemma,ner", "tokenize,ssplit,pos,lemma,ner,depparse"}) {
      Properties p = new Properties();
      p.setProperty("annotators", annotators);
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      long t0 = System.nanoTime();
      StanfordCoreNLP nlp = new StanfordCoreNLP(p);
      double load = (System.nanoTime() - t0) / 1e9;
      double ms =
          median(
              () -> {
                Annotation a = new Annotation(body);
                a.set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, "2023-02-28");
                nlp.annotate(a);
              });
      System.out.printf(
          Locale.ROOT, "%-42s load %5.1f s  %6.0f ms/article%n", annotators, load, ms);
    }
    TextAnalyzer analyzer = TextAnalyzer.load(s -> {});
    EventCoder coder = EventCoder.create();
    Document doc = Document.of(null, null, LocalDate.of(2023, 2, 28), body);
    double whole = median(() -> analyzer.analyze(doc));
    Analysis analysis = analyzer.analyze(doc);
    double events = median(() -> coder.code(doc, analysis));
    System.out.printf(
        Locale.ROOT,
        "TextAnalyzer.analyze %6.0f ms/article; EventCoder.code %6.2f ms/article (%d chars)%n",
        whole,
        events,
        body.length());
  }

  private static double median(Runnable run) {
    for (int i = 0; i < 5; i++) {
      run.run();
    }
    double[] t = new double[20];
    for (int i = 0; i < t.length; i++) {
      long t0 = System.nanoTime();
      run.run();
      t[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(t);
    return t[t.length / 2];
  }
}
