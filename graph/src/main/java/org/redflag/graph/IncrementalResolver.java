package org.redflag.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.match.Names;
import org.redflag.model.EntityType;
import org.redflag.store.Decision;
import org.redflag.store.EntityRow;
import org.redflag.store.Store;

/**
 * Assigns the stored entities that no resolution has seen yet to existing global entities (or new
 * ones), with the same evidence as {@link Resolver} in the same order, but looking candidates up in
 * the store's indexes instead of recomputing every global entity: the cost grows with the new
 * entities, not with the store. It never joins two existing global entities; a full {@link
 * Resolver} pass does.
 */
final class IncrementalResolver {
  /** Stored entities a new entity's name is compared with. */
  static final int CANDIDATES = 20;

  private final Store store;
  private final Map<String, String> normalized = new HashMap<>();

  private IncrementalResolver(Store store) {
    this.store = store;
  }

  /**
   * Resolves the unassigned entities, or returns {@code null} when only a full resolution can:
   * nothing was resolved yet, or an analyst's decision names one of the new entities.
   */
  static @Nullable Resolution resolveNew(Store store) {
    if (!store.anyAssigned()) {
      return null;
    }
    List<EntityRow> fresh = new ArrayList<>();
    store.forEachUnassigned(fresh::add);
    List<Decision> decisions = store.decisions();
    IncrementalResolver r = new IncrementalResolver(store);
    Set<String> refs = new HashSet<>();
    for (Decision d : decisions) {
      refs.add(r.norm(d.a()));
      refs.add(r.norm(d.b()));
    }
    for (EntityRow row : fresh) {
      if (refs.contains(r.norm(row.name()))
          || row.aliases().stream().anyMatch(a -> refs.contains(r.norm(a)))) {
        return null;
      }
    }
    return r.assign(fresh, decisions.size());
  }

  private Resolution assign(List<EntityRow> fresh, int decisions) {
    Map<String, String> byKey = new HashMap<>();
    Map<Long, String> assigned = new HashMap<>();
    Set<String> created = new HashSet<>();
    for (EntityRow row : fresh) {
      String list = Resolver.listKey(row);
      String country = Resolver.countryKey(row);
      String name =
          row.type() + "|" + norm(row.name()) + "|" + (row.country() == null ? "" : row.country());
      String c = null;
      if (list != null) {
        c = byKey.get("list " + list);
        if (c == null) {
          c =
              store
                  .clusterOfListEntry(
                      row.sanctions().get(0).list(), row.sanctions().get(0).listId())
                  .orElse(null);
        }
      }
      if (c == null && country != null) {
        c = country;
      }
      if (c == null) {
        c = byKey.get("name " + name);
      }
      if (c == null && row.type() != EntityType.COUNTRY) {
        c = similar(row, assigned);
      }
      if (c == null) {
        c = newId(row, list, country, created);
        created.add(c);
      }
      assigned.put(row.key(), c);
      if (list != null) {
        byKey.putIfAbsent("list " + list, c);
      }
      byKey.putIfAbsent("name " + name, c);
    }
    if (!assigned.isEmpty()) {
      store.assignClusters(assigned);
      store.refreshSummaries(new LinkedHashSet<>(assigned.values()));
    }
    return new Resolution(
        fresh.size(), new HashSet<>(assigned.values()).size(), assigned.size(), decisions);
  }

  /** The global entity of the most similar stored entity of the same type, if similar enough. */
  private @Nullable String similar(EntityRow row, Map<Long, String> assigned) {
    // The same spelling already resolved: the common case, answered by an index.
    String sameName = null;
    for (EntityRow cand : store.entitiesNamed(row.name(), row.type(), CANDIDATES)) {
      if (Resolver.compatibleCountries(row, cand)) {
        if (row.country() != null && row.country().equals(cand.country())) {
          return cand.cluster();
        }
        if (sameName == null) {
          sameName = cand.cluster();
        }
      }
    }
    if (sameName != null) {
      return sameName;
    }
    String n = norm(row.name());
    String best = null;
    double bestScore = 0;
    for (EntityRow cand : store.findEntities(row.name(), CANDIDATES)) {
      String c = cand.cluster() != null ? cand.cluster() : assigned.get(cand.key());
      if (c == null || cand.type() != row.type() || !Resolver.compatibleCountries(row, cand)) {
        continue;
      }
      String m = norm(cand.name());
      double score = m.equals(n) ? 1 : Resolver.comparable(n, m) ? Names.similarity(n, m) : 0;
      if (score >= Resolver.SAME_NAME && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private String newId(
      EntityRow row, @Nullable String list, @Nullable String country, Set<String> created) {
    String base = list != null ? list : country;
    if (base == null) {
      String slug = norm(row.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      base = row.type().name().toLowerCase(Locale.ROOT) + ":" + (slug.isEmpty() ? "x" : slug);
    }
    String id = base;
    for (int n = 2; created.contains(id) || !store.summaries(List.of(id)).isEmpty(); n++) {
      id = base + "~" + n;
    }
    return id;
  }

  private String norm(String name) {
    return normalized.computeIfAbsent(name, Names::normalize);
  }
}
