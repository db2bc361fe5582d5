package org.redflag.nlp;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Event;

/**
 * Who says what a sentence says, and how sure it is.
 *
 * @param sentence the sentence, with offsets into the body
 * @param source entity id of the speaker or publication ("Burns announced", "according to CNN",
 *     "the report of the ISW"), or {@code "author"} when the text names none
 * @param sourceCue the words that name the source, or {@code null}; present with source {@code
 *     "author"} when the speaker is unnamed ("Analysts say" before any report is named)
 * @param carried whether the source was carried over from an earlier sentence of the same report
 * @param certainty {@code fact}, {@code expected}, {@code speculative} or {@code denied}, as in
 *     {@link Event#certainty()}
 * @param certaintyCue the words that decide the certainty ("may", "is expected", "denied"), or
 *     {@code null} for a plain fact
 */
public record SentenceReport(
    Event.Span sentence,
    String source,
    Event.@Nullable Span sourceCue,
    boolean carried,
    String certainty,
    Event.@Nullable Span certaintyCue) {

  public SentenceReport {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(certainty, "certainty");
  }
}
