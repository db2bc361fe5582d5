package org.redflag.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a document talks about, with every mention that refers to it.
 *
 * @param id id unique within the brief, e.g. {@code e3}
 * @param name canonical name (the longest or curated name)
 * @param type entity type
 * @param country ISO 3166-1 alpha-2 code, or {@code null}
 * @param aliases every surface form used in the document, plus curated names
 * @param mentions where it is mentioned
 * @param government whether the document means the country's government (the Kremlin, Beijing as an
 *     actor), not the territory
 * @param sanctions watchlist entries it matched, best first
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    @Nullable String country,
    List<String> aliases,
    List<Mention> mentions,
    boolean government,
    List<SanctionHit> sanctions) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    sanctions = List.copyOf(sanctions);
  }

  /** Returns a copy with the given list entries. */
  public Entity withSanctions(List<SanctionHit> hits) {
    return new Entity(id, name, type, country, aliases, mentions, government, hits);
  }

  /** Returns a copy with {@code more} mentions added, all in text order. */
  public Entity withAddedMentions(List<Mention> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Mention> all = new ArrayList<>(mentions);
    all.addAll(more);
    all.sort(Comparator.comparingInt(Mention::start));
    return new Entity(id, name, type, country, aliases, all, government, sanctions);
  }

  /** Whether the entity is on at least one list. */
  public boolean isListed() {
    return !sanctions.isEmpty();
  }
}
