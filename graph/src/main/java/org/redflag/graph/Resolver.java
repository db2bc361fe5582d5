package org.redflag.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.match.Names;
import org.redflag.model.EntityType;
import org.redflag.store.Decision;
import org.redflag.store.EntityRow;

/**
 * Cross-document entity resolution: stored entities become global entities.
 *
 * <p>Two stored entities are joined, strongest evidence first, when an analyst merged them; when
 * their best watchlist entry is the same; when both are a country (or its government) with the same
 * code; when they have the same type and normalized name and compatible countries; when their names
 * are {@link #SAME_NAME} similar ({@link Names#similarity}); or when they share an acronym or a
 * multi-word alias. A join never crosses an analyst's split. Global ids are readable and stable
 * while the evidence is: the watchlist id, {@code country:XX}, or {@code type:name-slug}.
 */
final class Resolver {
  /** Name similarity from which two same-type entities with compatible countries are one. */
  static final double SAME_NAME = 0.92;

  /** Shortest length ratio of two names that can still be {@link #SAME_NAME} similar. */
  static final double LENGTH_RATIO = 0.75;

  /** A name token shared by more distinct names than this is too common to propose pairs. */
  static final int MAX_BLOCK = 200;

  private final List<EntityRow> rows;
  private final int[] parent;
  private final Map<Integer, Set<String>> sides = new HashMap<>();
  private final Map<String, String> normalized = new HashMap<>();

  private Resolver(List<EntityRow> rows) {
    this.rows = rows;
    this.parent = new int[rows.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  /** Global id for each stored entity key. */
  static Map<Long, String> resolve(List<EntityRow> rows, List<Decision> decisions) {
    Resolver r = new Resolver(rows);
    r.applySplits(decisions);
    r.applyMerges(decisions);
    r.joinByKey(Resolver::listKey);
    r.joinByKey(Resolver::countryKey);
    r.joinSameNames();
    r.joinSimilarNames();
    r.joinByAliases();
    return r.ids();
  }

  /** Whether a reference (a name or a global id) designates this stored entity. */
  boolean designates(String ref, EntityRow row) {
    if (ref.equals(row.cluster())) {
      return true;
    }
    String n = norm(ref);
    if (n.isEmpty()) {
      return false;
    }
    if (n.equals(norm(row.name()))) {
      return true;
    }
    for (String a : row.aliases()) {
      if (n.equals(norm(a))) {
        return true;
      }
    }
    return false;
  }

  private void applySplits(List<Decision> decisions) {
    for (int d = 0; d < decisions.size(); d++) {
      Decision dec = decisions.get(d);
      if (dec.kind() != Decision.Kind.SPLIT || overruled(decisions, d)) {
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        EntityRow row = rows.get(i);
        boolean b = designates(dec.b(), row);
        boolean a = !b && designates(dec.a(), row);
        if (a || b) {
          sides.computeIfAbsent(i, k -> new HashSet<>()).add(d + (a ? "A" : "B"));
        }
      }
    }
  }

  /** Whether a later decision rules the other way on the same two references. */
  private boolean overruled(List<Decision> decisions, int d) {
    Decision dec = decisions.get(d);
    for (int later = d + 1; later < decisions.size(); later++) {
      Decision l = decisions.get(later);
      if (l.kind() != dec.kind()
          && (samePair(l.a(), l.b(), dec.a(), dec.b())
              || samePair(l.a(), l.b(), dec.b(), dec.a()))) {
        return true;
      }
    }
    return false;
  }

  private boolean samePair(String a1, String b1, String a2, String b2) {
    return (a1.equals(a2) || norm(a1).equals(norm(a2)))
        && (b1.equals(b2) || norm(b1).equals(norm(b2)));
  }

  private void applyMerges(List<Decision> decisions) {
    for (Decision dec : decisions) {
      if (dec.kind() != Decision.Kind.MERGE) {
        continue;
      }
      int first = -1;
      for (int i = 0; i < rows.size(); i++) {
        if (designates(dec.a(), rows.get(i)) || designates(dec.b(), rows.get(i))) {
          if (first < 0) {
            first = i;
          } else {
            union(first, i);
          }
        }
      }
    }
  }

  private interface KeyFunction {
    @Nullable String key(EntityRow row);
  }

  private void joinByKey(KeyFunction f) {
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String key = f.key(rows.get(i));
      if (key != null) {
        Integer first = firstWithKey.putIfAbsent(key, i);
        if (first != null) {
          union(first, i);
        }
      }
    }
  }

  static @Nullable String listKey(EntityRow row) {
    return row.sanctions().isEmpty()
        ? null
        : row.sanctions().get(0).list() + ":" + row.sanctions().get(0).listId();
  }

  static @Nullable String countryKey(EntityRow row) {
    if (row.country() == null) {
      return null;
    }
    return row.type() == EntityType.COUNTRY || row.government()
        ? "country:" + row.country().toUpperCase(Locale.ROOT)
        : null;
  }

  /** Same type and normalized name; an entity without country joins the one country seen. */
  private void joinSameNames() {
    Map<String, Map<String, Integer>> byName = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      EntityRow r = rows.get(i);
      String name = r.type() + " " + norm(r.name());
      Map<String, Integer> byCountry = byName.computeIfAbsent(name, k -> new LinkedHashMap<>());
      Integer first = byCountry.putIfAbsent(countryOf(r), i);
      if (first != null) {
        union(first, i);
      }
    }
    for (Map<String, Integer> byCountry : byName.values()) {
      Integer none = byCountry.get("");
      if (none != null && byCountry.size() == 2) {
        byCountry.values().forEach(i -> union(none, i));
      }
    }
  }

