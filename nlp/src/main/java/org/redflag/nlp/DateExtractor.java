package org.redflag.nlp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.redflag.model.DateMention;

/**
 * Stage 4: turns SUTime expressions into {@link DateMention}s.
 *
 * <ul>
 *   <li>kept: DATE, TIME and DURATION ("a three-day stay" -> {@code P3D}); SET ("every week") is
 *       dropped;
 *   <li>modifiers, which SUTime leaves out of the value: from the words ("mid", "early", "late",
 *       "the end of", "the beginning of"), else from the word before ("since" -> ON_OR_AFTER,
 *       "after" -> AFTER, "before" -> BEFORE, "by"/"until" -> ON_OR_BEFORE), else from SUTime's
 *       TIMEX3 {@code mod} (START -> EARLY, END -> LATE);
 *   <li>ranges: "from February 28 until March 2", "between January and March", "28-March 2" become
 *       one mention with an ISO 8601 interval value {@code 2023-02-28/2023-03-02};
 *   <li>"two days later", "the next day": SUTime counts from the document date; they are moved to
 *       count from the last full date before them (2022-02-24 ... two days later -> 2022-02-26);
 *   <li>without a document date SUTime leaves relative dates unresolved ({@code XXXX-02-28}, {@code
 *       XXXX-WXX-2}), and so do we: a year is never guessed.
 * </ul>
 */
final class DateExtractor {

  private static final Set<String> KEPT = Set.of("DATE", "TIME", "DURATION");
  private static final Pattern MODIFIER_WORDS =
      Pattern.compile(
          "^(?:(mid)|(early)|(late)|(?:the )?(?:(beginning|start)|(end)) of)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> PRECEDING_MODIFIERS =
      Map.of(
          "since", "ON_OR_AFTER",
          "after", "AFTER",
          "before", "BEFORE",
          "by", "ON_OR_BEFORE",
          "until", "ON_OR_BEFORE",
          "till", "ON_OR_BEFORE");
  private static final Set<String> RANGE_LINKS =
      Set.of("until", "till", "to", "through", "and", "-", "–", "—", "until the", "to the");
  private static final Set<String> RANGE_OPENERS = Set.of("from", "between");
  private static final Pattern RELATIVE_TO_PREVIOUS =
      Pattern.compile(
          "(?i)\\b(later|earlier|after that|the (next|following|previous) day"
              + "|the day (before|after))\\b");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  List<DateMention> find(Annotated doc) {
    return find(doc, null);
  }

  /**
   * Returns the date mentions of {@code doc}.
   *
   * @param anchor the date SUTime resolved against, or null
   */
  List<DateMention> find(Annotated doc, @Nullable LocalDate anchor) {
    String body = doc.body();
    List<DateMention> points = new ArrayList<>();
    String lastFull = null;
    for (Annotated.TimeSpan t : doc.times()) {
      if (!KEPT.contains(t.type()) || t.end() <= t.start()) {
        continue;
      }
      String text = body.substring(t.start(), t.end());
      String value = t.value();
      if (anchor != null && lastFull != null && RELATIVE_TO_PREVIOUS.matcher(text).find()) {
        value = shift(value, anchor, lastFull);
      }
      if (FULL_DATE.matcher(value).matches()) {
        lastFull = value;
      }
      String modifier = modifier(text, t.mod());
      if (modifier == null) {
        modifier = PRECEDING_MODIFIERS.get(wordBefore(body, t.start()));
      }
      points.add(new DateMention(text, t.start(), t.end(), value, modifier));
    }
    return ranges(body, points);
  }

  private static List<DateMention> ranges(String body, List<DateMention> points) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      DateMention a = points.get(i);
      if (i + 1 < points.size() && isRange(body, a, points.get(i + 1))) {
        DateMention b = points.get(i + 1);
        out.add(
            new DateMention(
                body.substring(a.start(), b.end()),
                a.start(),
                b.end(),
                a.value() + "/" + rangeEnd(a.value(), b.value()),
                null));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** Fixes the year of a range end that SUTime put before its start ("Feb. 28-March 2"). */
  private static String rangeEnd(String start, String end) {
    if (FULL_DATE.matcher(start).matches() && FULL_DATE.matcher(end).matches()) {
      try {
        LocalDate a = LocalDate.parse(start);
        LocalDate b = LocalDate.parse(end);
        if (b.isBefore(a)) {
          b = b.withYear(a.getYear());
          return (b.isBefore(a) ? b.plusYears(1) : b).toString();
        }
      } catch (DateTimeParseException e) {
        return end;
      }
    }
    return end;
  }

  private static boolean isRange(String body, DateMention a, DateMention b) {
    if (a.value().startsWith("P") || b.value().startsWith("P")) {
      return false;
    }
    String between = body.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
    if (!RANGE_LINKS.contains(between)) {
      return false;
    }
    boolean dash = between.equals("-") || between.equals("–") || between.equals("—");
    return dash || RANGE_OPENERS.contains(wordBefore(body, a.start()));
  }

  private static String shift(String value, LocalDate anchor, String previous) {
    if (!FULL_DATE.matcher(value).matches()) {
      return value;
    }
    try {
      long days = ChronoUnit.DAYS.between(anchor, LocalDate.parse(value));
      return LocalDate.parse(previous).plusDays(days).toString();
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static String wordBefore(String body, int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(body.charAt(begin - 1))) {
      begin--;
    }
    return body.substring(begin, end).toLowerCase(Locale.ROOT);
  }

  static @Nullable String modifier(String text, @Nullable String timexMod) {
    Matcher m = MODIFIER_WORDS.matcher(text.strip());
    if (m.find()) {
      if (m.group(1) != null) {
        return "MID";
      }
      if (m.group(2) != null || m.group(4) != null) {
        return "EARLY";
      }
      return "LATE";
    }
    if (timexMod == null) {
      return null;
    }
    return switch (timexMod.toUpperCase(Locale.ROOT)) {
      case "START" -> "EARLY";
      case "END" -> "LATE";
      default -> timexMod.toUpperCase(Locale.ROOT);
    };
  }
}
