package org.redflag.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps country names and ISO alpha-2/alpha-3 codes to upper-case alpha-2 codes. */
final class Countries {
  private static final Map<String, String> CODES = load();

  private Countries() {}

  static List<String> codes(List<String> countries) {
    List<String> out = new ArrayList<>(countries.size());
    for (String c : countries) {
      String code = code(c);
      if (!out.contains(code)) {
        out.add(code);
      }
    }
    return out;
  }

  static String code(String country) {
    String key = country.strip().toLowerCase(Locale.ROOT);
    return CODES.getOrDefault(key, key.toUpperCase(Locale.ROOT));
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      Locale l = new Locale("", iso);
      map.put(iso.toLowerCase(Locale.ROOT), iso);
      map.put(l.getISO3Country().toLowerCase(Locale.ROOT), iso);
      map.put(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
    }
    map.put("russian federation", "RU");
    map.put("iran (islamic republic of)", "IR");
    map.put("korea, north", "KP");
    map.put("democratic people's republic of korea", "KP");
    map.put("korea, south", "KR");
    map.put("syrian arab republic", "SY");
    map.put("burma", "MM");
    map.put("united states", "US");
    map.put("usa", "US");
    map.put("uk", "GB");
    map.put("united kingdom", "GB");
    return Map.copyOf(map);
  }
}
