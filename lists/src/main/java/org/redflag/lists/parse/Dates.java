package org.redflag.lists.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the date spellings found in lists into ISO prefixes ({@code 1954-08-30}, {@code 1954}).
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Pattern DAY_MON_YEAR =
      Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  private Dates() {}

  /**
   * Parses one date: {@code 30 Aug 1954}, {@code Aug 1954}, {@code 1954}, {@code circa 1954},
   * {@code 1954-08-30} or US {@code 08/30/1954}.
   *
   * @return the ISO date or prefix, or {@code null} when the text is not one of those
   */
  public static @Nullable String parse(String text) {
    String s = text.strip();
    if (s.regionMatches(true, 0, "circa ", 0, 6)) {
      s = s.substring(6).strip();
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return s;
    }
    m = DAY_MON_YEAR.matcher(s);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month == null) {
        return null;
      }
      String ym = m.group(3) + "-" + two(month);
      return m.group(1) == null ? ym : ym + "-" + two(Integer.parseInt(m.group(1)));
    }
    m = US.matcher(s);
    if (m.matches()) {
      return m.group(3)
          + "-"
          + two(Integer.parseInt(m.group(1)))
          + "-"
          + two(Integer.parseInt(m.group(2)));
    }
    return null;
  }

  /**
   * Parses a date or a range ({@code 1960 to 1962}: both ends); falls back to the years mentioned.
   */
  public static List<String> parseAll(String text) {
    List<String> out = new ArrayList<>(2);
    for (String part : text.split("\\s+to\\s+|\\s*-\\s+")) {
      String d = parse(part);
      if (d != null) {
        out.add(d);
      }
    }
    if (out.isEmpty()) {
      Matcher m = YEAR.matcher(text);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
