package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/**
 * Stage 7b: definite descriptions become mentions (detector {@code description}) of the entity they
 * mean.
 *
 * <p>A country's leader — "the Belarusian leader", "the Russian president", "Iran’s supreme leader"
 * — is the one person in the document who leads that country: a head of state from the actor table,
 * or a person whose title in the document says so ("Chinese leader Xi Jinping"). With no such
 * person, or more than one, nothing is added. The country's own mention ("Belarusian") stays with
 * the country.
 *
 * <p>An organisation — "the agency", "the ministry", "the department", "the bank", "the company"
 * (or "the firm") — is the organisation of that kind mentioned last, in the same sentence or the
 * {@value #SENTENCES_BACK} before: "the agency" after "CIA" (Central Intelligence Agency), "the
 * department" after "the US Department of Commerce". The kind shows in one of its names (agency,
 * bureau, service, office ...; ministry; department; a word ending in "bank"; a company suffix such
 * as Ltd or Corp) or, for a company, in its business sector in the actor table. Nothing is added
 * when two organisations of the kind are named in that last sentence, or when the noun is part of a
 * longer phrase ("the company's" is kept; "the bank account", "the Department of Commerce" are
 * not).
 */
final class DescriptionResolver {

  private static final Set<String> LEADER_WORDS =
      Set.of("leader", "president", "strongman", "dictator", "ruler", "autocrat", "head");

  /** How many sentences before a description of an organisation its antecedent may be. */
  static final int SENTENCES_BACK = 3;

  private static final Set<String> AGENCY_WORDS =
      Set.of(
          "agency",
          "bureau",
          "service",
          "office",
          "administration",
          "directorate",
          "commission",
          "authority");
  private static final Set<String> COMPANY_WORDS =
      Set.of(
          "company",
          "companies",
          "corporation",
          "corp",
          "inc",
          "ltd",
          "llc",
          "llp",
          "plc",
          "gmbh",
          "ag",
          "jsc",
          "pjsc",
          "ojsc",
          "cjsc",
          "ooo",
          "holding",
          "holdings",
          "limited",
          "enterprises",
          "industries");

  /** Sectors of organisations that are not companies, whatever their names say. */
  private static final Set<String> NOT_BUSINESS = Set.of("GOV", "MIL", "MED", "NGO", "IGO");

  /** Description nouns and the words of which one names an organisation of that kind. */
  private static final Map<String, Set<String>> ORGANIZATION_NOUNS =
      Map.of(
          "agency",
          AGENCY_WORDS,
          "ministry",
          Set.of("ministry"),
          "department",
          Set.of("department"),
          "bank",
          Set.of("bank"),
          "company",
          COMPANY_WORDS,
          "firm",
          COMPANY_WORDS);

  private final ActorTable table;

  DescriptionResolver(ActorTable table) {
    this.table = table;
  }

  List<Entity> resolve(Annotated doc, List<Entity> entities, List<ActorProfile> profiles) {
    List<List<Mention>> added = new ArrayList<>();
    entities.forEach(e -> added.add(new ArrayList<>()));
    leaders(doc, entities, profiles, added);
    organizations(doc, entities, profiles, added);
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      out.add(entities.get(i).withAddedMentions(added.get(i)));
    }
    return out;
  }

  private void leaders(
      Annotated doc,
      List<Entity> entities,
      List<ActorProfile> profiles,
      List<List<Mention>> added) {
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
  }

  private static void organizations(
      Annotated doc,
      List<Entity> entities,
      List<ActorProfile> profiles,
      List<List<Mention>> added) {
    MentionIndex index = new MentionIndex(doc, entities);
    List<Annotated.Token> t = doc.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      Annotated.Token the = t.get(i);
      Annotated.Token noun = t.get(i + 1);
      Set<String> kind = ORGANIZATION_NOUNS.get(noun.word());
      if (!the.word().equalsIgnoreCase("the")
          || kind == null
          || noun.sentence() != the.sentence()
          || index.at(i) != null
          || index.at(i + 1) != null
          || i + 2 < t.size() && longerPhrase(t.get(i + 2), noun.sentence())) {
        continue;
      }
      int found = antecedent(doc, entities, profiles, added, kind, the);
      if (found >= 0) {
        added
            .get(found)
            .add(
                new Mention(
                    doc.body().substring(the.start(), noun.end()),
                    the.start(),
                    noun.end(),
                    EntityType.ORGANIZATION,
                    "description"));
      }
    }
  }

  /** Whether the token after "the company" makes it part of a longer phrase. */
  private static boolean longerPhrase(Annotated.Token next, int sentence) {
    return next.sentence() == sentence
        && (next.pos().startsWith("NN") || next.word().equalsIgnoreCase("of"));
  }

  /**
   * The index of the organisation of the {@code kind} mentioned last before {@code the}, within
   * {@link #SENTENCES_BACK} sentences; -1 when there is none or two are named in its sentence.
   */
  private static int antecedent(
      Annotated doc,
      List<Entity> entities,
      List<ActorProfile> profiles,
      List<List<Mention>> added,
      Set<String> kind,
      Annotated.Token the) {
    int[] lastStart = new int[entities.size()];
    int best = -1;
    for (int i = 0; i < entities.size(); i++) {
      lastStart[i] = -1;
      Entity e = entities.get(i);
      if (e.type() != EntityType.ORGANIZATION || !ofKind(e, profiles.get(i), kind)) {
        continue;
      }
      List<Mention> mentions = new ArrayList<>(e.mentions());
      mentions.addAll(added.get(i));
      for (Mention m : mentions) {
        if (m.end() <= the.start() && m.start() > lastStart[i]) {
          lastStart[i] = m.start();
        }
      }
      if (lastStart[i] >= 0 && (best < 0 || lastStart[i] > lastStart[best])) {
        best = i;
      }
    }
    if (best < 0) {
      return -1;
    }
    int sentence = sentenceOf(doc, lastStart[best]);
    if (the.sentence() - sentence > SENTENCES_BACK) {
      return -1;
    }
    for (int i = 0; i < entities.size(); i++) {
      if (i != best && lastStart[i] >= 0 && sentenceOf(doc, lastStart[i]) == sentence) {
        return -1;
      }
    }
    return best;
  }

  private static int sentenceOf(Annotated doc, int offset) {
    return doc.tokens().get(doc.tokenAt(offset)).sentence();
  }

  /** Whether one of the organisation's names, or for a company its sector, shows the kind. */
  private static boolean ofKind(Entity e, ActorProfile profile, Set<String> kind) {
    if (kind == COMPANY_WORDS && profile.code() != null) {
      List<String> code = List.of(profile.code().split(" "));
      if (code.contains("BUS")) {
        return true;
      }
      if (code.stream().anyMatch(NOT_BUSINESS::contains)) {
        return false;
      }
    }
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    for (String name : names) {
      for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (kind.contains(word) || kind.contains("bank") && word.endsWith("bank")) {
          return true;
        }
      }
    }
    return false;
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
