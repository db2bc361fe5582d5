package org.redflag.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * The {@link Screener}: candidate names from a {@link CandidateSource} (Lucene or the token index
 * of {@link NameIndex}), each scored by {@link NameScorer}, then adjusted by birth date and
 * country.
 *
 * <p>Final score = name score + birth date adjustment + country adjustment, clamped to [0, 1]. The
 * adjustments are small on purpose: a name that does not match is not rescued by a shared birth
 * year, while a conflicting birth date pushes a namesake below the threshold.
 */
final class IndexedScreener implements Screener {

  /** Results returned at most. */
  static final int MAX_RESULTS = 25;

  /** Added when the query's birth date agrees with one of the entry's to the day. */
  static final double BIRTH_DATE_EXACT_BONUS = 0.08;

  /** Added when the query's birth year agrees with one of the entry's. */
  static final double BIRTH_YEAR_BONUS = 0.04;

  /** Subtracted when both have birth dates and no year is within one year of another. */
  static final double BIRTH_DATE_CONFLICT_PENALTY = 0.15;

  /** An identifier shared with the entry lifts the score to at least this: it is decisive. */
  static final double IDENTIFIER_MATCH_FLOOR = 0.95;

  /** Identifiers shorter than this (after dropping spaces and dashes) are not compared. */
  static final int MIN_IDENTIFIER_LENGTH = 5;

  /** Added when query and entry share a country. */
  static final double COUNTRY_BONUS = 0.03;

  /** Subtracted when both have countries and share none. */
  static final double COUNTRY_CONFLICT_PENALTY = 0.05;

  private final NameIndex index;
  private final CandidateSource candidates;
  private final double threshold;
  private final double cutoff;
  private final List<List<String>> nameKeys;
  private final List<List<String>> entryCountries;
  private final Map<String, List<Integer>> byIdentifier;

  IndexedScreener(
      List<WatchlistEntry> entries, double threshold, double cutoff, Retrieval retrieval) {
    this.index = new NameIndex(entries, retrieval == Retrieval.TOKEN_INDEX);
    this.candidates =
        switch (retrieval) {
          case LUCENE -> new LuceneCandidates(index);
          case TOKEN_INDEX -> new TokenCandidates(index);
        };
    this.threshold = threshold;
    this.cutoff = cutoff;
    List<List<String>> keys = new ArrayList<>(index.names().size());
    for (NameIndex.IndexedName name : index.names()) {
      String[] k = new String[name.tokenIds().length];
      for (int i = 0; i < k.length; i++) {
        k[i] = index.tokenKey(name.tokenIds()[i]);
      }
      keys.add(List.of(k));
    }
    this.nameKeys = keys;
    List<List<String>> countries = new ArrayList<>(entries.size());
    for (WatchlistEntry e : entries) {
      countries.add(Countries.codes(e.countries()));
    }
    this.entryCountries = countries;
    Map<String, List<Integer>> ids = new HashMap<>();
    for (int e = 0; e < entries.size(); e++) {
      for (WatchlistEntry.Identifier id : entries.get(e).identifiers()) {
        String key = identifierKey(id.value());
        if (key.length() >= MIN_IDENTIFIER_LENGTH) {
          List<Integer> list = ids.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (!list.contains(e)) {
            list.add(e);
          }
        }
      }
    }
    this.byIdentifier = Map.copyOf(ids);
  }

