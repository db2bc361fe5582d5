package org.redflag.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Stage 2a': finds the names of listed persons and organizations (primary names and strong aliases
 * of the loaded watchlists) in the text, longest first, token by token and ignoring case and
 * punctuation, so a listed party is a mention even where CoreNLP misses or mistypes it.
 *
 * <p>Only names that are safe to look up verbatim are kept: at least two words of letters, at least
 * {@value #MIN_LETTERS} letters, and at least one word that is not generic ("General Trading
 * Company" and "Ministry of Defence" are dropped, "Tidewater Middle East Co" kept). A match must
 * stay inside one sentence, and its words must be capitalized but for particles ("of", "bin").
 * OFAC's "SURNAME, Given Middle" person names are also looked up as "Given Middle SURNAME" and
 * "Given SURNAME". Mentions carry the detector {@code watchlist} and the listed type.
 */
final class ListedNames {

  static final int MIN_LETTERS = 8;

  /** Generic words: a name made only of these (and initials) is too common to look up. */
  private static final Set<String> GENERIC =
      Set.of(
          "the",
          "of",
          "and",
          "for",
          "in",
          "de",
          "al",
          "el",
          "la",
          "company",
          "co",
          "corp",
          "corporation",
          "inc",
          "ltd",
          "limited",
          "llc",
          "plc",
          "sa",
          "ag",
          "gmbh",
          "group",
          "holding",
          "holdings",
          "international",
          "trading",
          "trade",
          "general",
          "national",
          "global",
          "services",
          "service",
          "industries",
          "industry",
          "industrial",
          "bank",
          "import",
          "export",
          "commercial",
          "enterprise",
          "enterprises",
          "investment",
          "investments",
          "development",
          "technology",
          "technologies",
          "shipping",
          "oil",
          "gas",
          "energy",
          "new",
          "united",
          "central",
          "state",
          "ministry",
          "government",
          "army",
          "force",
          "forces",
          "front",
          "party",
          "movement",
          "office",
          "agency",
          "department",
          "defence",
          "defense",
          "interior",
          "foreign",
          "affairs",
          "finance",
          "security",
          "intelligence",
          "police",
          "committee",
          "council",
          "republic");

  /** Words a name may write in lower case inside it ("Bank of Kunlun", "Osama bin Laden"). */
  private static final Set<String> PARTICLES =
      Set.of("of", "the", "and", "for", "de", "del", "da", "al", "el", "bin", "ibn", "van", "von");

  /** One listed name as lookup keys, one per word. */
  private record Listed(String[] keys, EntityType type) {}

  private final Map<String, List<Listed>> byFirstKey = new HashMap<>();
  private final int size;

  ListedNames(List<WatchlistEntry> entries) {
    Set<String> seen = new HashSet<>();
    for (WatchlistEntry e : entries) {
      EntityType type = typeOf(e.schema());
      if (type == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(e.name());
      e.aliases().stream().filter(a -> !a.weak()).forEach(a -> names.add(a.name()));
      for (String name : names) {
        for (String form : forms(name, type)) {
          String[] keys = keys(form);
          if (safe(keys) && seen.add(type + String.join(" ", keys))) {
            byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Listed(keys, type));
          }
        }
      }
    }
    byFirstKey
        .values()
        .forEach(l -> l.sort(Comparator.comparingInt((Listed l2) -> -l2.keys().length)));
    this.size = seen.size();
  }

  /** How many distinct names are looked up. */
  int size() {
    return size;
  }

  List<Candidate> find(Annotated doc) {
    List<Candidate> found = new ArrayList<>();
    if (byFirstKey.isEmpty()) {
      return found;
    }
    List<Annotated.Token> tokens = doc.tokens();
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(tokens.get(i).word());
    }
    int i = 0;
    while (i < tokens.size()) {
      Annotated.Token t = tokens.get(i);
      int next = i + 1;
      List<Listed> options =
          Character.isUpperCase(t.word().codePointAt(0))
              ? byFirstKey.getOrDefault(keys[i], List.of())
              : List.of();
      for (Listed l : options) {
        int last = match(l.keys(), keys, tokens, i);
        if (last >= 0) {
          int start = t.start();
          int end = tokens.get(last).end();
          Mention m =
              new Mention(doc.body().substring(start, end), start, end, l.type(), "watchlist");
          found.add(new Candidate(m, null, false));
          next = last + 1;
          break;
        }
      }
      i = next;
    }
    return found;
  }

  /** The index of the last token of the match starting at token {@code i}, or -1. */
  private static int match(String[] name, String[] keys, List<Annotated.Token> tokens, int i) {
    int sentence = tokens.get(i).sentence();
    int k = 0;
    int j = i;
    int last = -1;
    while (k < name.length && j < keys.length && tokens.get(j).sentence() == sentence) {
      if (keys[j].isEmpty()) {
        j++;
        continue;
      }
      if (!keys[j].equals(name[k])
          || Character.isLowerCase(tokens.get(j).word().codePointAt(0))
              && !PARTICLES.contains(keys[j])) {
        return -1; // "Khan said" is not the listed "Khan Said"
      }
      last = j;
      k++;
      j++;
    }
    return k == name.length ? last : -1;
  }

  private static @Nullable EntityType typeOf(Schema schema) {
    return switch (schema) {
      case PERSON -> EntityType.PERSON;
      case ORGANIZATION, COMPANY, LEGAL_ENTITY -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  /** The name as listed, and "Given SURNAME" for a person listed as "SURNAME, Given". */
  private static List<String> forms(String name, EntityType type) {
    int comma = name.indexOf(',');
    if (type == EntityType.PERSON && comma > 0 && comma == name.lastIndexOf(',')) {
      String given = name.substring(comma + 1).trim();
      String surname = name.substring(0, comma).trim();
      if (given.isEmpty()) {
        return List.of(surname);
      }
      String first = given.split("\\s+")[0];
      return first.equals(given)
          ? List.of(name, given + " " + surname)
          : List.of(name, given + " " + surname, first + " " + surname);
    }
    return List.of(name);
  }

  private static String[] keys(String name) {
    return Arrays.stream(name.split("[\\s,]+"))
        .map(ListedNames::key)
        .filter(k -> !k.isEmpty())
        .toArray(String[]::new);
  }

  private static boolean safe(String[] keys) {
    if (keys.length < 2) {
      return false;
    }
    int letters = 0;
    boolean specific = false;
    for (String k : keys) {
      letters += k.length();
      specific |= k.length() > 1 && !GENERIC.contains(k);
    }
    return letters >= MIN_LETTERS && specific;
  }

  /** Lower-case letters and digits of a word: "Co." and "co" are one key, "," is empty. */
  static String key(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    word.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(c -> sb.appendCodePoint(Character.toLowerCase(c)));
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
