package org.redflag.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redflag.model.WatchlistEntry;

/**
 * The immutable candidate index: every name of every entry, normalized and tokenized; a vocabulary
 * of tokens with their document frequency; postings from tokens to names; and character trigrams
 * over spelling keys ({@link TokenSimilarity#key}) for fuzzy token lookup.
 */
final class NameIndex {

  /**
   * One indexed name.
   *
   * @param entry index into {@link #entries()}
   * @param original the name as listed
   * @param tokens its normalized tokens
   * @param tokenIds vocabulary ids of the tokens
   * @param weak whether the list marks it as a weak alias
   */
  record IndexedName(
      int entry, String original, List<String> tokens, int[] tokenIds, boolean weak) {}

  /**
   * A vocabulary token close to a query token.
   *
   * @param tokenId vocabulary id
   * @param similarity token similarity to the query token
   */
  record Expansion(int tokenId, double similarity) {}

  /** Vocabulary tokens below this similarity to a query token are not looked up. */
  static final double MIN_EXPANSION_SIMILARITY = 0.7;

  /** At most this many keys, those sharing the most trigrams, are compared in full. */
  private static final int MAX_KEYS_COMPARED = 200;

  /** Share of a query key's trigrams a vocabulary key must have to be compared. */
  private static final double MIN_SHARED_TRIGRAMS = 0.25;

  /** Expansions of query tokens kept in memory (the cache is emptied when full). */
  private static final int MAX_CACHED_EXPANSIONS = 50_000;

  private final java.util.concurrent.ConcurrentHashMap<String, List<Expansion>> expansions =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final List<WatchlistEntry> entries;
  private final List<IndexedName> names;
  private final Map<String, Integer> vocabulary;
  private final String[] tokens;
  private final String[] tokenKeys;
  private final double[] idf;
  private final int[][] postings;
  private final String[] keys;
  private final int[][] keyTokens;
  private final Map<String, int[]> trigramKeys;
  private final double maxIdf;

  /** An index with fuzzy token lookup, as {@link TokenCandidates} needs. */
  NameIndex(List<WatchlistEntry> entries) {
    this(entries, true);
  }

  /**
   * An index of the names of {@code entries}; without {@code fuzzyLookup} the character trigrams of
   * the vocabulary are not built and {@link #expand} finds only exact tokens and name variants.
   */
  NameIndex(List<WatchlistEntry> entries, boolean fuzzyLookup) {
    this.entries = entries;
    this.names = new ArrayList<>(entries.size() * 3);
    Map<String, Integer> vocab = new HashMap<>();
    List<String> tokenList = new ArrayList<>();
    IntList df = new IntList();
    List<IntList> posting = new ArrayList<>();
    // Normalization dominates the build and is independent per entry: run it on all cores.
    List<List<List<String>>> tokenized =
        entries.parallelStream()
            .map(
                entry -> {
                  List<List<String>> perName = new ArrayList<>(entry.aliases().size() + 1);
                  perName.add(Names.tokens(entry.name()));
                  entry.aliases().forEach(a -> perName.add(Names.tokens(a.name())));
                  return perName;
                })
            .toList();
    for (int e = 0; e < entries.size(); e++) {
      WatchlistEntry entry = entries.get(e);
      List<List<String>> perName = tokenized.get(e);
      java.util.Set<Integer> seenInEntry = new java.util.HashSet<>();
      addName(e, entry.name(), perName.get(0), false, vocab, tokenList, df, posting, seenInEntry);
      for (int a = 0; a < entry.aliases().size(); a++) {
        WatchlistEntry.Alias alias = entry.aliases().get(a);
        addName(
            e,
            alias.name(),
            perName.get(a + 1),
            alias.weak(),
            vocab,
            tokenList,
            df,
            posting,
            seenInEntry);
      }
    }
    this.vocabulary = Map.copyOf(vocab);
    this.tokens = tokenList.toArray(String[]::new);
    this.tokenKeys = new String[tokens.length];
    this.idf = new double[tokens.length];
    this.postings = new int[tokens.length][];
    double n = Math.max(1, entries.size());
    Map<String, IntList> byKey = new HashMap<>();
    for (int t = 0; t < tokens.length; t++) {
      tokenKeys[t] = TokenSimilarity.key(tokens[t]);
      idf[t] = Math.log(1 + n / df.get(t));
      postings[t] = posting.get(t).toArray();
      byKey.computeIfAbsent(tokenKeys[t], k -> new IntList()).add(t);
    }
    this.maxIdf = Math.log(1 + n);
    this.keys = fuzzyLookup ? byKey.keySet().toArray(String[]::new) : new String[0];
    this.keyTokens = new int[keys.length][];
    Map<String, IntList> trigrams = new HashMap<>();
    for (int k = 0; k < keys.length; k++) {
      keyTokens[k] = byKey.get(keys[k]).toArray();
      for (String g : trigrams(keys[k])) {
        IntList list = trigrams.computeIfAbsent(g, x -> new IntList());
        if (list.size() == 0 || list.last() != k) {
          list.add(k);
        }
      }
    }
    Map<String, int[]> frozen = new HashMap<>(trigrams.size() * 2);
    trigrams.forEach((g, list) -> frozen.put(g, list.toArray()));
    this.trigramKeys = frozen;
  }

