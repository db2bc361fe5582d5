package org.redflag.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored document and where it was received from.
 *
 * @param id content id
 * @param title title, or {@code null}
 * @param url where it was first read from, or {@code null}
 * @param date document date (ISO), or {@code null}
 * @param body the text; every stored offset indexes into it
 * @param sources every copy received, the first one first
 */
public record StoredDocument(
    String id,
    @Nullable String title,
    @Nullable String url,
    @Nullable String date,
    String body,
    List<Source> sources) {

  public StoredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    sources = List.copyOf(sources);
  }

  /**
   * One copy of a document as received.
   *
   * @param contentId content id of the copy's text (differs from the document's for a
   *     near-duplicate)
   * @param url where it was read from, or {@code null}
   * @param title its title, or {@code null}
   * @param similarity estimated similarity to the stored text, 1 for an exact copy
   * @param receivedAt when it was received (ISO instant)
   */
  public record Source(
      String contentId,
      @Nullable String url,
      @Nullable String title,
      double similarity,
      String receivedAt) {}
}
