package org.redflag.nlp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1a: finds the document date in the text when the metadata has none, so that relative dates
 * can be resolved. Only a full date (day, month, year) in a dateline counts: in the first {@value
 * #DATELINE_CHARS} characters, or after "Published", "Updated" or "Posted" anywhere in the first
 * lines. Anything vaguer leaves the date unknown.
 */
final class DocumentDate {

  static final int DATELINE_CHARS = 200;

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern PUBLISHED =
      Pattern.compile("(?i)\\b(?:published|updated|posted)\\b[^\\n]{0,40}");

  private DocumentDate() {}

  /** The date of the dateline, or null. */
  static @Nullable LocalDate find(String body) {
    String head = body.substring(0, Math.min(body.length(), DATELINE_CHARS));
    LocalDate d = parse(head);
    if (d != null) {
      return d;
    }
    String firstLines = body.substring(0, Math.min(body.length(), 1000));
    Matcher m = PUBLISHED.matcher(firstLines);
    return m.find() ? parse(m.group()) : null;
  }

  private static @Nullable LocalDate parse(String s) {
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    return null;
  }

  private static String month(String name) {
    String three = name.substring(0, 3);
    return String.valueOf(
        DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH)
            .parse(three)
            .get(java.time.temporal.ChronoField.MONTH_OF_YEAR));
  }

  private static @Nullable LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
