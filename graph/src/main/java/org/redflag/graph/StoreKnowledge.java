package org.redflag.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;
import org.redflag.match.Names;
import org.redflag.model.Event;
import org.redflag.model.RedflagException;
import org.redflag.model.SanctionHit;
import org.redflag.store.ClusterSummary;
import org.redflag.store.CoMention;
import org.redflag.store.Decision;
import org.redflag.store.EntityRow;
import org.redflag.store.EventRow;
import org.redflag.store.Store;

/**
 * {@link Knowledge} answered from the store's tables and indexes, query by query; nothing is held
 * in memory between questions, so answers always reflect the last committed briefs.
 */
final class StoreKnowledge implements Knowledge {
  /** Reports of the same type and parties whose dates are this close describe one event. */
  static final int SAME_EVENT_DAYS = 14;

  /** Name similarity below which a name query finds nothing. */
  static final double FIND_THRESHOLD = 0.5;

  /** Name similarity from which a report's source is the source asked for. */
  static final double SAME_SOURCE = 0.8;

  /** Stored entities a name query considers, from the name index. */
  static final int FIND_CANDIDATES = 30;

  /** Connections listed in a profile. */
  static final int PROFILE_CONNECTIONS = 10;

  /** Weight of a report in route ranking, by certainty. */
  static final Map<String, Double> CERTAINTY_WEIGHT =
      Map.of("fact", 1.0, "expected", 0.7, "speculative", 0.4, "denied", 0.0);

  /** A route report loses half its weight every this many days before the newest report. */
  static final double HALF_LIFE_DAYS = 365;

  /**
   * Destinations treated as sanctioned jurisdictions for routes: countries under comprehensive or
   * sectoral embargoes (OFAC country programs, EU/UK Russia and Belarus regimes).
   */
  static final Set<String> SANCTIONED_COUNTRIES =
      Set.of("RU", "BY", "IR", "KP", "SY", "CU", "VE", "MM");

  private static final List<String> CERTAINTY_ORDER = List.of("fact", "expected", "speculative");

  private final Store store;

  StoreKnowledge(Store store) {
    this.store = store;
  }

  @Override
  public Resolution resolve() {
    List<EntityRow> rows = new ArrayList<>();
    store.forEachEntity(rows::add);
    List<Decision> decisions = store.decisions();
    Map<Long, String> ids = Resolver.resolve(rows, decisions);
    Map<Long, String> changed = new HashMap<>();
    for (EntityRow r : rows) {
      String id = ids.get(r.key());
      if (!id.equals(r.cluster())) {
        changed.put(r.key(), id);
      }
    }
    if (!changed.isEmpty()) {
      store.assignClusters(changed);
    }
    store.saveSummaries(summarize(rows, ids));
    return new Resolution(
        rows.size(), new LinkedHashSet<>(ids.values()).size(), changed.size(), decisions.size());
  }

  @Override
  public Resolution resolveNew() {
    Resolution r = IncrementalResolver.resolveNew(store);
    return r != null ? r : resolve();
  }

