package org.redflag.nlp;

import java.util.function.Consumer;
import org.redflag.model.Document;

/**
 * Finds the entities and dates of a document.
 *
 * <p>Implementations are thread-safe; one instance serves a whole process.
 */
public interface TextAnalyzer {

  /**
   * Analyzes one document. Relative dates ("February 28", "Tuesday") are resolved against {@link
   * Document#date()}; when it is {@code null} they keep SUTime's unresolved form ({@code
   * XXXX-02-28}) rather than a guessed year.
   */
  Analysis analyze(Document doc);

  /**
   * Returns the analyzer, loading the CoreNLP models on the first call in this process.
   *
   * @param log receives progress lines, e.g. {@code "CoreNLP loaded in 6.1 s"}
   */
  static TextAnalyzer load(Consumer<String> log) {
    return new Pipeline(CoreNlpAdapter.shared(log), ActorTable.bundled());
  }
}
