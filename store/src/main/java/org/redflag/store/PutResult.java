package org.redflag.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Store#put} did with a brief.
 *
 * @param documentId the content id of the document given
 * @param outcome whether it was new or a duplicate
 * @param storedAs id of the stored document it is now part of (itself when new)
 * @param similarity estimated word-shingle Jaccard similarity to {@code storedAs} (1 when exact)
 */
public record PutResult(String documentId, Outcome outcome, String storedAs, double similarity) {

  /** What happened to a brief. */
  public enum Outcome {
    /** Stored with its entities, events and claims. */
    NEW,
    /** The same text was already stored; its source was recorded. */
    DUPLICATE,
    /** A near-duplicate of a stored document; its source was recorded against that document. */
    NEAR_DUPLICATE
  }

  public PutResult {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(storedAs, "storedAs");
  }

  /** Whether anything but a source was written. */
  public boolean isNew() {
    return outcome == Outcome.NEW;
  }

  static PutResult of(String id, Outcome outcome, @Nullable String storedAs, double similarity) {
    return new PutResult(id, outcome, storedAs == null ? id : storedAs, similarity);
  }
}
