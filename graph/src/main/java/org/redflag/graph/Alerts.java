package org.redflag.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.match.Screener;
import org.redflag.match.ScreeningQuery;
import org.redflag.match.ScreeningResult;
import org.redflag.model.EntityType;
import org.redflag.model.SanctionHit;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.store.EntityRow;
import org.redflag.store.ListLink;
import org.redflag.store.Store;

/**
 * Re-screening of stored entities after a watchlist change: every global entity that can be listed
 * (people, organizations, vessels) is screened by all its names against the new snapshot and
 * compared with the last screening, or with what analysis matched at ingest.
 */
final class Alerts {
  /** Names per entity sent to the screener, most used first. */
  static final int MAX_NAMES = 8;

  private Alerts() {}

  static ListAlerts rescreen(Store store, String snapshotId, List<WatchlistEntry> entries) {
    Screener screener = Screener.create(entries);
    Map<String, List<EntityRow>> clusters = new LinkedHashMap<>();
    store.forEachEntity(
        r -> {
          if (r.cluster() != null && schemaOf(r.type()) != null) {
            clusters.computeIfAbsent(r.cluster(), k -> new ArrayList<>()).add(r);
          }
        });
    List<String> runs = store.screenings();
    // The last screening, even against the same snapshot: then only new documents can alert.
    String previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    Map<Long, List<ListLink>> before = previous == null ? Map.of() : store.screening(previous);
    Map<Long, List<ListLink>> now = new HashMap<>();
    List<ListAlerts.Change> added = new ArrayList<>();
    List<ListAlerts.Change> removed = new ArrayList<>();
    Map<String, GlobalEntity> globals = new HashMap<>();
    for (Map.Entry<String, List<EntityRow>> c : clusters.entrySet()) {
      List<EntityRow> rows = c.getValue();
      long representative = rows.stream().mapToLong(EntityRow::key).min().orElseThrow();
      List<ListLink> links = screen(screener, rows);
      if (!links.isEmpty()) {
        now.put(representative, links);
      }
      Set<String> was = new LinkedHashSet<>();
      Map<String, ListLink> wasLinks = new LinkedHashMap<>();
      if (previous == null) {
        for (EntityRow r : rows) {
          for (SanctionHit h : r.sanctions()) {
            ListLink l = new ListLink(h.list(), h.listId(), h.name(), h.score());
            wasLinks.putIfAbsent(l.id(), l);
          }
        }
      } else {
        for (EntityRow r : rows) {
          for (ListLink l : before.getOrDefault(r.key(), List.of())) {
            wasLinks.putIfAbsent(l.id(), l);
          }
        }
      }
      was.addAll(wasLinks.keySet());
      List<ListLink> plus = links.stream().filter(l -> !was.contains(l.id())).toList();
      Set<String> is = new LinkedHashSet<>();
      links.forEach(l -> is.add(l.id()));
      List<ListLink> minus = wasLinks.values().stream().filter(l -> !is.contains(l.id())).toList();
      if (!plus.isEmpty() || !minus.isEmpty()) {
        GlobalEntity g = globals.computeIfAbsent(c.getKey(), k -> global(rows, k));
        if (!plus.isEmpty()) {
          added.add(new ListAlerts.Change(g, plus));
        }
        if (!minus.isEmpty()) {
          removed.add(new ListAlerts.Change(g, minus));
        }
      }
    }
    store.saveScreening(snapshotId, now);
    Comparator<ListAlerts.Change> byDocs =
        Comparator.comparing((ListAlerts.Change ch) -> -ch.entity().documents())
            .thenComparing(ch -> ch.entity().id());
    added.sort(byDocs);
    removed.sort(byDocs);
    return new ListAlerts(
        snapshotId, previous == null ? "ingest" : previous, clusters.size(), added, removed);
  }

  private static GlobalEntity global(List<EntityRow> rows, String id) {
    Map<String, Integer> names = new HashMap<>();
    rows.forEach(r -> names.merge(r.name(), 1, Integer::sum));
    String name =
        names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    EntityRow first = rows.get(0);
    long docs = rows.stream().map(EntityRow::documentId).distinct().count();
    return new GlobalEntity(id, name, first.type(), first.country(), (int) docs);
  }

  private static List<ListLink> screen(Screener screener, List<EntityRow> rows) {
    Schema schema = schemaOf(rows.get(0).type());
    if (schema == null) {
      return List.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    Set<String> countries = new LinkedHashSet<>();
    for (EntityRow r : rows) {
      counts.merge(r.name(), 1, Integer::sum);
      r.aliases().forEach(a -> counts.merge(a, 1, Integer::sum));
      if (r.country() != null) {
        countries.add(r.country());
      }
    }
    List<String> names =
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(MAX_NAMES)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, ListLink> best = new LinkedHashMap<>();
    for (ScreeningResult r :
        screener.screen(new ScreeningQuery(schema, names, null, List.copyOf(countries)))) {
      if (r.match()) {
        ListLink l =
            new ListLink(r.entry().source(), r.entry().sourceId(), r.entry().name(), r.score());
        best.merge(l.id(), l, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    return List.copyOf(best.values());
  }

  static @Nullable Schema schemaOf(EntityType type) {
    return switch (type) {
      case PERSON -> Schema.PERSON;
      case ORGANIZATION -> Schema.ORGANIZATION;
      case VESSEL -> Schema.VESSEL;
      default -> null;
    };
  }
}
