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
 */
public record Analysis(List<Entity> entities, List<DateMention> dates) {

  public Analysis {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
  }
}
