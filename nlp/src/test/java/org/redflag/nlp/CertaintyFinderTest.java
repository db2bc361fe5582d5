package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Certainty cues on single sentences. */
class CertaintyFinderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministry blacklisted 13 Chinese companies. | fact | ",
        "Beijing could secretly transfer weapons to Moscow. | speculative | could",
        "China was considering supplying lethal weapons. | speculative | considering",
        "The shipment reportedly reached Minsk in May. | speculative | reportedly",
        "The firm appears to have shipped drones. | speculative | appears",
        "Lukashenka is expected to sign agreements. | expected | is expected",
        "The talks are scheduled to start on Monday. | expected | are scheduled",
        "Minsk plans to expand its exports. | expected | plans",
        "He will hold talks with Xi Jinping. | expected | will",
        "The Kremlin denied the report. | denied | denied",
        "China did not supply weapons to Russia. | denied | not",
        "Iran has never delivered missiles to Russia. | denied | never",
        "China may not supply weapons to Russia. | speculative | may",
        "Not only China but also Iran helped. | fact | ",
      })
  void a_sentence_is_fact_expected_speculative_or_denied(String text, String level, String cue) {
    Annotated doc = Fixtures.annotate(text);
    CertaintyFinder.Certainty c = CertaintyFinder.certainty(doc, 0, doc.tokens().size());
    assertThat(c.level()).isEqualTo(level);
    assertThat(c.cue() == null ? null : c.cue().text()).isEqualTo(cue);
  }
}
