package org.redflag.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
 *   <li>kept: DATE, TIME and DURATION ("a three-day stay" -> {@code P3D}); dropped: SET ("every
 *       week"), vague references ("now", "recently"), durations without a number, ages ("a
 *       nine-year-old") and the verb "fall" read as autumn;
 *   <li>modifiers, which SUTime leaves out of the value: from the words ("mid", "early", "late",
 *       "the end of", "the beginning of"), else from the word before ("since" -> ON_OR_AFTER,
 *       "after" -> AFTER, "before" -> BEFORE, "by"/"until" -> ON_OR_BEFORE), else from SUTime's
 *       TIMEX3 {@code mod} (START -> EARLY, END -> LATE);
 *   <li>ranges: "from February 28 until March 2", "between January and March", "28-March 2" become
 *       one mention with an ISO 8601 interval value {@code 2023-02-28/2023-03-02};
 *   <li>a bare weekday or month name ("on Thursday", "in March"; not "last Thursday", "Thursday,
 *       February 23", "March 2022") follows the tense of the verb group that governs it ({@link
 *       Tense}): written on Tuesday 2023-02-28, "troops launched an assault on Thursday" is
 *       2023-02-23, "the ministers will meet on Sunday" 2023-03-05, "troops launched an assault in
 *       March" 2022-03 and "they will meet in January" 2024-01; SUTime looks only two words either
 *       side. In the present, with a modal or without a verb a month keeps SUTime's value and a
 *       weekday gets what SUTime gives it in a fresh process: SUTime keeps the tense it found on
 *       the weekday, so that the next document's "Talks on Monday" would inherit "will meet on
 *       Monday";
 *   <li>"two days later", "the next day", "the following year": SUTime counts from the document
 *       date; they are moved to count from the last date before them (2022-02-24 ... two days later
 *       -> 2022-02-26; 2015 ... the following year -> 2016);
 *   <li>without a document date SUTime leaves relative dates unresolved ({@code XXXX-02-28}, {@code
 *       XXXX-WXX-2}), and so do we: a year is never guessed.
 * </ul>
 */
final class DateExtractor {

