package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/**
 * Stage 3b: adds personal pronouns (he, him, his, she, her) as mentions of the person they most
 * likely mean: the first person named earlier in the same sentence, else the first person named in
 * the nearest of the two sentences before. Pronouns with no person in reach stay unresolved; "they"
 * and "it" are never resolved (too often wrong without a parse). Pronouns become mentions (detector
 * {@code pronoun}), never aliases.
 */
final class PronounResolver {

  private static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  private static final int SENTENCES_BACK = 2;

  List<Entity> resolve(Annotated doc, List<Entity> entities) {
    MentionIndex index = new MentionIndex(doc, entities);
    List<List<Mention>> added = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      added.add(new ArrayList<>());
    }
    for (Annotated.Token t : doc.tokens()) {
      if (!PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || index.at(t.index()) != null) {
        continue;
      }
      Entity person = antecedent(doc, index, t);
      if (person != null) {
        added
            .get(entities.indexOf(person))
            .add(
                new Mention(
                    doc.body().substring(t.start(), t.end()),
                    t.start(),
                    t.end(),
                    EntityType.PERSON,
                    "pronoun"));
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      out.add(entities.get(i).withAddedMentions(added.get(i)));
    }
    return out;
  }

  private static @Nullable Entity antecedent(
      Annotated doc, MentionIndex index, Annotated.Token pronoun) {
    Annotated.Sentence s = doc.sentences().get(pronoun.sentence());
    Entity first = firstPerson(index, s.firstToken(), pronoun.index());
    for (int back = 1; first == null && back <= SENTENCES_BACK; back++) {
      int k = s.index() - back;
      if (k < 0) {
        break;
      }
      Annotated.Sentence prev = doc.sentences().get(k);
      first = firstPerson(index, prev.firstToken(), prev.endToken());
    }
    return first;
  }

  private static @Nullable Entity firstPerson(MentionIndex index, int from, int to) {
    for (int i = from; i < to; i++) {
      MentionIndex.Located l = index.at(i);
      if (l != null
          && l.entity().type() == EntityType.PERSON
          && !l.mention().detector().equals("pronoun")) {
        return l.entity();
      }
    }
    return null;
  }
}
