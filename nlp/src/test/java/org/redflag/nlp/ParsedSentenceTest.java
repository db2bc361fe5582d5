package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.model.Document;

class ParsedSentenceTest {

  private static ParsedSentence parse(String text) {
    Analysis a =
        Fixtures.analyzer().analyze(Document.of(null, null, LocalDate.of(2023, 2, 28), text));
    assertThat(a.parses()).hasSameSizeAs(a.sentences());
    return a.parses().get(0);
  }

  private static int word(ParsedSentence s, String text) {
    return s.words().stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow().index();
  }

  @Test
  void enhanced_dependencies_name_the_preposition_and_words_carry_their_entity() {
    ParsedSentence s =
        parse("Beijing could transfer weapons to Moscow through the mediation of Belarus.");
    int transfer = word(s, "transfer");
    List<ParsedSentence.Arc> args = s.dependents(transfer);
    assertThat(args)
        .extracting(ParsedSentence.Arc::relation)
        .contains("nsubj", "obj", "obl:to", "obl:through", "aux");
    assertThat(s.words().get(word(s, "Moscow")).entity()).isNotNull();
    assertThat(s.words().get(word(s, "weapons")).entity()).isNull();
    assertThat(s.words().get(word(s, "Moscow")).start())
        .isEqualTo(s.span().text().indexOf("Moscow") + s.span().start());
  }

  @Test
  void a_modal_makes_the_event_uncertain_and_a_plain_past_is_a_fact() {
    ParsedSentence could = parse("Beijing could transfer weapons to Moscow.");
    assertThat(could.factuality(word(could, "transfer")).value()).isLessThan(2);
    ParsedSentence did = parse("Beijing transferred weapons to Moscow.");
    assertThat(did.factuality(word(did, "transferred")).value()).isGreaterThan(2.5);
  }
}