  /** Per global entity: its most frequent name (longest on ties), type, country, documents. */
  private static List<ClusterSummary> summarize(List<EntityRow> rows, Map<Long, String> ids) {
    Map<String, Map<String, Integer>> names = new HashMap<>();
    Map<String, EntityRow> first = new HashMap<>();
    Map<String, Set<String>> docs = new HashMap<>();
    for (EntityRow r : rows) {
      String c = ids.get(r.key());
      names.computeIfAbsent(c, k -> new HashMap<>()).merge(r.name(), 1, Integer::sum);
      first.putIfAbsent(c, r);
      docs.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(r.documentId());
    }
    List<ClusterSummary> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : names.entrySet()) {
      String name =
          e.getValue().entrySet().stream()
              .max(
                  Comparator.comparing(Map.Entry<String, Integer>::getValue)
                      .thenComparing(n -> n.getKey().length()))
              .orElseThrow()
              .getKey();
      EntityRow r = first.get(e.getKey());
      String country = rows.isEmpty() ? null : r.country();
      out.add(new ClusterSummary(e.getKey(), name, r.type(), country, docs.get(e.getKey()).size()));
    }
    return out;
  }

  @Override
  public List<GlobalEntity> find(String nameOrId, int limit) {
    List<ClusterSummary> exact = store.summaries(List.of(nameOrId));
    if (!exact.isEmpty()) {
      return List.of(global(exact.get(0)));
    }
    Map<String, Double> best = new LinkedHashMap<>();
    Map<String, Double> similarity = new HashMap<>();
    for (EntityRow r : store.findEntities(nameOrId, FIND_CANDIDATES)) {
      if (r.cluster() == null) {
        continue;
      }
      double s = similarity.computeIfAbsent(r.name(), n -> Names.similarity(nameOrId, n));
      for (String a : r.aliases()) {
        s = Math.max(s, similarity.computeIfAbsent(a, n -> Names.similarity(nameOrId, n)));
      }
      if (s >= FIND_THRESHOLD) {
        best.merge(r.cluster(), s, Math::max);
      }
    }
    Map<String, GlobalEntity> entities = new HashMap<>();
    for (ClusterSummary c : store.summaries(best.keySet())) {
      entities.put(c.cluster(), global(c));
    }
    return best.keySet().stream()
        .filter(entities::containsKey)
        .sorted(
            Comparator.comparing((String c) -> -best.get(c))
                .thenComparing(c -> -entities.get(c).documents()))
        .limit(limit)
        .map(entities::get)
        .toList();
  }

  private Optional<GlobalEntity> one(String nameOrId) {
    return find(nameOrId, 1).stream().findFirst();
  }

  private GlobalEntity require(String nameOrId) {
    return one(nameOrId)
        .orElseThrow(
            () -> RedflagException.badInput("no stored entity matches '" + nameOrId + "'"));
  }

  private static GlobalEntity global(ClusterSummary c) {
    return new GlobalEntity(c.cluster(), c.name(), c.type(), c.country(), c.documents());
  }

  @Override
  public Optional<Profile> profile(String nameOrId) {
    Optional<GlobalEntity> found = one(nameOrId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    GlobalEntity entity = found.get();
    List<EntityRow> rows = store.entitiesOf(List.of(entity.id()));
    Map<String, Set<String>> aliasDocs = new HashMap<>();
    Map<String, SanctionHit> hits = new LinkedHashMap<>();
    Map<String, Integer> byMonth = new TreeMap<>();
    Map<String, String> docDates = new HashMap<>();
    for (EntityRow r : rows) {
      Set<String> names = new LinkedHashSet<>(r.aliases());
      names.add(r.name());
      names.forEach(
          n -> aliasDocs.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(r.documentId()));
      for (SanctionHit h : r.sanctions()) {
        hits.merge(h.list() + ":" + h.listId(), h, (a, b) -> a.score() >= b.score() ? a : b);
      }
      String month = r.documentDate() == null ? "undated" : r.documentDate().substring(0, 7);
      byMonth.merge(month, r.mentions(), Integer::sum);
      docDates.put(r.documentId(), r.documentDate() == null ? "" : r.documentDate());
    }
    Map<String, Integer> aliases = new LinkedHashMap<>();
    aliasDocs.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> aliases.put(e.getKey(), e.getValue().size()));
    List<String> documents =
        docDates.keySet().stream()
            .sorted(Comparator.comparing((String d) -> docDates.get(d)).thenComparing(d -> d))
            .toList();
    List<CorroboratedEvent> timeline =
        corroborate(store.eventsOfCluster(entity.id())).stream()
            .sorted(Comparator.comparing(e -> e.date() == null ? "~" : e.date()))
            .toList();
    List<CoMention> co = store.coMentions(entity.id(), PROFILE_CONNECTIONS);
    Map<String, GlobalEntity> others = globals(co.stream().map(CoMention::cluster).toList());
    List<Profile.Connection> connections = new ArrayList<>();
    for (CoMention c : co) {
      GlobalEntity other = others.get(c.cluster());
      if (other != null) {
        connections.add(new Profile.Connection(other, c.documents()));
      }
    }
    List<SanctionHit> entries =
        hits.values().stream().sorted(Comparator.comparing(h -> -h.score())).toList();
    return Optional.of(
        new Profile(entity, aliases, entries, byMonth, documents, timeline, connections));
  }

  private Map<String, GlobalEntity> globals(Collection<String> clusters) {
    Map<String, GlobalEntity> out = new LinkedHashMap<>();
    for (ClusterSummary c : store.summaries(clusters)) {
      out.put(c.cluster(), global(c));
    }
    return out;
  }

  @Override
  public Resolution merge(String a, String b) {
    return decide(Decision.Kind.MERGE, a, b);
  }

  @Override
  public Resolution split(String a, String b) {
    return decide(Decision.Kind.SPLIT, a, b);
  }

  private Resolution decide(Decision.Kind kind, String a, String b) {
    String ra = canonical(a);
    String rb = canonical(b);
    if (ra.equals(rb)) {
      throw RedflagException.badInput("'" + a + "' and '" + b + "' name the same thing");
    }
    store.decide(new Decision(kind, ra, rb, Instant.now().toString()));
    return resolve();
  }

  /**
   * What a decision records for a reference: a global id as given, a name some stored entity is
   * called, else the name of the best matching global entity.
   */
  private String canonical(String ref) {
    if (!store.summaries(List.of(ref)).isEmpty()) {
      return ref;
    }
    String n = Names.normalize(ref);
    for (EntityRow r : store.findEntities(ref, 20)) {
      if (Names.normalize(r.name()).equals(n)
          || r.aliases().stream().anyMatch(x -> Names.normalize(x).equals(n))) {
        return ref;
      }
    }
    return require(ref).name();
  }

  @Override
  public List<CorroboratedEvent> events(EventFilter filter) {
    List<EventRow> rows = new ArrayList<>();
    if (filter.entity() != null) {
      GlobalEntity e = require(filter.entity());
      rows.addAll(store.eventsOfCluster(e.id()));
    } else {
      store.forEachEvent(rows::add);
    }
    return corroborate(rows).stream()
        .filter(e -> filter.type() == null || e.type().equalsIgnoreCase(filter.type()))
        .filter(
            e ->
                filter.since() == null
                    || (e.date() != null && e.date().compareTo(filter.since()) >= 0))
        .filter(e -> e.corroboration() >= filter.minReports())
        .filter(e -> filter.source() == null || assertedBy(e, filter.source()))
        .sorted(
            Comparator.comparing((CorroboratedEvent e) -> -e.corroboration())
                .thenComparing(e -> e.date() == null ? "" : e.date(), Comparator.reverseOrder()))
        .limit(filter.limit())
        .toList();
  }

  /** Whether a report of the event comes from the named source (or the author). */
  private static boolean assertedBy(CorroboratedEvent e, String source) {
    for (CorroboratedEvent.Report r : e.reports()) {
      if (r.source().equalsIgnoreCase(source)
          || (!r.source().equals(Event.AUTHOR)
              && Names.similarity(r.source(), source) >= SAME_SOURCE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Groups stored events into happenings: same type, same parties, dates within a window. An
   * undated event is placed at its document's date; only reports with neither join any group.
   */
  private List<CorroboratedEvent> corroborate(List<EventRow> events) {
    Set<Long> keys = new LinkedHashSet<>();
    events.forEach(e -> keys.addAll(e.entityKeys()));
    Map<Long, EntityRow> parties = new HashMap<>();
    store.entities(keys).forEach(r -> parties.put(r.key(), r));
    Map<String, GlobalEntity> globals =
        globals(parties.values().stream().map(StoreKnowledge::clusterOrKey).toList());
    Map<String, List<List<EventRow>>> groups = new LinkedHashMap<>();
    List<EventRow> sorted =
        events.stream()
            .sorted(Comparator.comparing(e -> dateOf(e) == null ? "~" : dateOf(e)))
            .toList();
    for (EventRow e : sorted) {
      String key =
          e.event().type()
              + "|"
              + clusters(e.actors(), parties).stream().sorted().toList()
              + "|"
              + clusters(e.recipients(), parties).stream().sorted().toList();
      List<List<EventRow>> candidates = groups.computeIfAbsent(key, k -> new ArrayList<>());
      List<EventRow> home = null;
      for (List<EventRow> g : candidates) {
        // Single linkage in date order: a report joins when it is close to the group's latest.
        if (sameTime(dateOf(g.get(g.size() - 1)), dateOf(e))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        candidates.add(home);
      }
      home.add(e);
    }
    List<CorroboratedEvent> out = new ArrayList<>();
    for (List<List<EventRow>> gs : groups.values()) {
      for (List<EventRow> g : gs) {
        out.add(merge(g, parties, globals));
      }
    }
    return out;
  }

  private CorroboratedEvent merge(
      List<EventRow> reports, Map<Long, EntityRow> parties, Map<String, GlobalEntity> globals) {
    EventRow first = reports.get(0);
    String date = null;
    Set<String> goods = new LinkedHashSet<>();
    Set<String> docs = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    List<CorroboratedEvent.Report> out = new ArrayList<>();
    String certainty = "denied";
    for (EventRow r : reports) {
      Event e = r.event();
      if (e.date() != null && (date == null || e.date().length() > date.length())) {
        date = e.date();
      }
      goods.addAll(e.goods());
      docs.add(r.documentId());
      EntityRow src = r.source() == null ? null : parties.get(r.source());
      String source = src == null ? Event.AUTHOR : src.name();
      sources.add(src == null ? "author of " + r.documentId() : clusterOrKey(src));
      if (rank(e.certainty()) < rank(certainty)) {
        certainty = e.certainty();
      }
      out.add(
          new CorroboratedEvent.Report(
              r.key(),
              r.documentId(),
              r.documentDate(),
              source,
              e.certainty(),
              e.cue(),
              e.evidence().text(),
              e.evidence().start(),
              e.evidence().end(),
              e.coder()));
    }
    out.sort(Comparator.comparing(r -> r.documentDate() == null ? "~" : r.documentDate()));
    return new CorroboratedEvent(
        first.event().type(),
        first.event().mode(),
        entities(first.actors(), parties, globals),
        entities(first.recipients(), parties, globals),
        date,
        certainty,
        List.copyOf(goods),
        docs.size(),
        List.copyOf(sources),
        out);
  }

  private static int rank(String certainty) {
    int i = CERTAINTY_ORDER.indexOf(certainty);
    return i < 0 ? CERTAINTY_ORDER.size() : i;
  }

  private static List<GlobalEntity> entities(
      List<Long> keys, Map<Long, EntityRow> parties, Map<String, GlobalEntity> globals) {
    List<GlobalEntity> out = new ArrayList<>();
    for (long k : keys) {
      EntityRow r = parties.get(k);
      if (r != null) {
        GlobalEntity g = globals.get(clusterOrKey(r));
        out.add(
            g != null ? g : new GlobalEntity(clusterOrKey(r), r.name(), r.type(), r.country(), 1));
      }
    }
    return out;
  }

  private static List<String> clusters(List<Long> keys, Map<Long, EntityRow> parties) {
    List<String> out = new ArrayList<>();
    for (long k : keys) {
      EntityRow r = parties.get(k);
      out.add(r == null ? "?" + k : clusterOrKey(r));
    }
    return out;
  }

  private static String clusterOrKey(EntityRow r) {
    return r.cluster() != null ? r.cluster() : "entity:" + r.key();
  }

  /** Whether two TIMEX-like dates can be the same happening (undated ones always can). */
  static boolean sameTime(@Nullable String a, @Nullable String b) {
    LocalDate[] ra = range(a);
    LocalDate[] rb = range(b);
    if (ra == null || rb == null) {
      return true;
    }
    return !ra[0].minusDays(SAME_EVENT_DAYS).isAfter(rb[1])
        && !rb[0].minusDays(SAME_EVENT_DAYS).isAfter(ra[1]);
  }

  /** The first and last day a date value covers, or {@code null} when it is not a calendar date. */
  static LocalDate @Nullable [] range(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        LocalDate d = LocalDate.parse(value.substring(0, 10));
        return new LocalDate[] {d, d};
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        LocalDate d = LocalDate.parse(value + "-01");
        return new LocalDate[] {d, d.plusMonths(1).minusDays(1)};
      }
      if (value.matches("\\d{4}")) {
        LocalDate d = LocalDate.parse(value + "-01-01");
        return new LocalDate[] {d, d.plusYears(1).minusDays(1)};
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  @Override
  public List<Route> routes(@Nullable String destination, @Nullable String goods, int limit) {
    String dest = null;
    if (destination != null) {
      dest =
          destination.matches("[A-Za-z]{2}")
              ? "country:" + destination.toUpperCase(Locale.ROOT)
              : require(destination).id();
    }
    List<EventRow> rows = new ArrayList<>();
    store.forEachEvent(
        e -> {
          if (e.route().size() >= 2
              || (!e.event().goods().isEmpty()
                  && !e.actors().isEmpty()
                  && !e.recipients().isEmpty())) {
            rows.add(e);
          }
        });
    Set<Long> keys = new LinkedHashSet<>();
    rows.forEach(e -> keys.addAll(e.entityKeys()));
    Map<Long, EntityRow> parties = new HashMap<>();
    store.entities(keys).forEach(r -> parties.put(r.key(), r));
    Map<String, List<EventRow>> byPath = new LinkedHashMap<>();
    for (EventRow e : rows) {
      List<Long> path =
          e.route().size() >= 2 ? e.route() : List.of(e.actors().get(0), e.recipients().get(0));
      List<String> clusters = new ArrayList<>();
      for (String c : clusters(path, parties)) {
        if (clusters.isEmpty() || !clusters.get(clusters.size() - 1).equals(c)) {
          clusters.add(c);
        }
      }
      if (clusters.size() < 2) {
        continue;
      }
      byPath.computeIfAbsent(String.join(" > ", clusters), k -> new ArrayList<>()).add(e);
    }
    Map<String, GlobalEntity> globals =
        globals(parties.values().stream().map(StoreKnowledge::clusterOrKey).toList());
    String newest =
        rows.stream()
            .map(StoreKnowledge::dateOf)
            .filter(d -> d != null)
            .max(String::compareTo)
            .orElse(null);
    List<Route> out = new ArrayList<>();
    for (Map.Entry<String, List<EventRow>> p : byPath.entrySet()) {
      List<String> path = List.of(p.getKey().split(" > "));
      String last = path.get(path.size() - 1);
      if (dest != null && !dest.equals(last)) {
        continue;
      }
      CorroboratedEvent merged = merge(p.getValue(), parties, globals);
      if (goods != null
          && merged.goods().stream()
              .noneMatch(
                  g -> g.toLowerCase(Locale.ROOT).contains(goods.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      List<GlobalEntity> entities = new ArrayList<>();
      for (String c : path) {
        GlobalEntity g = globals.get(c);
        entities.add(
            g != null ? g : new GlobalEntity(c, c, org.redflag.model.EntityType.OTHER, null, 0));
      }
      GlobalEntity end = entities.get(entities.size() - 1);
      boolean listed =
          (end.country() != null
                  && SANCTIONED_COUNTRIES.contains(end.country())
                  && end.type() == org.redflag.model.EntityType.COUNTRY)
              || !store.entitiesOf(List.of(end.id())).stream()
                  .allMatch(r -> r.sanctions().isEmpty());
      String latest =
          p.getValue().stream()
              .map(StoreKnowledge::dateOf)
              .filter(d -> d != null)
              .max(String::compareTo)
              .orElse(null);
      out.add(
          new Route(
              entities,
              merged.goods(),
              listed,
              merged.corroboration(),
              merged.certainty(),
              latest,
              score(p.getValue(), newest),
              merged.reports()));
    }
    out.sort(
        Comparator.comparing((Route r) -> -r.score())
            .thenComparing(r -> r.latest() == null ? "" : r.latest(), Comparator.reverseOrder()));
    return out.stream().limit(limit).toList();
  }

  private static @Nullable String dateOf(EventRow e) {
    return e.event().date() != null ? e.event().date() : e.documentDate();
  }

  /** Sum over reporting documents of the best certainty weight, halved per half-life of age. */
  private static double score(List<EventRow> reports, @Nullable String newest) {
    Map<String, Double> perDoc = new HashMap<>();
    LocalDate[] ref = range(newest);
    for (EventRow e : reports) {
      double w = CERTAINTY_WEIGHT.getOrDefault(e.event().certainty(), 0.0);
      LocalDate[] d = range(dateOf(e));
      if (ref != null && d != null) {
        long age = Math.max(0, ChronoUnit.DAYS.between(d[1], ref[1]));
        w *= Math.pow(0.5, age / HALF_LIFE_DAYS);
      }
      perDoc.merge(e.documentId(), w, Math::max);
    }
    return perDoc.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  @Override
  public ListAlerts rescreen(String snapshotId, List<org.redflag.model.WatchlistEntry> entries) {
    return Alerts.rescreen(store, snapshotId, entries);
  }

  @Override
  public org.redflag.store.Watch watch(String nameOrCountry) {
    String target =
        nameOrCountry.matches("[A-Za-z]{2}")
            ? "country:" + nameOrCountry.toUpperCase(Locale.ROOT)
            : require(nameOrCountry).id();
    long last = store.eventsOfCluster(target).stream().mapToLong(EventRow::key).max().orElse(0);
    org.redflag.store.Watch w = new org.redflag.store.Watch(target, nameOrCountry, last);
    store.watch(w);
    return w;
  }

  @Override
  public List<WatchReport> checkWatches() {
    List<WatchReport> out = new ArrayList<>();
    for (org.redflag.store.Watch w : store.watches()) {
      List<EventRow> fresh =
          store.eventsOfCluster(w.target()).stream()
              .filter(e -> e.key() > w.lastEventKey())
              .toList();
      if (!fresh.isEmpty()) {
        store.markWatched(w.target(), fresh.stream().mapToLong(EventRow::key).max().orElseThrow());
      }
      out.add(new WatchReport(w.target(), w.label(), corroborate(fresh)));
    }
    return out;
  }

  @Override
  public Network network(String nameOrId, int depth, int perNode) {
    GlobalEntity centre = require(nameOrId);
    Graph<String, DefaultWeightedEdge> g = neighbourhood(List.of(centre.id()), depth, perNode);
    Map<String, GlobalEntity> nodes = globals(g.vertexSet());
    List<GlobalEntity> ordered = new ArrayList<>();
    ordered.add(centre);
    nodes.values().stream().filter(n -> !n.id().equals(centre.id())).forEach(ordered::add);
    List<Network.Edge> edges = new ArrayList<>();
    for (DefaultWeightedEdge e : g.edgeSet()) {
      edges.add(
          new Network.Edge(
              g.getEdgeSource(e), g.getEdgeTarget(e), (int) Math.round(1 / g.getEdgeWeight(e))));
    }
    edges.sort(
        Comparator.comparing((Network.Edge e) -> -e.documents()).thenComparing(Network.Edge::a));
    return new Network(centre, ordered, edges);
  }

  /** The co-mention graph around some entities; edge weight is 1/documents (strong ties short). */
  private Graph<String, DefaultWeightedEdge> neighbourhood(
      List<String> from, int depth, int perNode) {
    Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    List<String> frontier = new ArrayList<>(from);
    from.forEach(g::addVertex);
    Set<String> expanded = new LinkedHashSet<>();
    for (int d = 0; d < depth; d++) {
      List<String> next = new ArrayList<>();
      for (String node : frontier) {
        if (!expanded.add(node)) {
          continue;
        }
        for (CoMention c : store.coMentions(node, perNode)) {
          if (!g.containsVertex(c.cluster())) {
            g.addVertex(c.cluster());
            next.add(c.cluster());
          }
          if (!g.containsEdge(node, c.cluster())) {
            DefaultWeightedEdge e = g.addEdge(node, c.cluster());
            g.setEdgeWeight(e, 1.0 / c.documents());
          }
        }
      }
      frontier = next;
    }
    return g;
  }

  @Override
  public List<List<GlobalEntity>> paths(String a, String b, int limit) {
    GlobalEntity from = require(a);
    GlobalEntity to = require(b);
    if (from.id().equals(to.id())) {
      return List.of(List.of(from));
    }
    Graph<String, DefaultWeightedEdge> g = neighbourhood(List.of(from.id(), to.id()), 2, 25);
    List<GraphPath<String, DefaultWeightedEdge>> found =
        new YenKShortestPath<>(g).getPaths(from.id(), to.id(), limit);
    Map<String, GlobalEntity> nodes = globals(g.vertexSet());
    List<List<GlobalEntity>> out = new ArrayList<>();
    for (GraphPath<String, DefaultWeightedEdge> p : found) {
      out.add(p.getVertexList().stream().map(nodes::get).filter(n -> n != null).toList());
    }
    return out;
  }
}
