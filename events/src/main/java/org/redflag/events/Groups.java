package org.redflag.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;
import org.redflag.nlp.ParsedSentence;

/**
 * Unnamed groups that events name as parties: a plural noun such as "companies" modified by a named
 * country or demonym ("a number of Chinese companies", "thirteen Chinese organizations") becomes an
 * ORGANIZATION entity "Chinese companies" with that country. One entity per name and document;
 * created only when an event needs it.
 */
final class Groups {

  private static final Set<String> ORGANIZATIONS =
      Set.of(
          "company",
          "firm",
          "organization",
          "organisation",
          "entity",
          "enterprise",
          "business",
          "bank",
          "supplier",
          "manufacturer",
          "distributor",
          "exporter",
          "importer",
          "producer");
  private static final Set<String> VESSELS = Set.of("vessel", "ship", "tanker");
  private static final Set<String> PEOPLE = Set.of("individual", "official", "businessman");

  private final Predicate<String> agent;
  private final Map<String, Entity> byId;
  private final Map<String, Entity> created = new LinkedHashMap<>();
  private int next;

  /**
   * @param agent whether a common noun names people or their groups ("refugees", not "bombs")
   */
  Groups(List<Entity> entities, Predicate<String> agent) {
    this.agent = agent;
    byId = new LinkedHashMap<>();
    int max = 0;
    for (Entity e : entities) {
      byId.put(e.id(), e);
      if (e.id().matches("e\\d+")) {
        max = Math.max(max, Integer.parseInt(e.id().substring(1)));
      }
    }
    next = max + 1;
  }