  private void joinSimilarNames() {
    // One representative per (type, normalized name, country).
    Map<String, Integer> reps = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      EntityRow r = rows.get(i);
      if (r.type() == EntityType.COUNTRY) {
        continue;
      }
      reps.putIfAbsent(r.type() + "\t" + norm(r.name()) + "\t" + countryOf(r), i);
    }
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i : reps.values()) {
      for (String token : new HashSet<>(List.of(norm(rows.get(i).name()).split(" ")))) {
        if (token.length() > 1) {
          blocks.computeIfAbsent(rows.get(i).type() + " " + token, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> compared = new HashSet<>();
    for (List<Integer> block : blocks.values()) {
      if (block.size() < 2 || block.size() > MAX_BLOCK) {
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if (!compared.add(((long) Math.min(i, j) << 32) | Math.max(i, j))) {
            continue;
          }
          EntityRow a = rows.get(i);
          EntityRow b = rows.get(j);
          if (compatibleCountries(a, b)
              && comparable(norm(a.name()), norm(b.name()))
              && Names.similarity(norm(a.name()), norm(b.name())) >= SAME_NAME) {
            union(i, j);
          }
        }
      }
    }
  }

  /**
   * A cheap filter before {@link #SAME_NAME} similarity: lengths within {@link #LENGTH_RATIO} of
   * each other and the same token initials (transliteration variants keep them; a token without a
   * partner, or a much longer spelling, already costs more than the threshold allows).
   */
  static boolean comparable(String a, String b) {
    if (Math.min(a.length(), b.length()) < LENGTH_RATIO * Math.max(a.length(), b.length())) {
      return false;
    }
    String ia = initials(a);
    String ib = initials(b);
    if (ia.length() == ib.length()) {
      return ia.equals(ib);
    }
    // One name may have one token more (a split or joined particle: "jong un" / "jongun").
    String shorter = ia.length() < ib.length() ? ia : ib;
    String longer = ia.length() < ib.length() ? ib : ia;
    if (longer.length() - shorter.length() != 1) {
      return false;
    }
    for (int i = 0; i < longer.length(); i++) {
      if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** The first letters of the tokens, sorted. */
  private static String initials(String normalized) {
    String[] tokens = normalized.split(" ");
    char[] first = new char[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      first[i] = tokens[i].isEmpty() ? ' ' : tokens[i].charAt(0);
    }
    java.util.Arrays.sort(first);
    return new String(first);
  }

  /** Acronyms (all capitals, two letters or more) and multi-word aliases shared by two entities. */
  private void joinByAliases() {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      EntityRow r = rows.get(i);
      if (r.type() == EntityType.COUNTRY || r.type() == EntityType.PERSON) {
        continue;
      }
      Set<String> keys = new HashSet<>();
      for (String alias : r.aliases()) {
        boolean acronym = alias.length() >= 2 && alias.chars().allMatch(Character::isUpperCase);
        String n = norm(alias);
        if (acronym || n.indexOf(' ') > 0) {
          keys.add(r.type() + " " + n);
        }
      }
      for (String k : keys) {
        Integer f = first.putIfAbsent(k, i);
        if (f != null && compatibleCountries(rows.get(f), r)) {
          union(f, i);
        }
      }
    }
  }

  static boolean compatibleCountries(EntityRow a, EntityRow b) {
    return a.country() == null || b.country() == null || a.country().equals(b.country());
  }

  private static String countryOf(EntityRow r) {
    return r.country() == null ? "" : r.country();
  }

  private String norm(String name) {
    return normalized.computeIfAbsent(name, Names::normalize);
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code i} and {@code j} unless an analyst's split forbids it. */
  private boolean union(int i, int j) {
    int a = find(i);
    int b = find(j);
    if (a == b) {
      return true;
    }
    Set<String> sa = sides.get(a);
    Set<String> sb = sides.get(b);
    if (sa != null && sb != null) {
      for (String tag : sa) {
        String opposite = tag.substring(0, tag.length() - 1) + (tag.endsWith("A") ? "B" : "A");
        if (sb.contains(opposite)) {
          return false;
        }
      }
    }
    parent[b] = a;
    if (sb != null) {
      sides.computeIfAbsent(a, k -> new HashSet<>()).addAll(sb);
      sides.remove(b);
    }
    return true;
  }

  private Map<Long, String> ids() {
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      members.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    Set<String> taken = new HashSet<>();
    Map<Long, String> out = new HashMap<>();
    for (List<Integer> m : members.values()) {
      String base = idOf(m);
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "~" + n;
      }
      for (int i : m) {
        out.put(rows.get(i).key(), id);
      }
    }
    return out;
  }

  private String idOf(List<Integer> members) {
    String list = mostFrequent(members, Resolver::listKey);
    if (list != null) {
      return list;
    }
    String country = mostFrequent(members, Resolver::countryKey);
    if (country != null) {
      return country;
    }
    EntityRow first = rows.get(members.get(0));
    String name = Objects.requireNonNull(mostFrequent(members, r -> norm(r.name())));
    String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return first.type().name().toLowerCase(Locale.ROOT) + ":" + (slug.isEmpty() ? "x" : slug);
  }

  private @Nullable String mostFrequent(List<Integer> members, KeyFunction f) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i : members) {
      String k = f.key(rows.get(i));
      if (k != null) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
