package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;

/**
 * Stage 7: roles and actor codes. A person's role comes from the title right before a mention of
 * the name: "CIA chief William Burns" -> director of CIA, code {@code USA GOV} (intelligence);
 * "Chinese Ambassador to Belarus Xie Xiaoyong" -> ambassador of China to Belarus, {@code CHN GOV}.
 * Organizations and known leaders take country and sector from the actor table ({@code USA MED} for
 * CNN, {@code BLR GOV} head of state for Lukashenko when no title says more); a country is coded
 * with GOV when the document means its government ("the Kremlin").
 */
final class RoleFinder {

  /** Role nouns and the sector they put a person in. */
  private static final Map<String, String> ROLE_SECTORS =
      Map.ofEntries(
          Map.entry("president", "GOV"),
          Map.entry("leader", "GOV"),
          Map.entry("premier", "GOV"),
          Map.entry("minister", "GOV"),
          Map.entry("ambassador", "GOV"),
          Map.entry("envoy", "GOV"),
          Map.entry("diplomat", "GOV"),
          Map.entry("spokesman", "GOV"),
          Map.entry("spokeswoman", "GOV"),
          Map.entry("spokesperson", "GOV"),
          Map.entry("secretary", "GOV"),
          Map.entry("senator", "GOV"),
          Map.entry("lawmaker", "GOV"),
          Map.entry("official", "GOV"),
          Map.entry("dictator", "GOV"),
          Map.entry("chief", "GOV"),
          Map.entry("head", "GOV"),
          Map.entry("director", "GOV"),
          Map.entry("adviser", "GOV"),
          Map.entry("advisor", "GOV"),
          Map.entry("general", "MIL"),
          Map.entry("commander", "MIL"),
          Map.entry("ceo", "BUS"),
          Map.entry("chairman", "BUS"),
          Map.entry("founder", "BUS"),
          Map.entry("owner", "BUS"),
          Map.entry("businessman", "BUS"),
          Map.entry("tycoon", "BUS"),
          Map.entry("oligarch", "BUS"),
          Map.entry("journalist", "MED"),
          Map.entry("editor", "MED"),
          Map.entry("correspondent", "MED"),
          Map.entry("analyst", "NGO"),
          Map.entry("researcher", "NGO"));

  /** Role nouns that mean "director of" when an organization precedes them. */
  private static final Set<String> DIRECTOR_WORDS = Set.of("chief", "head", "director");

  private static final Set<String> MODIFIERS =
      Set.of("first", "vice", "deputy", "prime", "foreign", "former", "acting", "senior", "top");
  private static final Set<String> LINKS = Set.of("of", "to", "for", "the");

  private final ActorTable table;

  RoleFinder(ActorTable table) {
    this.table = table;
  }

  List<ActorProfile> find(Annotated doc, List<Entity> entities, MentionIndex mentions) {
    List<ActorProfile> out = new ArrayList<>();
    for (Entity e : entities) {
      ActorProfile role = e.type() == EntityType.PERSON ? personRole(doc, e, mentions) : null;
      out.add(role != null ? role : plain(e, entities));
    }
    return out;
  }

  private ActorProfile plain(Entity e, List<Entity> entities) {
    Optional<ActorTable.Actor> actor = actorOf(e);
    String sector = actor.map(ActorTable.Actor::sector).orElse(null);
    String main = sector == null ? null : sector.split(":", 2)[0];
    String detail = sector == null || !sector.contains(":") ? null : sector.split(":", 2)[1];
    String code =
        switch (e.type()) {
          case COUNTRY -> join(iso3(e.country()), e.government() ? "GOV" : null);
          case ORGANIZATION, PERSON -> join(iso3(e.country()), main);
          default -> null;
        };
    String role = null;
    String roleOf = null;
    if (e.type() == EntityType.PERSON && detail != null && e.country() != null) {
      role = detail + " of " + countryName(e.country());
      for (Entity c : entities) {
        if (c.type() == EntityType.COUNTRY && e.country().equals(c.country())) {
          roleOf = c.id();
        }
      }
    }
    return new ActorProfile(e.id(), code, detail, role, roleOf, null);
  }

