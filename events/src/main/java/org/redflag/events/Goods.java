package org.redflag.events;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Goods categories by lemma ({@code goods.tsv}): {@code microchips} -> microchips and electronics.
 */
final class Goods {

  private final Map<String, String> categories;

  Goods(Map<String, String> categories) {
    this.categories = Map.copyOf(categories);
  }

  static Goods bundled() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String[] f : Tables.rows("goods.tsv")) {
      map.put(f[0], f[1]);
    }
    return new Goods(map);
  }

  /** The category of a lemma, or of the two-word lemma {@code previous + " " + lemma}, or null. */
  @Nullable String category(@Nullable String previous, String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (previous != null) {
      String two = categories.get(previous.toLowerCase(Locale.ROOT) + " " + l);
      if (two != null) {
        return two;
      }
    }
    return categories.get(l);
  }

  /** Whether goods of this category are military (weapons, ammunition, drones). */
  static boolean military(String category) {
    return category.equals("weapons")
        || category.equals("ammunition")
        || category.startsWith("drones");
  }
}
