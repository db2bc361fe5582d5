package org.redflag.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.jspecify.annotations.Nullable;
import org.redflag.match.Names;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/**
 * Stage 3: groups the candidates that refer to one thing into one {@link Entity}.
 *
 * <p>Candidates are linked, in this order, when they
 *
 * <ol>
 *   <li>name the same actor of the table (Kremlin, Moscow, Russian Federation -> Russia);
 *   <li>have the same text, whatever CoreNLP typed them ("Lukashenka" as PERSON and as
 *       ORGANIZATION);
 *   <li>are a surname alone and a full name ending with it ("Lukashenko" after "Alexander
 *       Lukashenko"); with several full names the nearest one before wins;
 *   <li>are person names whose surnames are transliteration variants ({@link Names#similarity} at
 *       least {@value #SAME_NAME}); two full names must also agree on their given names;
 *   <li>are an acronym and the initials of a multi-word organization name ("ISW").
 * </ol>
 *
 * <p>The type is the actor's, else the majority of the mentions' types (PERSON first on a tie). The
 * name is the actor's, else the longest surface form. Aliases are every surface form, then the
 * actor's curated names. A person's country comes from a demonym or an organization in the title
 * right before the name ("Chinese Ambassador to Belarus Xie Xiaoyong" -> CN, "CIA chief William
 * Burns" -> US); otherwise it is null.
 */
final class EntityResolver {

  /** Minimum {@link Names#similarity} for two surnames to be variants of one name. */
  static final double SAME_NAME = 0.85;

