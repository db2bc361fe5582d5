package org.redflag.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 0: rewrites the body so that CoreNLP reads it better, keeping every character at its offset
 * (the result has the same length, so offsets into it are offsets into the body).
 *
 * <ul>
 *   <li>{@code mid-March}, {@code early-2023}, {@code late-summer}: the hyphen becomes a space,
 *       because SUTime reads "mid-March 2023" as "mid-March" (no year) plus "2023" but "mid March
 *       2023" as 2023-03 with modifier MID;
 *   <li>{@code February 28-March 2}: the hyphen between a day and a month becomes a space, so that
 *       SUTime sees two dates (and {@link DateExtractor} a range) instead of "Feb.";
 *   <li>a line break inside a wrapped paragraph becomes a space, because sentences break at every
 *       remaining newline (headlines and paragraphs have no final period). A break counts as a wrap
 *       when its line is at least {@value #MIN_WRAPPED_LINE} characters long and does not end with
 *       sentence punctuation;
 *   <li>carriage returns and other vertical white space become spaces or newlines.
 * </ul>
 */
final class TextNormalizer {

  /** Lines shorter than this are headlines or list items, not wrapped paragraph lines. */
  static final int MIN_WRAPPED_LINE = 50;

  private static final Pattern MODIFIER_HYPHEN =
      Pattern.compile(
          "\\b(?i:mid|early|late)(-)(?=(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
              + "|spring|summer|autumn|fall|winter|year|month|week|decade|century|\\d{4}))");

  private static final Pattern DAY_HYPHEN_MONTH =
      Pattern.compile(
          "(?<=\\d)(-)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s*\\d)");

  private TextNormalizer() {}

  static String normalize(String body) {
    char[] out = body.toCharArray();
    Matcher m = MODIFIER_HYPHEN.matcher(body);
    while (m.find()) {
      out[m.start(1)] = ' ';
    }
    m = DAY_HYPHEN_MONTH.matcher(body);
    while (m.find()) {
      out[m.start(1)] = ' ';
    }
    int lineStart = 0;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\r' || c == '\u000B' || c == '\f') {
        out[i] = (c == '\r') ? ' ' : '\n';
        c = out[i];
      }
      if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out[i] = '\n';
        c = '\n';
      }
      if (c == '\n') {
        if (isWrap(out, lineStart, i)) {
          out[i] = ' ';
        } else {
          lineStart = i + 1;
        }
      }
    }
    return new String(out);
  }

  private static boolean isWrap(char[] text, int lineStart, int newline) {
    int end = newline;
    while (end > lineStart && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end - lineStart < MIN_WRAPPED_LINE) {
      return false;
    }
    int next = newline + 1;
    if (next >= text.length || text[next] == '\n' || text[next] == '\r') {
      return false;
    }
    char last = text[end - 1];
    return ".!?:;\"”’)]".indexOf(last) < 0;
  }
}
