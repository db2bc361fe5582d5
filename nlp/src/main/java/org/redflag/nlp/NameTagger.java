package org.redflag.nlp;

import java.util.List;
import java.util.function.Consumer;

/**
 * Tags tokenized sentences with CoNLL-2003 name tags: IOB2 over PER, ORG, LOC and MISC. This is
 * what {@code redflag tag} prints; it is the yardstick for mention detection, not a stage of {@link
 * TextAnalyzer}. Thread-safe.
 */
public interface NameTagger {

  /**
   * Returns one tag per token ({@code O}, {@code B-PER}, {@code I-PER}, ...).
   *
   * @param tokens one sentence, already tokenized
   */
  List<String> tag(List<String> tokens);

  /**
   * Returns the tagger, loading its model on the first call in this process.
   *
   * @param log receives progress lines
   */
  static NameTagger load(Consumer<String> log) {
    return ConllTagger.shared(log);
  }
}
