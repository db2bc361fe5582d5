package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/**
 * Stage 7b: definite descriptions of a country's leader — "the Belarusian leader", "the Russian
 * president", "Iran’s supreme leader" — become mentions (detector {@code description}) of the one
 * person in the document who leads that country: a head of state from the actor table, or a person
 * whose title in the document says so ("Chinese leader Xi Jinping"). With no such person, or more
 * than one, nothing is added. The country's own mention ("Belarusian") stays with the country.
 */
final class DescriptionResolver {

  private static final Set<String> LEADER_WORDS =
      Set.of("leader", "president", "strongman", "dictator", "ruler", "autocrat", "head");

  private final ActorTable table;

  DescriptionResolver(ActorTable table) {
    this.table = table;
  }

  List<Entity> resolve(Annotated doc, List<Entity> entities, List<ActorProfile> profiles) {
    List<List<Mention>> added = new ArrayList<>();
    entities.forEach(e -> added.add(new ArrayList<>()));
    List<Annotated.Token> t = doc.tokens();
    for (int i = 0; i + 2 < t.size(); i++) {
      int country;
      int role;
      if (t.get(i).word().equalsIgnoreCase("the")) {
        country = i + 1;
        role = i + 2;
        if (role + 1 < t.size() && t.get(role).word().equalsIgnoreCase("supreme")) {
          role++;
        }
      } else if (t.get(i + 1).pos().equals("POS")) {
        country = i;
        role = i + 2;
        if (role + 1 < t.size() && t.get(role).word().equalsIgnoreCase("supreme")) {
          role++;
        }
      } else {
        continue;
      }
      if (t.get(country).sentence() != t.get(role).sentence()
          || !LEADER_WORDS.contains(t.get(role).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String code = countryOf(t.get(country).word(), t.get(i) == t.get(country));
      if (code == null) {
        continue;
      }
      int leader = leaderOf(code, entities, profiles);
      if (leader >= 0) {
        int start = t.get(i).start();
        int end = t.get(role).end();
        added
            .get(leader)
            .add(
                new Mention(
                    doc.body().substring(start, end),
                    start,
                    end,
                    EntityType.PERSON,
                    "description"));
      }
    }
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      out.add(entities.get(i).withAddedMentions(added.get(i)));
    }
    return out;
  }

  /** The country a demonym ("Belarusian") or, before a possessive, a country name names. */
  private @Nullable String countryOf(String word, boolean possessive) {
    Optional<ActorTable.Form> form = table.form(word);
    if (form.isEmpty() || form.get().actor().type() != EntityType.COUNTRY) {
      return null;
    }
    ActorTable.Sense sense = form.get().sense();
    boolean fits =
        possessive
            ? sense == ActorTable.Sense.NAME || sense == ActorTable.Sense.CAPITAL
            : sense == ActorTable.Sense.DEMONYM;
    return fits ? form.get().actor().country() : null;
  }

  /** The index of the one person who leads {@code country}, or -1. */
  private static int leaderOf(String country, List<Entity> entities, List<ActorProfile> profiles) {
    int found = -1;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      ActorProfile p = profiles.get(i);
      String role = p.role() == null ? "" : p.role();
      boolean leads =
          role.startsWith("head of state")
              || role.startsWith("supreme leader")
              || role.startsWith("leader of")
              || role.startsWith("president of");
      if (e.type() == EntityType.PERSON && country.equals(e.country()) && leads) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }
}
