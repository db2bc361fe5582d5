package org.redflag.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.redflag.model.Brief;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.Mention;
import org.redflag.model.SanctionHit;

/** Hand-made briefs: no language models in store tests. */
final class TestBriefs {
  private TestBriefs() {}

  static final String STORY =
      "Belarusian leader Alexander Lukashenko arrived in Beijing on February 28 for a three-day"
          + " visit. Lukashenko met Chinese President Xi Jinping. Analysts say Belarus may be"
          + " helping Russia obtain microchips from China through front companies in Minsk.";

  /** A brief over {@link #STORY} (or a variant of it) with three entities and one event. */
  static Brief story(String body, String url) {
    Document doc = Document.of("Lukashenko in Beijing", url, LocalDate.of(2023, 2, 28), body);
    List<Entity> entities = new ArrayList<>();
    entities.add(
        entity(
            body,
            "e1",
            "Alexander Lukashenko",
            EntityType.PERSON,
            "BY",
            List.of("Alexander Lukashenko", "Lukashenko"),
            List.of(
                new SanctionHit(
                    "ofac-sdn",
                    "9760",
                    "LUKASHENKO, Aleksandr Grigoryevich",
                    List.of("BELARUS"),
                    0.93,
                    "LUKASHENKO, Aleksandr",
                    "name 0.93"))));
    entities.add(
        entity(body, "e2", "China", EntityType.COUNTRY, "CN", List.of("China"), List.of()));
    entities.add(
        entity(body, "e3", "Russia", EntityType.COUNTRY, "RU", List.of("Russia"), List.of()));
    int at = Math.max(0, body.indexOf("Belarus may"));
    Event event =
        Event.builder("v1", "AID", new Event.Span(body.substring(at, at + 11), at, at + 11))
            .mode("supply")
            .actor("e1")
            .recipient("e3")
            .date("2023-02")
            .certainty("speculative", "may")
            .goods("microchips")
            .route(List.of("e2", "e1", "e3"))
            .build();
    List<DateMention> dates = new ArrayList<>();
    int d = body.indexOf("February 28");
    if (d >= 0) {
      dates.add(new DateMention("February 28", d, d + 11, "2023-02-28", null));
    }
    return new Brief(doc, entities, dates, List.of(event));
  }

  static Brief story(int n) {
    StringBuilder notes = new StringBuilder(STORY).append(" Report number ").append(n).append(':');
    for (int i = 0; i < 60; i++) {
      notes.append(" note").append(n).append('x').append(i);
    }
    return story(notes.toString(), "https://example.org/" + n);
  }

  /** An entity whose mentions are every occurrence of its aliases in {@code body}. */
  static Entity entity(
      String body,
      String id,
      String name,
      EntityType type,
      String country,
      List<String> aliases,
      List<SanctionHit> hits) {
    List<Mention> mentions = new ArrayList<>();
    for (String alias : aliases) {
      for (int i = body.indexOf(alias); i >= 0; i = body.indexOf(alias, i + 1)) {
        mentions.add(new Mention(alias, i, i + alias.length(), type, "test"));
      }
    }
    return new Entity(id, name, type, country, aliases, mentions, false, hits);
  }
}
