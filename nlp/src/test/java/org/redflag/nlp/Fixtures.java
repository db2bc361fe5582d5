package org.redflag.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;

/** Loads CoreNLP once per test JVM and reads the example article. */
final class Fixtures {

  private Fixtures() {}

  private static final class Holder {
    static final CoreNlpAdapter CORENLP = CoreNlpAdapter.shared(System.err::println);
    static final TextAnalyzer ANALYZER = TextAnalyzer.load(System.err::println);
  }

  static TextAnalyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** Annotates a short text the way the pipeline does. */
  static Annotated annotate(String body, @Nullable LocalDate date) {
    return Holder.CORENLP.annotate(body, TextNormalizer.normalize(body), date);
  }

  static Annotated annotate(String body) {
    return annotate(body, LocalDate.of(2023, 2, 28));
  }

  /** The example article, {@code lukashenko-beijing.txt}, with its header date. */
  static Document example() {
    try (InputStream in =
        Objects.requireNonNull(Fixtures.class.getResourceAsStream("lukashenko-beijing.txt"))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int blank = text.indexOf("\n\n");
      String header = text.substring(0, blank);
      String body = text.substring(blank + 2);
      String title = null;
      LocalDate date = null;
      for (String line : header.split("\n")) {
        if (line.startsWith("title:")) {
          title = line.substring(6).strip();
        } else if (line.startsWith("date:")) {
          date = LocalDate.parse(line.substring(5).strip());
        }
      }
      return Document.of(title, null, date, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
