package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

class MentionMergerTest {

  private final MentionMerger merger = new MentionMerger();
  private final ActorTable table = ActorTable.bundled();

  private Candidate gazetteer(String text, int start, String form) {
    return new Candidate(
        new Mention(text, start, start + text.length(), EntityType.COUNTRY, "gazetteer"),
        table.form(form).orElseThrow(),
        false);
  }

  private static Candidate ner(String text, int start, EntityType type) {
    return new Candidate(
        new Mention(text, start, start + text.length(), type, "corenlp"), null, false);
  }

  @Test
  void on_equal_spans_the_gazetteer_wins_over_a_mistyped_ner_mention() {
    List<Candidate> merged =
        merger.merge(
            List.of(gazetteer("Kremlin", 4, "Kremlin")),
            List.of(ner("Kremlin", 4, EntityType.LOCATION)));
    assertThat(merged)
        .singleElement()
        .extracting(c -> c.mention().detector())
        .isEqualTo("gazetteer");
  }

  @Test
  void the_longer_span_wins() {
    List<Candidate> merged =
        merger.merge(
            List.of(gazetteer("People’s Republic of China", 10, "People's Republic of China")),
            List.of(
                ner("Republic of China", 19, EntityType.LOCATION),
                ner("Beijing Institute of Technology", 40, EntityType.ORGANIZATION),
                ner("Moscow", 90, EntityType.LOCATION)));
    assertThat(merged)
        .extracting(c -> c.mention().text())
        .containsExactly("People’s Republic of China", "Beijing Institute of Technology", "Moscow");
  }

  @Test
  void a_person_span_that_starts_with_a_country_is_cut_after_it() {
    List<Candidate> merged =
        merger.merge(
            List.of(gazetteer("Belarus", 20, "Belarus")),
            List.of(ner("Belarus Xie Xiaoyong", 20, EntityType.PERSON)));
    assertThat(merged)
        .extracting(c -> c.mention().text(), c -> c.mention().start())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Belarus", 20),
            org.assertj.core.groups.Tuple.tuple("Xie Xiaoyong", 28));
  }
}
