package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

class NerMentionsTest {

  private final NerMentions ner = new NerMentions();

  private List<Mention> mentions(String text) {
    return ner.find(Fixtures.annotate(text)).stream().map(Candidate::mention).toList();
  }

  @Test
  void pronouns_are_dropped() {
    assertThat(mentions("Alexander Lukashenko said he would announce his visit."))
        .extracting(Mention::text)
        .containsExactly("Alexander Lukashenko");
  }

  @Test
  void possessives_are_cut_off() {
    String text = "Lukashenka’s visit to China was announced by Lukashenka's office.";
    assertThat(mentions(text))
        .filteredOn(m -> m.text().startsWith("Lukashenka"))
        .allSatisfy(m -> assertThat(m.text()).isEqualTo("Lukashenka"))
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
  }

  @Test
  void adjectives_tagged_misc_are_not_names() {
    assertThat(mentions("It will delay Western arms supplies to Ukraine."))
        .extracting(Mention::text)
        .doesNotContain("Western");
  }

  @Test
  void persons_and_organizations_keep_their_corenlp_type() {
    assertThat(mentions("CIA chief William Burns spoke to CNN."))
        .extracting(Mention::text, Mention::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("William Burns", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("CNN", EntityType.ORGANIZATION));
  }
}
