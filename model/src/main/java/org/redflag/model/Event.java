package org.redflag.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened (or is claimed, expected or denied), coded with PLOVER, with who says so
 * and the text that proves it.
 *
 * @param id id unique within the brief, e.g. {@code v1}
 * @param type PLOVER event type, e.g. {@code CONSULT}
 * @param mode PLOVER mode, e.g. {@code visit}, or {@code null}
 * @param context PLOVER contexts, e.g. {@code military}, {@code economic}
 * @param cameo the nearest CAMEO code, e.g. {@code 042}, or {@code null}
 * @param actor entity ids of the actors
 * @param recipient entity ids of the recipients
 * @param date TIMEX-like date of the event (not of the report), or {@code null}
 * @param location entity id of where it happened, or {@code null}
 * @param certainty one of {@link #CERTAINTIES}
 * @param cue the words that set the certainty ("may", "is expected to"), or {@code null} for a
 *     plain assertion
 * @param source entity id of who says so, or {@code "author"}
 * @param goods goods categories involved, e.g. {@code weapons}, {@code microchips}
 * @param route entity ids of the route goods take: origin, intermediaries, destination
 * @param evidence the text span that supports it
 * @param coder how the type was read: {@code dictionary} (a curated lemma entry) or {@code model}
 *     (the learned typer, for predicates the dictionary lacks or types differently); {@code null}
 *     when not known (events stored before the store kept it)
 */
public record Event(
    String id,
    String type,
    @Nullable String mode,
    List<String> context,
    @Nullable String cameo,
    List<String> actor,
    List<String> recipient,
    @Nullable String date,
    @Nullable String location,
    String certainty,
    @Nullable String cue,
    String source,
    List<String> goods,
    List<String> route,
    Span evidence,
    @Nullable String coder) {

  /** The certainty values, as written in the JSON contract. */
  public static final Set<String> CERTAINTIES = Set.of("fact", "expected", "speculative", "denied");

  /** The {@link #coder()} values: read from the curated dictionary, or typed by learned models. */
  public static final Set<String> CODERS = Set.of("dictionary", "model");

  /** Whether an event with this {@link #coder()} had its type inferred by the learned models. */
  public static boolean inferred(@Nullable String coder) {
    return "model".equals(coder);
  }

  /** The source of an event asserted by the document's own author. */
  public static final String AUTHOR = "author";

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    context = List.copyOf(context);
    actor = List.copyOf(actor);
    recipient = List.copyOf(recipient);
    Objects.requireNonNull(source, "source");
    goods = List.copyOf(goods);
    route = List.copyOf(route);
    Objects.requireNonNull(evidence, "evidence");
    if (!CERTAINTIES.contains(certainty)) {
      throw new IllegalArgumentException(
          "certainty must be one of " + CERTAINTIES + ", was " + certainty);
    }
    if (coder != null && !CODERS.contains(coder)) {
      throw new IllegalArgumentException("coder must be one of " + CODERS + ", was " + coder);
    }
  }

  /** This event under another id. */
  public Event withId(String newId) {
    return new Event(
        newId, type, mode, context, cameo, actor, recipient, date, location, certainty, cue, source,
        goods, route, evidence, coder);
  }

  /** Starts a builder for an event of {@code type} supported by {@code evidence}. */
  public static Builder builder(String id, String type, Span evidence) {
    return new Builder(id, type, evidence);
  }

  /**
   * A piece of the document.
   *
   * @param text the text, exactly {@code body.substring(start, end)}
   * @param start start offset
   * @param end end offset (exclusive)
   */
  public record Span(String text, int start, int end) {
    public Span {
      Objects.requireNonNull(text, "text");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  /** Collects an event's optional parts. */
  public static final class Builder {
    private final String id;
    private final String type;
    private final Span evidence;
    private @Nullable String mode;
    private final List<String> context = new ArrayList<>();
    private @Nullable String cameo;
    private final List<String> actor = new ArrayList<>();
    private final List<String> recipient = new ArrayList<>();
    private @Nullable String date;
    private @Nullable String location;
    private String certainty = "fact";
    private @Nullable String cue;
    private String source = AUTHOR;
    private final List<String> goods = new ArrayList<>();
    private final List<String> route = new ArrayList<>();
    private @Nullable String coder;

    private Builder(String id, String type, Span evidence) {
      this.id = id;
      this.type = type;
      this.evidence = evidence;
    }

    public Builder mode(@Nullable String value) {
      mode = value;
      return this;
    }

    public Builder context(String value) {
      if (!context.contains(value)) {
        context.add(value);
      }
      return this;
    }

    public Builder cameo(@Nullable String value) {
      cameo = value;
      return this;
    }

    public Builder actor(String entityId) {
      if (!actor.contains(entityId)) {
        actor.add(entityId);
      }
      return this;
    }

    public Builder recipient(String entityId) {
      if (!recipient.contains(entityId)) {
        recipient.add(entityId);
      }
      return this;
    }

    public Builder date(@Nullable String value) {
      date = value;
      return this;
    }

    public Builder location(@Nullable String entityId) {
      location = entityId;
      return this;
    }

    public Builder certainty(String value, @Nullable String cueWords) {
      certainty = value;
      cue = cueWords;
      return this;
    }

    public Builder source(String entityIdOrAuthor) {
      source = entityIdOrAuthor;
      return this;
    }

    public Builder goods(String category) {
      if (!goods.contains(category)) {
        goods.add(category);
      }
      return this;
    }

    public Builder route(List<String> entityIds) {
      route.clear();
      route.addAll(entityIds);
      return this;
    }

    /** How the event was typed: {@code dictionary} or {@code model}; null when not known. */
    public Builder coder(@Nullable String value) {
      coder = value;
      return this;
    }

    public Event build() {
      return new Event(
          id, type, mode, context, cameo, actor, recipient, date, location, certainty, cue, source,
          goods, route, evidence, coder);
    }
  }
}
