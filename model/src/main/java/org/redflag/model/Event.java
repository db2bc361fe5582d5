package org.redflag.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened (or is claimed, expected or denied), coded with PLOVER.
 *
 * @param type PLOVER event type, e.g. {@code CONSULT}
 * @param mode PLOVER mode, e.g. {@code visit}, or {@code null}
 * @param actor entity ids of the actors
 * @param recipient entity ids of the recipients
 * @param date TIMEX-like date of the event (not of the report), or {@code null}
 * @param certainty {@code fact}, {@code expected}, {@code speculative} or {@code denied}
 * @param source entity id of who says so, or {@code "author"}
 * @param evidence the text span that supports it
 */
public record Event(
    String type,
    @Nullable String mode,
    List<String> actor,
    List<String> recipient,
    @Nullable String date,
    String certainty,
    String source,
    Span evidence) {

  public Event {
    Objects.requireNonNull(type, "type");
    actor = List.copyOf(actor);
    recipient = List.copyOf(recipient);
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * A piece of the document.
   *
   * @param text the text
   * @param start start offset
   * @param end end offset (exclusive)
   */
  public record Span(String text, int start, int end) {}
}
