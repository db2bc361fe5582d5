package org.redflag.events;

import java.util.HashMap;
import java.util.Map;

/** What each CAMEO code means ({@code cameo.tsv}), loaded on first use. */
final class CameoCodes {

  static final Map<String, String> DESCRIPTIONS = read();

  private CameoCodes() {}

  private static Map<String, String> read() {
    Map<String, String> out = new HashMap<>();
    for (String[] f : Tables.rows("cameo.tsv")) {
      out.put(f[0], f[1]);
    }
    return Map.copyOf(out);
  }
}
