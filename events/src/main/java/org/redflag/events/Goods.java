package org.redflag.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    try (InputStream in =
        Objects.requireNonNull(Goods.class.getResourceAsStream("goods.tsv"), "goods.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new LinkedHashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          map.put(f[0], f[1]);
        }
      }
      return new Goods(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