  @Nullable Entity entity(String id) {
    Entity e = byId.get(id);
    return e != null
        ? e
        : created.values().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  /** The group entity that word {@code head} of {@code s} names, created on first use, or null. */
  @Nullable String group(ParsedSentence s, int head) {
    ParsedSentence.Word w = s.words().get(head);
    String lemma = w.lemma().toLowerCase(Locale.ROOT);
    EntityType type =
        ORGANIZATIONS.contains(lemma)
            ? EntityType.ORGANIZATION
            : VESSELS.contains(lemma)
                ? EntityType.VESSEL
                : PEOPLE.contains(lemma) ? EntityType.OTHER : null;
    if (type == null || !w.pos().equals("NNS")) {
      return null;
    }
    ParsedSentence.Word modifier = null;
    for (ParsedSentence.Arc a : s.dependents(head)) {
      ParsedSentence.Word d = s.words().get(a.dependent());
      if ((a.relation().equals("amod") || a.relation().equals("compound"))
          && d.entity() != null
          && d.index() < head) {
        modifier = modifier == null || d.index() < modifier.index() ? d : modifier;
      }
    }
    if (modifier == null) {
      return null;
    }
    while (modifier.index() > 0
        && modifier.entity().equals(s.words().get(modifier.index() - 1).entity())) {
      modifier = s.words().get(modifier.index() - 1); // the whole name: "Red Cross officials"
    }
    Entity country = byId.get(modifier.entity());
    String text = s.span().text();
    int from = modifier.start() - s.span().start();
    int to = w.end() - s.span().start();
    String name = text.substring(from, to);
    String key = name.toLowerCase(Locale.ROOT);
    Entity found = created.get(key);
    Mention m = new Mention(name, modifier.start(), w.end(), type, "events");
    if (found == null) {
      found =
          new Entity(
              "e" + next++,
              name,
              type,
              country == null ? null : country.country(),
              List.of(name),
              List.of(m),
              false,
              List.of());
    } else if (found.mentions().stream().noneMatch(x -> x.start() == m.start())) {
      List<Mention> mentions = new ArrayList<>(found.mentions());
      mentions.add(m);
      found =
          new Entity(
              found.id(),
              found.name(),
              type,
              found.country(),
              found.aliases(),
              mentions,
              false,
              List.of());
    }
    created.put(key, found);
    return found.id();
  }

  /**
   * An unnamed party with no named modifier ("protesters", "rebels", "the police"): an OTHER entity
   * (ORGANIZATION for institutions) named by the noun and its modifiers, or null when the word is
   * not an institution nor a plural noun for people or their groups.
   */
  @Nullable String bare(ParsedSentence s, int head) {
    ParsedSentence.Word w = s.words().get(head);
    String lemma = w.lemma().toLowerCase(Locale.ROOT);
    boolean institution =
        INSTITUTIONS.contains(lemma) || INSTITUTIONS.contains(w.text().toLowerCase(Locale.ROOT));
    if (!institution
        && !(w.pos().equals("NNS")
            && !NOT_PARTIES.contains(lemma)
            && (agent.test(lemma) || ALWAYS_PARTIES.contains(lemma)))) {
      return null;
    }
    for (ParsedSentence.Arc a : s.dependents(head)) {
      if (a.relation().equals("compound")
          && NOT_PARTIES.contains(s.words().get(a.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return null; // "the sanctions regime", "the arms police" are no parties
      }
    }
    int first = head;
    for (ParsedSentence.Arc a : s.dependents(head)) {
      if ((a.relation().equals("amod") || a.relation().equals("compound"))
          && a.dependent() < first
          && a.dependent() >= head - 3) {
        first = a.dependent();
      }
    }
    ParsedSentence.Word from = s.words().get(first);
    String name =
        s.span().text().substring(from.start() - s.span().start(), w.end() - s.span().start());
    String key = name.toLowerCase(Locale.ROOT);
    EntityType type = institution ? EntityType.ORGANIZATION : EntityType.OTHER;
    Mention m = new Mention(name, from.start(), w.end(), type, "events");
    Entity found = created.get(key);
    if (found == null) {
      found =
          new Entity("e" + next++, name, type, null, List.of(name), List.of(m), false, List.of());
      created.put(key, found);
    }
    return found.id();
  }

  private static final Set<String> INSTITUTIONS =
      Set.of(
          "police",
          "army",
          "military",
          "government",
          "court",
          "parliament",
          "navy",
          "militia",
          "cabinet",
          "ministry",
          "administration",
          "regime",
          "opposition",
          "junta",
          "troops",
          "authorities",
          "forces",
          "rebels",
          "insurgents",
          "militants",
          "guerrillas");

  /**
   * Plural nouns that are parties though WordNet's first sense is no person or group: "37 entities"
   * on a sanctions list, "armed groups".
   */
  private static final Set<String> ALWAYS_PARTIES = Set.of("group", "entity");

  /** Plural nouns that are not parties (things, times, amounts). */
  private static final Set<String> NOT_PARTIES =
      Set.of(
          "weapon",
          "arm",
          "right",
          "sanction",
          "talk",
          "year",
          "month",
          "day",
          "week",
          "hour",
          "dollar",
          "ton",
          "measure",
          "restriction",
          "ways",
          "way",
          "issue",
          "plan",
          "term",
          "relation",
          "tie",
          "election",
          "attack",
          "strike",
          "goods",
          "part",
          "drone",
          "missile",
          "chip",
          "microchip",
          "optic",
          "agreement",
          "document",
          "project",
          "supply",
          "fund",
          "assets",
          "asset",
          "link",
          "reform",
          "change",
          "demand",
          "call",
          "appeal",
          "proposal",
          "offer",
          "request",
          "accusation",
          "allegation",
          "charge",
          "warning",
          "threat",
          "invitation",
          "condition",
          "action",
          "step",
          "contact",
          "protest",
          "demonstration",
          "operation",
          "position",
          "area",
          "village",
          "town",
          "city",
          "border",
          "ban",
          "crime",
          "violation",
          "death",
          "casualty",
          "people");

  /** The analysis's entities followed by the groups created. */
  List<Entity> all() {
    List<Entity> out = new ArrayList<>(byId.values());
    out.addAll(created.values());
    return out;
  }
}
