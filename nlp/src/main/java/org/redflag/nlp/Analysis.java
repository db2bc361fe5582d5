package org.redflag.nlp;

import java.util.List;
import org.redflag.model.DateMention;
import org.redflag.model.Entity;

/**
 * What the analyzer found in one document.
 *
 * @param entities entities in order of first mention, with ids {@code e1}, {@code e2}, ... and no
 *     sanctions yet
 * @param dates date and duration expressions in text order, normalized against the document date
 * @param sentences every sentence with its source (who says so) and certainty, in text order
 * @param actors one profile per entity, in the order of {@code entities}: actor code and role
 * @param parses every sentence's words and dependency parse, in the order of {@code sentences},
 *     each word linked to the entity whose mention covers it
 */
public record Analysis(
    List<Entity> entities,
    List<DateMention> dates,
    List<SentenceReport> sentences,
    List<ActorProfile> actors,
    List<ParsedSentence> parses) {

  public Analysis {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    parses = List.copyOf(parses);
  }

  /** An analysis without parses. */
  public Analysis(
      List<Entity> entities,
      List<DateMention> dates,
      List<SentenceReport> sentences,
      List<ActorProfile> actors) {
    this(entities, dates, sentences, actors, List.of());
  }

  /** An analysis with entities and dates only. */
  public Analysis(List<Entity> entities, List<DateMention> dates) {
    this(entities, dates, List.of(), List.of(), List.of());
  }
}