  private @Nullable ActorProfile personRole(Annotated doc, Entity person, MentionIndex mentions) {
    for (var m : person.mentions()) {
      int name = doc.tokenAt(m.start());
      int sentence = doc.tokens().get(name).sentence();
      int first = name;
      while (first - 1 >= 0
          && name - (first - 1) <= 8
          && doc.tokens().get(first - 1).sentence() == sentence
          && isTitleToken(doc.tokens().get(first - 1), mentions.at(first - 1))) {
        first--;
      }
      while (first < name && LINKS.contains(lower(doc.tokens().get(first)))) {
        first++;
      }
      int head = -1;
      for (int i = first; i < name; i++) {
        if (ROLE_SECTORS.containsKey(lower(doc.tokens().get(i)))) {
          head = i;
        }
      }
      if (head < 0) {
        continue;
      }
      return role(doc, person, mentions, first, head, name, m.start());
    }
    return null;
  }

  private ActorProfile role(
      Annotated doc,
      Entity person,
      MentionIndex mentions,
      int first,
      int head,
      int name,
      int nameStart) {
    // The owner: an organization or country named (or a demonym) inside the title, before the
    // head noun ("CIA chief", "Chinese Ambassador").
    Entity owner = null;
    int roleStart = first;
    for (int i = first; i < head; i++) {
      MentionIndex.Located l = mentions.at(i);
      if (l != null
          && (l.entity().type() == EntityType.ORGANIZATION
              || l.entity().type() == EntityType.COUNTRY)) {
        owner = l.entity();
        roleStart = l.last() + 1;
        i = l.last();
      }
    }
    String headWord = lower(doc.tokens().get(head));
    StringBuilder role = new StringBuilder();
    for (int i = roleStart; i <= head; i++) {
      String w = doc.tokens().get(i).word();
      role.append(role.length() == 0 ? "" : " ").append(w.toLowerCase(Locale.ROOT));
    }
    String text = role.toString();
    if (owner != null) {
      text =
          (DIRECTOR_WORDS.contains(headWord) && owner.type() == EntityType.ORGANIZATION
                  ? "director"
                  : text)
              + " of "
              + owner.name();
    }
    StringBuilder rest = new StringBuilder();
    for (int i = head + 1; i < name; i++) {
      Annotated.Token t = doc.tokens().get(i);
      boolean keepCase = mentions.at(i) != null;
      rest.append(' ').append(keepCase ? t.word() : t.word().toLowerCase(Locale.ROOT));
    }
    text = text + rest;

    String sector = ROLE_SECTORS.get(headWord);
    String detail = null;
    String country = person.country();
    if (owner != null) {
      country = owner.country();
      Optional<ActorTable.Actor> actor = actorOf(owner);
      String ownerSector = actor.map(ActorTable.Actor::sector).orElse(null);
      if (ownerSector != null && DIRECTOR_WORDS.contains(headWord)) {
        sector = ownerSector.split(":", 2)[0];
        detail = ownerSector.contains(":") ? ownerSector.split(":", 2)[1] : null;
      } else if (ownerSector != null && ownerSector.contains(":")) {
        detail = ownerSector.split(":", 2)[1];
      }
    }
    int start = doc.tokens().get(first).start();
    int end = nameStart + person.mentions().get(0).text().length();
    for (var m : person.mentions()) {
      if (m.start() == nameStart) {
        end = m.end();
      }
    }
    Event.Span evidence = new Event.Span(doc.body().substring(start, end), start, end);
    return new ActorProfile(
        person.id(),
        join(iso3(country), sector),
        detail,
        text,
        owner == null ? null : owner.id(),
        evidence);
  }

  private boolean isTitleToken(Annotated.Token t, MentionIndex.@Nullable Located mention) {
    if (mention != null) {
      return mention.entity().type() != EntityType.PERSON;
    }
    String w = lower(t);
    return ROLE_SECTORS.containsKey(w)
        || MODIFIERS.contains(w)
        || LINKS.contains(w)
        || (t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0)));
  }

  private Optional<ActorTable.Actor> actorOf(Entity e) {
    for (String alias : e.aliases()) {
      Optional<ActorTable.Form> form = table.form(alias);
      if (form.isPresent() && form.get().actor().name().equals(e.name())) {
        return Optional.of(form.get().actor());
      }
    }
    return Optional.empty();
  }

  private static String lower(Annotated.Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private String countryName(String alpha2) {
    return table.actor(alpha2).map(ActorTable.Actor::name).orElse(alpha2);
  }

  static @Nullable String iso3(@Nullable String alpha2) {
    if (alpha2 == null) {
      return null;
    }
    try {
      return new Locale("", alpha2).getISO3Country();
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static @Nullable String join(@Nullable String country, @Nullable String sector) {
    if (country == null && sector == null) {
      return null;
    }
    if (country == null) {
      return sector;
    }
    return sector == null ? country : country + " " + sector;
  }
}
