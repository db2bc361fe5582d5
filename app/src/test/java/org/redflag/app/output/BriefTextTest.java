package org.redflag.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.model.Brief;
import org.redflag.model.Event;
import picocli.CommandLine.Help.Ansi;

class BriefTextTest {

  static Brief withEvents(List<Event> events) {
    Brief b = BriefJsonTest.BRIEF;
    return new Brief(b.document(), b.entities(), b.dates(), events);
  }

  @Test
  void events_are_a_timeline_with_names_certainty_and_source() {
    Event.Span evidence = new Event.Span("Lukashenko met Xi on February 28.", 0, 33);
    Event undated =
        Event.builder("v1", "AID", evidence)
            .actor("e2")
            .recipient("e1")
            .goods("weapons")
            .route(List.of("e2", "e1"))
            .certainty("speculative", "could")
            .source("e1")
            .build();
    Event dated =
        Event.builder("v2", "CONSULT", evidence)
            .mode("visit")
            .cameo("042")
            .actor("e1")
            .recipient("e2")
            .date("2023-02-28")
            .build();
    String text = BriefText.render(withEvents(List.of(undated, dated)), Ansi.OFF);
    assertThat(text.substring(text.indexOf("EVENTS")))
        .isEqualTo(
            "EVENTS\n"
                + "  2023-02-28 CONSULT/visit (042 make a visit): Lukashenko -> Xi (fact)\n"
                + "  undated    AID: Xi -> Lukashenko [weapons] (speculative, says Lukashenko)\n");
  }

  @Test
  void a_brief_without_events_says_so() {
    String text = BriefText.render(withEvents(List.of()), Ansi.OFF);
    assertThat(text).endsWith("EVENTS\n  none found\n");
  }
}