  private static final Set<String> KEPT = Set.of("DATE", "TIME", "DURATION");
  private static final Pattern MODIFIER_WORDS =
      Pattern.compile(
          "^(?:(mid|(?:the )?middle of)|(early)|(late)|(?:the )?(?:(beginning|start)|(end)) of)\\b",
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
          "(?i)\\b(later|earlier|after that|the (next|following|previous) (day|week|month|year)"
              + "|the day (before|after))\\b");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}(-\\d{2})?");
  private static final Pattern VAGUE = Pattern.compile("(PRESENT|PAST|FUTURE)_REF|P.*X.*");
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?i).*(\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|fifteen|twenty|thirty|forty|fifty|hundred|dozen|couple|few|several)\\b).*");
  private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");

  /** A number of units before or after some time, the number left vague ("years earlier"). */
  private static final Pattern VAGUE_SHIFT =
      Pattern.compile(
          "(?i)((several|many|some|a few|few)\\s+)?(days|weeks|months|years|decades)"
              + "\\s+(earlier|later|before|after|ago|from now)");

  /** Words SUTime sometimes leaves at the end of a span ("2015 before", "midday on"). */
  private static final Pattern TRAILING_WORD = Pattern.compile("\\s+(before|after|on|in|at)$");

  private static final Pattern SHIFTED =
      Pattern.compile("(?i)\\b(last|next|previous|following|ago|later|earlier)\\b");

  private static final Pattern MONTH_OR_QUARTER = Pattern.compile("(\\d{4})-(\\d{2}|Q\\d)");

  /** A weekday without "last", "next", "this" or a date: "Thursday", "early on Thursday". */
  private static final Pattern BARE_WEEKDAY =
      Pattern.compile(
          "(?i)(?:(?:early|late) (?:on )?)?(monday|tuesday|wednesday|thursday|friday|saturday"
              + "|sunday)(?: (?:morning|afternoon|evening|night))?");

  /** A month without a year, day, "last", "next" or "this": "March", "late March". */
  private static final Pattern BARE_MONTH =
      Pattern.compile(
          "(?i)(?:(?:mid|early|late|(?:the )?(?:beginning|start|end|middle) of)[ -])?(january"
              + "|february|march|april|may|june|july|august|september|october|november|december)");

  private static final Pattern PART_OF_DAY =
      Pattern.compile("(?i)(morning|afternoon|evening|night)");

  /** Before a month name that is no calendar month of its own: "that May", "the March has". */
  private static final Pattern NOT_A_MONTH_BEFORE = Pattern.compile("(?i)(/|\\b(that|the)\\s+)$");

  /**
   * After one: commodity positions ("March/April sold at", "the March contract", "May to September
   * shipment") and a day in words ("payable April one").
   */
  private static final Pattern NOT_A_MONTH_AFTER =
      Pattern.compile(
          "^(/|\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
              + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\\b"
              + "|(\\s*(-|to)\\s*[A-Z][a-z]+)?\\s+(shipments?|deliver(y|ies)|contracts?|futures"
              + "|loading|positions?)\\b)");

  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");

  private static final Set<String> SEASON_DETERMINERS =
      Set.of("the", "this", "last", "next", "in", "early", "late", "mid", "that");

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
    String lastYear = null;
    String lastSutime = "";
    String lastValue = "";
    for (Annotated.TimeSpan t : doc.times()) {
      if (!KEPT.contains(t.type()) || t.end() <= t.start()) {
        continue;
      }
      int end = t.end();
      String text = body.substring(t.start(), end);
      Matcher trailing = TRAILING_WORD.matcher(text);
      if (trailing.find() && trailing.start() > 0) {
        text = text.substring(0, trailing.start());
        end = t.start() + text.length();
      }
      String value = t.value();
      if (isNoise(body, t, text)) {
        continue;
      }
      if (anchor != null) {
        String sutime = value;
        value = byTense(doc, t.start(), end, text, thisYear(text, value, anchor), anchor);
        if (sutime.equals(lastSutime) && PART_OF_DAY.matcher(text).matches()) {
          value = lastValue; // "night" of "Thursday night", a span of its own
        }
        lastSutime = sutime;
        lastValue = value;
      }
      if (anchor != null && RELATIVE_TO_PREVIOUS.matcher(text).find()) {
        if (lastFull != null && FULL_DATE.matcher(value).matches()) {
          value = shift(value, anchor, lastFull);
        } else if (lastYear != null && YEAR.matcher(value).matches()) {
          int years = Integer.parseInt(value.substring(0, 4)) - anchor.getYear();
          value = (Integer.parseInt(lastYear) + years) + value.substring(4);
        }
      }
      if (FULL_DATE.matcher(value).matches()) {
        lastFull = value;
      }
      if (YEAR.matcher(value).matches()) {
        lastYear = value.substring(0, 4);
      }
      String modifier = modifier(text, t.mod());
      if (modifier == null) {
        modifier = PRECEDING_MODIFIERS.get(wordBefore(body, t.start()));
      }
      points.add(new DateMention(text, t.start(), end, value, modifier));
    }
    return ranges(body, points);
  }

  /**
   * Whether SUTime's find is not a date: vague references ("now", "recently"), durations without a
   * number ("week" in "a week", {@code PXY}), shifts by a vague number ("years earlier", "months
   * later"), ages ("a nine-year-old"), the verb "may", and a lower-case season word without a
   * determiner (the verb "fall").
   */
  private static boolean isNoise(String body, Annotated.TimeSpan t, String text) {
    if (VAGUE.matcher(t.value()).matches() || text.endsWith("-old")) {
      return true;
    }
    if (VAGUE_SHIFT.matcher(text).matches() || text.endsWith(" may") || text.equals("may")) {
      return true; // "months later" is no date; "this may yet prove" is the verb
    }
    if (t.type().equals("DURATION") && !COUNTED.matcher(text).matches()) {
      return true;
    }
    return SEASON.matcher(t.value()).matches()
        && text.equals(text.toLowerCase(Locale.ROOT))
        && !text.contains(" ")
        && (!SEASON_DETERMINERS.contains(wordBefore(body, t.start()))
            || body.startsWith(" of ", t.end()));
  }

  /**
   * A bare weekday or month counted from the document date by the tense of the verb group that
   * governs it ({@link Tense#governing}): the last one on or before the document date for the past,
   * the next one on or after it for the future. Otherwise a month keeps SUTime's value and a
   * weekday gets what SUTime gives it in a fresh process ({@link Tense#nearby}, else the closest
   * one). "that May", "March/April sold at" and "payable April one" are left to SUTime.
   */
  private static String byTense(
      Annotated doc, int start, int end, String text, String value, LocalDate anchor) {
    Matcher day = BARE_WEEKDAY.matcher(text);
    Matcher dayValue = DAY_VALUE.matcher(value);
    boolean isDay = day.matches() && dayValue.matches();
    Matcher month = BARE_MONTH.matcher(text);
    String body = doc.body();
    boolean isMonth =
        month.matches()
            && MONTH_VALUE.matcher(value).matches()
            && !NOT_A_MONTH_BEFORE.matcher(body.substring(Math.max(0, start - 6), start)).find()
            && !NOT_A_MONTH_AFTER
                .matcher(body.substring(end, Math.min(body.length(), end + 40)))
                .find();
    if (!isDay && !isMonth) {
      return value;
    }
    int first = doc.tokenAt(start);
    int last = doc.tokenAt(end - 1) + 1;
    Tense tense = Tense.governing(doc, first, last);
    if (isDay) {
      DayOfWeek weekday = DayOfWeek.valueOf(day.group(1).toUpperCase(Locale.ROOT));
      LocalDate date =
          switch (tense == Tense.NONE ? Tense.nearby(doc, first, last) : tense) {
            case PAST -> anchor.with(TemporalAdjusters.previousOrSame(weekday));
            case FUTURE -> anchor.with(TemporalAdjusters.nextOrSame(weekday));
            case NONE -> closest(anchor, weekday);
          };
      return date + (dayValue.group(2) == null ? "" : dayValue.group(2));
    }
    int m = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)).getValue();
    int year = anchor.getYear();
    if (tense == Tense.PAST && m > anchor.getMonthValue()) {
      year--;
    } else if (tense == Tense.FUTURE && m < anchor.getMonthValue()) {
      year++;
    } else if (tense == Tense.NONE) {
      return value;
    }
    return String.format(Locale.ROOT, "%04d-%02d", year, m);
  }

  /** The weekday nearest to {@code anchor}, as SUTime resolves a weekday without a tense cue. */
  private static LocalDate closest(LocalDate anchor, DayOfWeek weekday) {
    LocalDate next = anchor.with(TemporalAdjusters.nextOrSame(weekday));
    return ChronoUnit.DAYS.between(anchor, next) <= 3 ? next : next.minusWeeks(1);
  }

  /**
   * A month or quarter named without a year that contains the document date is this one: SUTime
   * puts "first quarter sales will be" written in February 1987 in 1988-Q1.
   */
  private static String thisYear(String text, String value, LocalDate anchor) {
    Matcher m = MONTH_OR_QUARTER.matcher(value);
    if (!m.matches() || text.chars().anyMatch(Character::isDigit) || SHIFTED.matcher(text).find()) {
      return value;
    }
    String part = m.group(2);
    boolean current =
        part.startsWith("Q")
            ? Integer.parseInt(part.substring(1)) == (anchor.getMonthValue() - 1) / 3 + 1
            : Integer.parseInt(part) == anchor.getMonthValue();
    return current ? anchor.getYear() + "-" + part : value;
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
                interval(a.value(), b.value()),
                null));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The ISO 8601 interval from {@code start} to {@code end}, with an end put before its start
   * fixed. SUTime puts the end of "Feb. 28-March 2" in the wrong year, and the tense can put a
   * month or weekday a year or a week apart from its partner: "rose between January and March"
   * written in February (March alone would be last year's) becomes this January to March; "ran from
   * Monday to Thursday" written on a Tuesday (Monday yesterday, Thursday five days ago) ends on
   * that Thursday and starts the Monday before it.
   */
  private static String interval(String start, String end) {
    if (MONTH_VALUE.matcher(start).matches() && MONTH_VALUE.matcher(end).matches()) {
      YearMonth a = YearMonth.parse(start);
      YearMonth b = YearMonth.parse(end);
      if (b.isBefore(a)) {
        b = b.withYear(a.getYear());
        return start + "/" + (b.isBefore(a) ? b.plusYears(1) : b);
      }
    }
    if (FULL_DATE.matcher(start).matches() && FULL_DATE.matcher(end).matches()) {
      try {
        LocalDate a = LocalDate.parse(start);
        LocalDate b = LocalDate.parse(end);
        if (b.isBefore(a) && b.plusWeeks(1).isAfter(a)) {
          return a.minusWeeks(1) + "/" + end;
        } else if (b.isBefore(a)) {
          b = b.withYear(a.getYear());
          return start + "/" + (b.isBefore(a) ? b.plusYears(1) : b);
        }
      } catch (DateTimeParseException e) {
        return start + "/" + end;
      }
    }
    return start + "/" + end;
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
