package org.redflag.model;

import java.util.Objects;

/**
 * A name found in a document.
 *
 * @param text the surface form, exactly {@code body.substring(start, end)}
 * @param start start offset (inclusive) into the document body
 * @param end end offset (exclusive)
 * @param type the type the detector assigned
 * @param detector which stage found it, e.g. {@code "corenlp"} or {@code "gazetteer"}
 */
public record Mention(String text, int start, int end, EntityType type, String detector) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detector, "detector");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether the two mentions share at least one character. */
  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }
}
