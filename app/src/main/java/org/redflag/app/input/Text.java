package org.redflag.app.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

/**
 * Reads plain text: strict UTF-8, and an optional header of {@code title:}, {@code date:} and
 * {@code url:} lines ended by a blank line.
 */
final class Text {
  private static final Pattern HEADER =
      Pattern.compile("(?i)^(title|date|url)[ \\t]*:[ \\t]*(.*?)[ \\t]*$");

  private Text() {}

  /**
   * Decodes bytes as UTF-8 text.
   *
   * @throws RedflagException when the bytes are binary or not UTF-8
   */
  static String decode(byte[] bytes, String name) {
    for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
      if (bytes[i] == 0) {
        throw RedflagException.badInput(name + ": looks like a binary file, not text");
      }
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw RedflagException.badInput(name + ": not UTF-8 text (convert it, e.g. with iconv)");
    }
  }

  /** Parses text with an optional header into a document. */
  static Document parse(String text, String name) {
    String t = text.replace("\r\n", "\n");
    String title = null;
    String url = null;
    LocalDate date = null;
    int bodyStart = 0;
    int pos = 0;
    boolean sawHeader = false;
    while (pos < t.length()) {
      int eol = t.indexOf('\n', pos);
      String line = eol < 0 ? t.substring(pos) : t.substring(pos, eol);
      int next = eol < 0 ? t.length() : eol + 1;
      if (line.isBlank()) {
        if (sawHeader) {
          bodyStart = next;
        }
        break;
      }
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        break;
      }
      sawHeader = true;
      String value = m.group(2);
      switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "title" -> title = value;
        case "url" -> url = value;
        default -> date = parseDate(value, name);
      }
      pos = next;
      bodyStart = next;
    }
    String body = t.substring(bodyStart);
    return Document.of(title, url != null ? url : name, date, body);
  }

  /**
   * Parses an ISO date (a longer timestamp is cut to its date).
   *
   * @throws RedflagException when the value is not a date
   */
  static LocalDate parseDate(String value, String where) {
    String v = value.trim();
    try {
      return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw RedflagException.badInput(
          where + ": date '" + value + "' is not an ISO date like 2023-02-28");
    }
  }

  /** Like {@link #parseDate} but returns null for values that are not dates. */
  static @Nullable LocalDate tryParseDate(@Nullable String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
