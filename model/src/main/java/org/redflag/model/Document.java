package org.redflag.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A text to analyze: its body, and the metadata that came with it.
 *
 * @param id content-derived identifier (see {@link #idOf(String)})
 * @param title title, or {@code null} when unknown
 * @param url where the text came from (a URL or a file path), or {@code null}
 * @param date the document date used to resolve relative dates, or {@code null} when unknown
 * @param body the text; offsets everywhere are Java {@code String} indices into it
 * @param pages the body offset at which each page starts, page 1 first (at 0), for a paged input
 *     such as a PDF; empty for text without pages
 */
public record Document(
    String id,
    @Nullable String title,
    @Nullable String url,
    @Nullable LocalDate date,
    String body,
    List<Integer> pages) {

  /**
   * Validates the document.
   *
   * @throws IllegalArgumentException when the page starts do not begin at 0, do not increase, or
   *     fall outside the body
   */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    pages = List.copyOf(pages);
    for (int i = 0; i < pages.size(); i++) {
      int start = pages.get(i);
      if (i == 0 ? start != 0 : start <= pages.get(i - 1) || start > body.length()) {
        throw new IllegalArgumentException(
            "page "
                + (i + 1)
                + " starts at "
                + start
                + ": pages must start at 0, increase and"
                + " lie within the body of "
                + body.length()
                + " characters");
      }
    }
  }

  /** A document without pages. */
  public Document(
      String id,
      @Nullable String title,
      @Nullable String url,
      @Nullable LocalDate date,
      String body) {
    this(id, title, url, date, body, List.of());
  }

  /** Creates a document whose id is derived from its body. */
  public static Document of(
      @Nullable String title, @Nullable String url, @Nullable LocalDate date, String body) {
    return new Document(idOf(body), title, url, date, body);
  }

  /** Returns a copy with another document date. */
  public Document withDate(@Nullable LocalDate newDate) {
    return new Document(id, title, url, newDate, body, pages);
  }

  /** The 1-based page of the body offset {@code offset}; empty when the document has no pages. */
  public OptionalInt pageAt(int offset) {
    if (pages.isEmpty()) {
      return OptionalInt.empty();
    }
    int page = 1;
    while (page < pages.size() && pages.get(page) <= offset) {
      page++;
    }
    return OptionalInt.of(page);
  }

  /** The first 16 hex digits of the SHA-256 of the body: equal bodies get equal ids. */
  public static String idOf(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