  /** Words of a title that may stand between a country cue and a person's name. */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "chief",
          "leader",
          "director",
          "head",
          "minister",
          "ambassador",
          "president",
          "premier",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "envoy",
          "official",
          "officer",
          "deputy",
          "vice",
          "first",
          "foreign",
          "prime",
          "secretary",
          "general",
          "of",
          "to",
          "for",
          "the",
          "affairs",
          "defense",
          "defence",
          "state",
          "former",
          "dictator",
          "authoritarian",
          "strongman",
          "commander",
          "chairman",
          "ceo",
          "founder",
          "owner",
          "tycoon",
          "oligarch",
          "businessman",
          "senator",
          "lawmaker",
          "diplomat",
          "adviser",
          "advisor");

  private final ActorTable table;
  private final ToDoubleBiFunction<String, String> similarity;

  EntityResolver(ActorTable table) {
    this(table, Names::similarity);
  }

  EntityResolver(ActorTable table, ToDoubleBiFunction<String, String> similarity) {
    this.table = table;
    this.similarity = similarity;
  }

  List<Entity> resolve(Annotated doc, List<Candidate> candidates) {
    int n = candidates.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstByKey = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Integer j = firstByKey.putIfAbsent(key(candidates.get(i)), i);
      if (j != null) {
        union(parent, j, i);
      }
    }
    linkPersons(candidates, parent);
    linkAcronyms(candidates, parent);

    Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(candidates.get(i));
    }
    List<List<Candidate>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(g -> g.get(0).start()));
    List<Entity> entities = new ArrayList<>();
    for (List<Candidate> group : ordered) {
      entities.add(entity("e" + (entities.size() + 1), doc, group));
    }
    return entities;
  }

  private static String key(Candidate c) {
    ActorTable.Form form = c.form();
    return form != null ? "actor:" + form.actor().id() : "text:" + normalized(c.mention().text());
  }

  static String normalized(String text) {
    String s = NerMentions.stripPossessive(ActorTable.key(text)).toLowerCase(Locale.ROOT);
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  // ---- linking rules -------------------------------------------------------------------------

  private void linkPersons(List<Candidate> cs, int[] parent) {
    List<Integer> persons = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      if (cs.get(i).form() == null && personish(cs, parent, i)) {
        persons.add(i);
      }
    }
    for (int a : persons) {
      List<String> wa = words(cs.get(a));
      int best = -1;
      for (int b : persons) {
        List<String> wb = words(cs.get(b));
        if (a == b || find(parent, a) == find(parent, b) || wb.size() <= wa.size()) {
          continue;
        }
        boolean linked =
            wa.size() == 1
                ? sameSurname(wa.get(0), wb.get(wb.size() - 1))
                : sameSurname(last(wa), last(wb)) && similar(wa.get(0), wb.get(0));
        if (linked && (best < 0 || closer(cs, a, b, best))) {
          best = b;
        }
      }
      if (best >= 0) {
        union(parent, best, a);
      }
    }
    for (int a : persons) {
      for (int b : persons) {
        List<String> wa = words(cs.get(a));
        List<String> wb = words(cs.get(b));
        if (a < b
            && wa.size() == wb.size()
            && find(parent, a) != find(parent, b)
            && sameSurname(last(wa), last(wb))
            && (wa.size() == 1 || similar(wa.get(0), wb.get(0)))) {
          union(parent, a, b);
        }
      }
    }
  }

  /** Whether {@code b} is a better antecedent for {@code a} than {@code best}. */
  private static boolean closer(List<Candidate> cs, int a, int b, int best) {
    int pa = cs.get(a).start();
    int pb = cs.get(b).start();
    int pbest = cs.get(best).start();
    if (pb < pa && pbest < pa) {
      return pb > pbest;
    }
    return pb < pa;
  }

  private boolean sameSurname(String a, String b) {
    return a.equalsIgnoreCase(b)
        || (a.length() >= 4
            && b.length() >= 4
            && Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0))
            && similarity.applyAsDouble(a, b) >= SAME_NAME);
  }

  private boolean similar(String a, String b) {
    return a.equalsIgnoreCase(b) || similarity.applyAsDouble(a, b) >= SAME_NAME;
  }

  private static boolean personish(List<Candidate> cs, int[] parent, int i) {
    int root = find(parent, i);
    int persons = 0;
    int others = 0;
    for (int j = 0; j < cs.size(); j++) {
      if (find(parent, j) == root) {
        if (cs.get(j).mention().type() == EntityType.PERSON) {
          persons++;
        } else {
          others++;
        }
      }
    }
    return persons >= others && persons > 0;
  }

  private static void linkAcronyms(List<Candidate> cs, int[] parent) {
    for (int a = 0; a < cs.size(); a++) {
      String text = cs.get(a).mention().text();
      if (cs.get(a).form() != null || !text.matches("\\p{Lu}{2,6}")) {
        continue;
      }
      for (int b = 0; b < cs.size(); b++) {
        Candidate c = cs.get(b);
        if (c.mention().type() == EntityType.ORGANIZATION
            && find(parent, a) != find(parent, b)
            && initials(c.mention().text()).equals(text)) {
          union(parent, b, a);
          break;
        }
      }
    }
  }

  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.length() >= 2 ? sb.toString() : "";
  }

  // ---- building the entity ------------------------------------------------------------------

  private Entity entity(String id, Annotated doc, List<Candidate> group) {
    ActorTable.@Nullable Actor actor = null;
    for (Candidate c : group) {
      ActorTable.Form form = c.form();
      if (form != null) {
        actor = form.actor();
        break;
      }
    }
    EntityType type = actor != null ? actor.type() : majorityType(group);
    Set<String> aliases = new LinkedHashSet<>();
    List<Mention> mentions = new ArrayList<>();
    boolean government = false;
    for (Candidate c : group) {
      Mention m = c.mention();
      aliases.add(m.text());
      mentions.add(new Mention(m.text(), m.start(), m.end(), type, m.detector()));
      government |= c.government();
    }
    String name;
    String country;
    if (actor != null) {
      name = actor.name();
      country = actor.country();
      for (String curated : actor.names()) {
        if (aliases.stream().noneMatch(a -> ActorTable.key(a).equals(ActorTable.key(curated)))) {
          aliases.add(curated);
        }
      }
    } else {
      name =
          aliases.stream()
              .max(
                  Comparator.comparingInt((String s) -> s.split("\\s+").length)
                      .thenComparingInt(String::length))
              .orElseThrow();
      country = type == EntityType.PERSON ? countryFromTitle(doc, group) : null;
    }
    return new Entity(
        id, name, type, country, List.copyOf(aliases), mentions, government, List.of());
  }

  private static EntityType majorityType(List<Candidate> group) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    for (Candidate c : group) {
      votes.merge(c.mention().type(), 1, Integer::sum);
    }
    // EntityType declares PERSON first, so on a tie the earlier constant wins.
    return votes.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<EntityType, Integer> e) -> e.getValue())
                .thenComparing(e -> -e.getKey().ordinal()))
        .orElseThrow()
        .getKey();
  }

  private @Nullable String countryFromTitle(Annotated doc, List<Candidate> group) {
    List<Candidate> all = new ArrayList<>(group);
    for (Candidate c : all) {
      int i = doc.tokenStartingAt(c.start()) - 1;
      int sentence = i >= 0 ? doc.tokens().get(i).sentence() : -1;
      for (int steps = 0; i >= 0 && steps < 8; i--, steps++) {
        Annotated.Token t = doc.tokens().get(i);
        if (t.sentence() != sentence) {
          break;
        }
        var form = table.form(t.word());
        if (form.isPresent()
            && (form.get().sense() == ActorTable.Sense.DEMONYM
                || form.get().actor().type() == EntityType.ORGANIZATION)) {
          return form.get().actor().country();
        }
        boolean titleWord =
            TITLE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))
                || (t.pos().startsWith("NNP") && !t.word().isEmpty());
        if (!titleWord) {
          break;
        }
      }
    }
    return null;
  }

  private static List<String> words(Candidate c) {
    return List.of(NerMentions.stripPossessive(c.mention().text()).split("\\s+"));
  }

  private static String last(List<String> words) {
    return words.get(words.size() - 1);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int keep, int other) {
    int a = find(parent, keep);
    int b = find(parent, other);
    if (a != b) {
      if (a < b) {
        parent[b] = a;
      } else {
        parent[a] = b;
      }
    }
  }
}
