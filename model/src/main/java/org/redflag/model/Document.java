package org.redflag.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text to analyze: its body, and the metadata that came with it.
 *
 * @param id content-derived identifier (see {@link #idOf(String)})
 * @param title title, or {@code null} when unknown
 * @param url where the text came from (a URL or a file path), or {@code null}
 * @param date the document date used to resolve relative dates, or {@code null} when unknown
 * @param body the text; offsets everywhere are Java {@code String} indices into it
 */
public record Document(
    String id,
    @Nullable String title,
    @Nullable String url,
    @Nullable LocalDate date,
    String body) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
  }

  /** Creates a document whose id is derived from its body. */
  public static Document of(
      @Nullable String title, @Nullable String url, @Nullable LocalDate date, String body) {
    return new Document(idOf(body), title, url, date, body);
  }

  /** Returns a copy with another document date. */
  public Document withDate(@Nullable LocalDate newDate) {
    return new Document(id, title, url, newDate, body);
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
