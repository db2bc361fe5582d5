package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Document;
import org.redflag.model.Entity;

/** Who says so, on the sentences of the example article (issue 5). */
class AttributionFinderTest {

  private static Analysis analysis;
  private static Map<String, String> names;

  @BeforeAll
  static void analyzeExample() {
    Document doc = Fixtures.example();
    analysis = Fixtures.analyzer().analyze(doc);
    names = analysis.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
  }

  private static SentenceReport sentence(String prefix) {
    return analysis.sentences().stream()
        .filter(s -> s.sentence().text().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sentence starts with " + prefix));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence start | source | cue | carried
        "Analysts say the Kremlin | author | Analysts say | false",
        "This is discussed | Institute for the Study of War | report of the Institute for the Study of War | false",
        "Alexander Lukashenko may be involved | Institute for the Study of War | report of the Institute for the Study of War | true",
        "Analysts also mentioned | Institute for the Study of War | Analysts also mentioned | false",
        "Despite the fact | Institute for the Study of War | analysts suggested | false",
        "The publication says | Institute for the Study of War | The publication says | false",
        "On Tuesday, February 28 | Alexander Lukashenko | reported by his press service | false",
        "According to CNN | CNN | According to CNN | false",
        "In this regard | CNN | According to CNN | true",
        "Recall that on February 21 | Alexander Lukashenko | Alexander Lukashenko announced | false",
        "Lukashenko said | Alexander Lukashenko | Lukashenko said | false",
        "Lukashenka is expected | author | | false",
      })
  void each_sentence_gets_its_source(String prefix, String source, String cue, boolean carried) {
    SentenceReport s = sentence(prefix);
    assertThat(names.getOrDefault(s.source(), s.source())).isEqualTo(source);
    assertThat(s.sourceCue() == null ? null : s.sourceCue().text()).isEqualTo(cue);
    assertThat(s.carried()).isEqualTo(carried);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Analysts say the Kremlin | speculative | may",
        "Alexander Lukashenko may be involved | speculative | may",
        "This is discussed | fact | ",
        "It is expected that | expected | is expected",
        "Analysts also mentioned | speculative | can",
        "Despite the fact | speculative | could",
        "The Kremlin and Lukashenko likely | speculative | likely",
        "On Tuesday, February 28 | fact | ",
        "“This visit will be | expected | will",
        "Lukashenka is expected | expected | is expected",
        "The result of the visit | expected | should",
        "According to CNN | fact | ",
        "Lukashenko said | expected | expects",
      })
  void each_sentence_gets_its_certainty_with_the_cue(String prefix, String level, String cue) {
    SentenceReport s = sentence(prefix);
    assertThat(s.certainty()).isEqualTo(level);
    assertThat(s.certaintyCue() == null ? null : s.certaintyCue().text()).isEqualTo(cue);
  }

  @org.junit.jupiter.api.Test
  void sentence_and_cue_offsets_cut_their_text_out_of_the_body() {
    String body = Fixtures.example().body();
    Map<String, SentenceReport> all =
        analysis.sentences().stream()
            .collect(Collectors.toMap(s -> s.sentence().text(), Function.identity(), (a, b) -> a));
    assertThat(all).hasSizeGreaterThan(15);
    for (SentenceReport s : analysis.sentences()) {
      assertThat(body.substring(s.sentence().start(), s.sentence().end()))
          .isEqualTo(s.sentence().text());
      if (s.sourceCue() != null) {
        assertThat(body.substring(s.sourceCue().start(), s.sourceCue().end()))
            .isEqualTo(s.sourceCue().text());
      }
      if (s.certaintyCue() != null) {
        assertThat(body.substring(s.certaintyCue().start(), s.certaintyCue().end()))
            .isEqualTo(s.certaintyCue().text());
      }
    }
  }
}