  private void addName(
      int entry,
      String name,
      List<String> toks,
      boolean weak,
      Map<String, Integer> vocab,
      List<String> tokenList,
      IntList df,
      List<IntList> posting,
      java.util.Set<Integer> seenInEntry) {
    if (toks.isEmpty()) {
      return;
    }
    int nameId = names.size();
    int[] ids = new int[toks.size()];
    for (int i = 0; i < ids.length; i++) {
      String t = toks.get(i);
      Integer id = vocab.get(t);
      if (id == null) {
        id = tokenList.size();
        vocab.put(t, id);
        tokenList.add(t);
        df.add(0);
        posting.add(new IntList());
      }
      ids[i] = id;
      if (seenInEntry.add(id)) {
        df.set(id, df.get(id) + 1);
      }
      IntList p = posting.get(id);
      if (p.size() == 0 || p.last() != nameId) {
        p.add(nameId);
      }
    }
    names.add(new IndexedName(entry, name, List.copyOf(toks), ids, weak));
  }

  static List<String> trigrams(String key) {
    String padded = "^" + key + "$";
    List<String> out = new ArrayList<>(padded.length());
    for (int i = 0; i + 3 <= padded.length(); i++) {
      out.add(padded.substring(i, i + 3));
    }
    if (out.isEmpty()) {
      out.add(padded);
    }
    return out;
  }

  /** Vocabulary tokens similar to {@code token}, exact match included; cached. */
  List<Expansion> expand(String token) {
    List<Expansion> cached = expansions.get(token);
    if (cached != null) {
      return cached;
    }
    List<Expansion> computed = computeExpansion(token);
    if (expansions.size() >= MAX_CACHED_EXPANSIONS) {
      expansions.clear();
    }
    expansions.put(token, computed);
    return computed;
  }

  private List<Expansion> computeExpansion(String token) {
    List<Expansion> out = new ArrayList<>();
    Integer exact = vocabulary.get(token);
    if (exact != null) {
      out.add(new Expansion(exact, 1.0));
    }
    java.util.Set<Integer> variantIds = new java.util.HashSet<>();
    for (String v : NameVariants.variants(token)) {
      Integer id = vocabulary.get(v);
      if (id != null && !v.equals(token)) {
        out.add(new Expansion(id, NameVariants.VARIANT_SIMILARITY));
        variantIds.add(id);
      }
    }
    String key = TokenSimilarity.key(token);
    List<String> grams = trigrams(key);
    Scratch scratch = SCRATCH.get();
    if (scratch.counts.length < keys.length) {
      scratch.counts = new int[keys.length];
      scratch.touched = new int[keys.length];
    }
    int[] counts = scratch.counts;
    int[] touched = scratch.touched;
    int touchedCount = 0;
    for (String g : grams) {
      int[] ks = trigramKeys.get(g);
      if (ks == null) {
        continue;
      }
      for (int k : ks) {
        if (counts[k]++ == 0) {
          touched[touchedCount++] = k;
        }
      }
    }
    int minShared = Math.max(1, (int) Math.ceil(grams.size() * MIN_SHARED_TRIGRAMS));
    int kept = 0;
    for (int t = 0; t < touchedCount; t++) {
      int k = touched[t];
      if (counts[k] >= minShared) {
        touched[kept++] = k;
      } else {
        counts[k] = 0;
      }
    }
    if (kept > MAX_KEYS_COMPARED) {
      Integer[] order = new Integer[kept];
      for (int t = 0; t < kept; t++) {
        order[t] = touched[t];
      }
      java.util.Arrays.sort(order, (x, y) -> Integer.compare(counts[y], counts[x]));
      for (int t = 0; t < kept; t++) {
        touched[t] = order[t];
      }
    }
    for (int t = 0; t < kept; t++) {
      int k = touched[t];
      counts[k] = 0;
      if (t >= MAX_KEYS_COMPARED) {
        continue;
      }
      String other = keys[k];
      double sim = TokenSimilarity.keySimilarityAtLeast(key, other, MIN_EXPANSION_SIMILARITY);
      if (sim < MIN_EXPANSION_SIMILARITY) {
        continue;
      }
      for (int id : keyTokens[k]) {
        if ((exact == null || id != exact) && !variantIds.contains(id)) {
          out.add(new Expansion(id, tokens[id].equals(token) ? 1.0 : sim));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Per-thread work arrays, so that a query allocates little. */
  private static final class Scratch {
    int[] counts = new int[0];
    int[] touched = new int[0];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * The query tokens, plus adjacent pairs written as one and long tokens split in two where both
   * halves are listed tokens, so that {@code abdulrahman} finds {@code abdul rahman} and back.
   */
  List<String> retrievalTokens(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String joined = tokens.get(i) + tokens.get(i + 1);
      if (contains(joined)) {
        out.add(joined);
      }
    }
    for (String t : tokens) {
      for (int k = MIN_SPLIT_PART; k + MIN_SPLIT_PART <= t.length(); k++) {
        String head = t.substring(0, k);
        String tail = t.substring(k);
        if (contains(head) && contains(tail)) {
          out.add(head);
          out.add(tail);
          break;
        }
      }
    }
    return out;
  }

  /** Shortest half of a query token split for retrieval. */
  private static final int MIN_SPLIT_PART = 3;

  /** Whether {@code token} occurs in some listed name. */
  boolean contains(String token) {
    return vocabulary.containsKey(token);
  }

  List<WatchlistEntry> entries() {
    return entries;
  }

  List<IndexedName> names() {
    return names;
  }

  int[] postings(int tokenId) {
    return postings[tokenId];
  }

  String token(int tokenId) {
    return tokens[tokenId];
  }

  String tokenKey(int tokenId) {
    return tokenKeys[tokenId];
  }

  double idf(int tokenId) {
    return idf[tokenId];
  }

  /** The idf of a token, or that of a token seen once when it is not in the vocabulary. */
  double idf(String token) {
    Integer id = vocabulary.get(token);
    return id == null ? maxIdf : idf[id];
  }

  /** A growable int array. */
  static final class IntList {
    private int[] data = new int[4];
    private int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int get(int i) {
      return data[i];
    }

    void set(int i, int v) {
      data[i] = v;
    }

    int last() {
      return data[size - 1];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
