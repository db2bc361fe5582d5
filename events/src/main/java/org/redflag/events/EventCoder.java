package org.redflag.events;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.Event;
import org.redflag.nlp.Analysis;

/**
 * Codes the events of one analyzed document: PLOVER type, mode, context and CAMEO code from the
 * predicate's lemma (the curated dictionary, or the learned typer where the dictionary has no entry
 * or reads the sentence as another kind of act; see {@link Event#coder()}), actors and recipients
 * from its dependency frame, date, location, certainty, source, goods and route. Thread-safe.
 */
public interface EventCoder {

  /**
   * Codes {@code analysis} (which must carry parses, see {@link Analysis#parses()}).
   *
   * @param doc the document, for its date (events after it are at most expected)
   */
  Coded code(Document doc, Analysis analysis);

  /**
   * The coder with the bundled dictionary ({@code plover.tsv}, {@code codebook.tsv}), goods table
   * and typer models; loads WordNet (about half a second).
   */
  static EventCoder create() {
    Lexicon wordnet = Lexicon.load();
    return new FrameCoder(
        Dictionary.bundled(), Goods.bundled(), SentenceTyper.bundled(wordnet), wordnet);
  }

  /**
   * What a CAMEO code means, from the CAMEO-to-PLOVER conversion table: {@code "042"} -> "make a
   * visit", {@code "163"} -> "impose embargo, boycott, or sanctions"; null for a code it lacks.
   */
  static @Nullable String describe(@Nullable String cameo) {
    return cameo == null ? null : CameoCodes.DESCRIPTIONS.get(cameo);
  }

  /**
   * The events and the entities they refer to.
   *
   * @param entities the analysis's entities plus unnamed groups that events name as actors or
   *     recipients ("Chinese companies": ORGANIZATION, country CN, detector {@code events})
   * @param events events in text order, ids {@code v1}, {@code v2}, ...
   */
  record Coded(List<Entity> entities, List<Event> events) {
    public Coded {
      entities = List.copyOf(entities);
      events = List.copyOf(events);
    }
  }
}
