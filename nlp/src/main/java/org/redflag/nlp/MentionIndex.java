package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/** Which entity each token belongs to, for the stages that read sentences after resolution. */
final class MentionIndex {

  /** An entity mention as a token range {@code [first, last]}. */
  record Located(Entity entity, Mention mention, int first, int last) {}

  private final @Nullable Located[] byToken;
  private final List<Located> all = new ArrayList<>();

  MentionIndex(Annotated doc, List<Entity> entities) {
    byToken = new Located[doc.tokens().size()];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        int first = doc.tokenAt(m.start());
        int last = Math.max(first, doc.tokenAt(Math.max(m.start(), m.end() - 1)));
        Located l = new Located(e, m, first, last);
        all.add(l);
        for (int i = first; i <= last && i < byToken.length; i++) {
          byToken[i] = l;
        }
      }
    }
    all.sort((a, b) -> Integer.compare(a.first(), b.first()));
  }

  @Nullable Located at(int token) {
    return token >= 0 && token < byToken.length ? byToken[token] : null;
  }

  /** The nearest PERSON mention that ends before {@code token}, or null. */
  @Nullable Located lastPersonBefore(int token) {
    Located best = null;
    for (Located l : all) {
      if (l.last() < token && l.entity().type() == EntityType.PERSON) {
        best = l;
      }
    }
    return best;
  }
}
