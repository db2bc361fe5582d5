package org.redflag.nlp;

import org.jspecify.annotations.Nullable;
import org.redflag.model.Mention;

/**
 * A mention on its way to an entity: what was found, and the actor it names when the actor table
 * knows it.
 *
 * @param mention the span, its type and the detector ({@code corenlp} or {@code gazetteer})
 * @param form the actor-table form it matched, or {@code null}
 * @param government whether this mention means the government (a seat of power, or a capital that
 *     acts)
 */
record Candidate(Mention mention, ActorTable.@Nullable Form form, boolean government) {

  int start() {
    return mention.start();
  }

  int end() {
    return mention.end();
  }

  int length() {
    return mention.end() - mention.start();
  }
}
