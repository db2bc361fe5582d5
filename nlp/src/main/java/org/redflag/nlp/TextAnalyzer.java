package org.redflag.nlp;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.redflag.model.Document;
import org.redflag.model.WatchlistEntry;

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

  /**
   * Returns an analyzer that also finds the names of the listed persons and organizations in {@code
   * listed} (primary names and strong aliases of at least two words that are not all generic), even
   * where the statistical tagger misses them. Shares the loaded CoreNLP models with every other
   * analyzer of the process; building the name index takes well under a second for the bundled
   * lists.
   *
   * @param log receives progress lines
   * @param listed the entries of the watchlist snapshot in force
   */
  static TextAnalyzer load(Consumer<String> log, List<WatchlistEntry> listed) {
    ListedNames names = new ListedNames(listed);
    log.accept(String.format(Locale.ROOT, "Gazetteer: %,d listed names", names.size()));
    return new Pipeline(CoreNlpAdapter.shared(log), ActorTable.bundled(), names);
  }
}