  /**
   * An identifier as compared: letters and digits only, upper case, without an {@code IMO} prefix
   * ({@code IMO 8914843} and {@code 8914843} are one number).
   */
  static String identifierKey(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toUpperCase(c));
      }
    }
    String key = out.toString();
    return key.startsWith("IMO") && key.length() > 3 && Character.isDigit(key.charAt(3))
        ? key.substring(3)
        : key;
  }

  @Override
  public int size() {
    return index.entries().size();
  }

  @Override
  public List<ScreeningResult> screen(ScreeningQuery query) {
    Map<Integer, Best> best = new HashMap<>();
    for (String queryName : readings(query)) {
      List<String> tokens = Names.tokens(queryName);
      if (tokens.isEmpty()) {
        continue;
      }
      List<String> keys = new ArrayList<>(tokens.size());
      tokens.forEach(t -> keys.add(TokenSimilarity.key(t)));
      for (int nameId : candidates.candidates(tokens)) {
        NameIndex.IndexedName name = index.names().get(nameId);
        WatchlistEntry entry = index.entries().get(name.entry());
        if (!query.schema().compatibleWith(entry.schema())) {
          continue;
        }
        if (query.schema() == Schema.PERSON && hasLegalForm(name.tokens())) {
          continue;
        }
        boolean person = entry.schema() == Schema.PERSON;
        NameScorer.Scored scored =
            NameScorer.score(tokens, keys, name.tokens(), nameKeys.get(nameId), person, index::idf);
        double s = scored.score() * (name.weak() ? NameScorer.WEAK_ALIAS_FACTOR : 1.0);
        Best b = best.get(name.entry());
        if (b == null || s > b.score) {
          best.put(name.entry(), new Best(s, queryName, name.original(), scored.pairs()));
        }
      }
    }
    Map<Integer, String> identifierHits = new HashMap<>();
    for (String value : query.identifiers()) {
      String key = identifierKey(value);
      for (int e : byIdentifier.getOrDefault(key, List.of())) {
        if (query.schema().compatibleWith(index.entries().get(e).schema())) {
          identifierHits.putIfAbsent(e, value);
          best.computeIfAbsent(e, k -> bestName(query, k));
        }
      }
    }
    List<String> queryCountries = Countries.codes(query.countries());
    List<ScreeningResult> results = new ArrayList<>();
    for (Map.Entry<Integer, Best> e : best.entrySet()) {
      Best b = e.getValue();
      String identifier = identifierHits.get(e.getKey());
      if (identifier == null && b.score + BIRTH_DATE_EXACT_BONUS + COUNTRY_BONUS < cutoff) {
        continue;
      }
      WatchlistEntry entry = index.entries().get(e.getKey());
      List<Feature> features = new ArrayList<>(4);
      features.add(new Feature("name", b.score, 1.0, String.join(", ", b.pairs)));
      features.add(
          new Feature(
              "schema",
              1.0,
              0.0,
              query.schema().ftmName().toLowerCase(Locale.ROOT)
                  + "~"
                  + entry.schema().ftmName().toLowerCase(Locale.ROOT)));
      double score = b.score;
      Feature birth = birthDate(query.birthDate(), entry.birthDates());
      if (birth != null) {
        features.add(birth);
        score += birth.weight();
      }
      Feature country = country(queryCountries, entryCountries.get(e.getKey()));
      if (country != null) {
        features.add(country);
        score += country.weight();
      }
      if (identifier != null) {
        double lift = Math.max(0, IDENTIFIER_MATCH_FLOOR - score);
        features.add(new Feature("identifier", 1.0, lift, identifier));
        score += lift;
      }
      score = Math.max(0, Math.min(1, score));
      if (score >= cutoff) {
        results.add(
            new ScreeningResult(
                entry, score, score >= threshold, b.queryName, b.matchedName, features));
      }
    }
    results.sort(
        Comparator.comparingDouble(ScreeningResult::score)
            .reversed()
            .thenComparing(r -> r.entry().id()));
    return results.size() > MAX_RESULTS ? List.copyOf(results.subList(0, MAX_RESULTS)) : results;
  }

  /**
   * A name with a company legal form ({@code co ltd}) does not name a person. Two-letter forms
   * ({@code ag}, {@code sa}) are left out: they are also name particles ({@code BAH AG MOUSSA}).
   */
  private static boolean hasLegalForm(List<String> tokens) {
    for (String t : tokens) {
      if ((t.length() > 2 || t.equals("co")) && LegalForms.isLegalForm(t)) {
        return true;
      }
    }
    return false;
  }

  private record Best(double score, String queryName, String matchedName, List<String> pairs) {}

  /** The query's names, each followed by its other readings ({@link Names#readings}). */
  private static List<String> readings(ScreeningQuery query) {
    List<String> out = new ArrayList<>(query.names().size());
    query.names().forEach(n -> out.addAll(Names.readings(n)));
    return out;
  }

  /** The best name pair of an entry found by identifier rather than by name. */
  private Best bestName(ScreeningQuery query, int entryIndex) {
    WatchlistEntry entry = index.entries().get(entryIndex);
    Best best = new Best(0, query.names().get(0), entry.name(), List.of());
    boolean person = entry.schema() == Schema.PERSON;
    for (String queryName : readings(query)) {
      List<String> tokens = Names.tokens(queryName);
      List<String> keys = new ArrayList<>(tokens.size());
      tokens.forEach(t -> keys.add(TokenSimilarity.key(t)));
      for (String listedName : entry.allNames()) {
        List<String> listed = Names.tokens(listedName);
        List<String> listedKeys = new ArrayList<>(listed.size());
        listed.forEach(t -> listedKeys.add(TokenSimilarity.key(t)));
        NameScorer.Scored s =
            NameScorer.score(tokens, keys, listed, listedKeys, person, index::idf);
        if (s.score() > best.score()) {
          best = new Best(s.score(), queryName, listedName, s.pairs());
        }
      }
    }
    return best;
  }

  private static @Nullable Feature birthDate(@Nullable String query, List<String> listed) {
    if (query == null || query.length() < 4 || listed.isEmpty()) {
      return null;
    }
    String year = query.substring(0, 4);
    for (String d : listed) {
      if (d.equals(query) && query.length() >= 10) {
        return new Feature("birthDate", 1.0, BIRTH_DATE_EXACT_BONUS, query + " = " + d);
      }
    }
    for (String d : listed) {
      if (d.startsWith(year)) {
        return new Feature("birthDate", 0.8, BIRTH_YEAR_BONUS, query + " ~ " + d);
      }
    }
    int y = parseYear(year);
    for (String d : listed) {
      int other = d.length() >= 4 ? parseYear(d.substring(0, 4)) : -1;
      if (y > 0 && other > 0 && Math.abs(y - other) <= 1) {
        return new Feature("birthDate", 0.5, 0.0, query + " ~ " + d);
      }
    }
    return new Feature(
        "birthDate", 0.0, -BIRTH_DATE_CONFLICT_PENALTY, query + " != " + String.join("|", listed));
  }

  private static int parseYear(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static @Nullable Feature country(List<String> query, List<String> listed) {
    if (query.isEmpty() || listed.isEmpty()) {
      return null;
    }
    for (String c : query) {
      if (listed.contains(c)) {
        return new Feature("country", 1.0, COUNTRY_BONUS, c);
      }
    }
    return new Feature(
        "country",
        0.0,
        -COUNTRY_CONFLICT_PENALTY,
        String.join("|", query) + " != " + String.join("|", listed));
  }
}
