package org.redflag.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of spellings of one given name or patronymic ({@code name_variants.txt}): {@code
 * alexander}, {@code alyaksandr} and {@code oleksandr} are one name.
 */
final class NameVariants {
  /** Similarity of two different spellings of one group. */
  static final double VARIANT_SIMILARITY = 0.95;

  private static final Map<String, Integer> GROUP_OF = new HashMap<>();
  private static final List<List<String>> GROUPS = new ArrayList<>();

  static {
    for (String line : Resources.lines("name_variants.txt")) {
      List<String> group = List.of(line.split("\\s+"));
      for (String t : group) {
        GROUP_OF.putIfAbsent(t, GROUPS.size());
      }
      GROUPS.add(group);
    }
  }

  private NameVariants() {}

  static boolean same(String a, String b) {
    Integer ga = GROUP_OF.get(a);
    return ga != null && ga.equals(GROUP_OF.get(b));
  }

  /** The other spellings of {@code token}'s group, empty when it has none. */
  static List<String> variants(String token) {
    Integer g = GROUP_OF.get(token);
    return g == null ? List.of() : GROUPS.get(g);
  }
}
