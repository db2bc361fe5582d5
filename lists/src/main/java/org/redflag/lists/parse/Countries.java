package org.redflag.lists.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Maps the country names lists use (English, OFAC and UN spellings) to ISO 3166 alpha-2 codes. */
public final class Countries {
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());
  private static final Map<String, String> BY_NAME = buildNames();
  private static final Map<String, String> ALPHA3 = buildAlpha3();
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
  private static final int MAX_SEEN = 10_000;

  private Countries() {}

  /**
   * The ISO alpha-2 code for a country name, alpha-2 or alpha-3 code, e.g. {@code Korea, North} ->
   * {@code KP}, {@code IRQ} -> {@code IQ}.
   *
   * @return the code, or {@code null} when the name is not recognised
   */
  public static @Nullable String code(String nameOrCode) {
    String s = nameOrCode.strip();
    if (s.length() == 2 && CODES.contains(s.toUpperCase(Locale.ROOT))) {
      return s.toUpperCase(Locale.ROOT);
    }
    if (s.length() == 3 && ALPHA3.containsKey(s.toUpperCase(Locale.ROOT))) {
      return ALPHA3.get(s.toUpperCase(Locale.ROOT));
    }
    String key = key(s);
    String code = BY_NAME.get(key);
    if (code == null && key.contains("(")) {
      code = BY_NAME.get(key(key.replaceAll("\\(.*?\\)", "")));
    }
    if (code == null && key.startsWith("the ")) {
      code = BY_NAME.get(key.substring(4));
    }
    return code;
  }

  /** The ISO code for a name when known, else the name itself stripped (the model allows both). */
  public static String codeOrName(String nameOrCode) {
    String known = SEEN.get(nameOrCode);
    if (known != null) {
      return known;
    }
    String code = code(nameOrCode);
    String result = code != null ? code : nameOrCode.strip();
    if (SEEN.size() < MAX_SEEN) {
      SEEN.put(nameOrCode, result);
    }
    return result;
  }

  private static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[.]", "").replaceAll("\\s+", " ").strip();
  }

  private static Map<String, String> buildAlpha3() {
    Map<String, String> m = new HashMap<>();
    for (String code : CODES) {
      try {
        m.put(new Locale("", code).getISO3Country(), code);
      } catch (java.util.MissingResourceException e) {
        // a few codes have no alpha-3 form in the JDK; they are matched by name instead
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, String> buildNames() {
    Map<String, String> m = new HashMap<>();
    for (String code : CODES) {
      m.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    String[][] extra = {
      {"Russian Federation", "RU"},
      {"Russia", "RU"},
      {"Korea, North", "KP"},
      {"North Korea", "KP"},
      {"Democratic People's Republic of Korea", "KP"},
      {"Korea, Democratic People's Republic of", "KP"},
      {"Korea, South", "KR"},
      {"South Korea", "KR"},
      {"Republic of Korea", "KR"},
      {"Korea, Republic of", "KR"},
      {"Iran", "IR"},
      {"Iran, Islamic Republic of", "IR"},
      {"Syria", "SY"},
      {"Syrian Arab Republic", "SY"},
      {"Burma", "MM"},
      {"Myanmar", "MM"},
      {"United States", "US"},
      {"United States of America", "US"},
      {"USA", "US"},
      {"United Kingdom", "GB"},
      {"UK", "GB"},
      {"United Kingdom of Great Britain and Northern Ireland", "GB"},
      {"Democratic Republic of the Congo", "CD"},
      {"Congo, Democratic Republic of the", "CD"},
      {"Congo (Kinshasa)", "CD"},
      {"Congo, Republic of the", "CG"},
      {"Republic of the Congo", "CG"},
      {"Viet Nam", "VN"},
      {"Vietnam", "VN"},
      {"Lao People's Democratic Republic", "LA"},
      {"Laos", "LA"},
      {"United Republic of Tanzania", "TZ"},
      {"Tanzania, United Republic of", "TZ"},
      {"Republic of Moldova", "MD"},
      {"Moldova, Republic of", "MD"},
      {"Turkey", "TR"},
      {"Türkiye", "TR"},
      {"Turkiye", "TR"},
      {"West Bank", "PS"},
      {"Gaza", "PS"},
      {"Palestinian", "PS"},
      {"State of Palestine", "PS"},
      {"Palestine", "PS"},
      {"Cote d'Ivoire", "CI"},
      {"Ivory Coast", "CI"},
      {"Brunei", "BN"},
      {"Cabo Verde", "CV"},
      {"Czech Republic", "CZ"},
      {"Czechia", "CZ"},
      {"Macedonia", "MK"},
      {"North Macedonia", "MK"},
      {"The former Yugoslav Republic of Macedonia", "MK"},
      {"Swaziland", "SZ"},
      {"Eswatini", "SZ"},
      {"Kosovo", "XK"},
      {"Taiwan", "TW"},
      {"Hong Kong", "HK"},
      {"Macau", "MO"},
      {"Macao", "MO"},
      {"Bahamas, The", "BS"},
      {"Gambia, The", "GM"},
      {"Holy See", "VA"},
      {"Micronesia, Federated States of", "FM"},
      {"Saint Kitts and Nevis", "KN"},
      {"Saint Vincent and the Grenadines", "VC"},
      {"Region: Crimea", "UA"},
      {"Crimea", "UA"},
      {"Sudan", "SD"},
      {"South Sudan", "SS"},
      {"Belarus", "BY"},
      {"Ukraine", "UA"},
      {"Venezuela", "VE"},
      {"Bolivia", "BO"},
    };
    for (String[] e : extra) {
      m.put(key(e[0]), e[1]);
    }
    return Map.copyOf(m);
  }
}
