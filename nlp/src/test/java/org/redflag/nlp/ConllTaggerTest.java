package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConllTaggerTest {

  @Test
  void tags_a_sentence_in_iob2_over_the_conll_types() {
    List<String> tokens =
        List.of(
            "CIA", "chief", "William", "Burns", "said", "China", "helps", "Russian", "firms", ".");
    assertThat(NameTagger.load(s -> {}).tag(tokens))
        .containsExactly("B-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-MISC", "O", "O");
  }

  @Test
  void an_empty_sentence_has_no_tags() {
    assertThat(NameTagger.load(s -> {}).tag(List.of())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PERSON PERSON O LOCATION | B-PER I-PER O B-LOC",
        "ORGANIZATION LOCATION LOCATION | B-ORG B-LOC I-LOC",
        "B-MISC I-MISC B-MISC | B-MISC I-MISC B-MISC",
        "I-PER I-PER O I-ORG | B-PER I-PER O B-ORG",
        "DATE O MISC | O O B-MISC",
      })
  void labels_become_iob2(String labels, String expected) {
    assertThat(ConllTagger.iob2(Arrays.asList(labels.split(" "))))
        .containsExactly(expected.split(" "));
  }
}
