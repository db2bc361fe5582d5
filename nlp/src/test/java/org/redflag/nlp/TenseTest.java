package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tense that governs a date, on single sentences. */
class TenseTest {

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | date word | tense of its governing group
        "Iraqi troops launched an assault on the ISIS bastion on Thursday. | Thursday | PAST",
        "Thursday's attack on the convoy killed 12 soldiers. | Thursday | PAST",
        "The ministers have met on Saturday. | Saturday | PAST",
        "The council had voted on Thursday. | Thursday | PAST",
        "The envoy was killed on Friday. | Friday | PAST",
        "The ministers will meet on Thursday. | Thursday | FUTURE",
        "The envoy is expected to arrive on Friday. | Friday | FUTURE",
        "The council is due to meet on Thursday. | Thursday | FUTURE",
        "The council plans to vote on Thursday. | Thursday | FUTURE",
        "The council is going to vote on Thursday. | Thursday | FUTURE",
        "The report is due on Thursday. | Thursday | FUTURE",
        "The envoy arrives on Friday. | Friday | NONE",
        "Officials said the sanctions would be lifted on Friday. | Friday | NONE",
        "The envoy was expected to arrive on Friday. | Friday | NONE",
        "Exports were suspended until at least March. | March | NONE",
        "The summit endorsed a plan for a congress to be held in December. | December | NONE",
        "Talks in Geneva on Friday. | Friday | NONE",
      })
  void the_governing_verb_group_tells_past_from_future(String text, String word, Tense tense) {
    Annotated doc = Fixtures.annotate(text);
    int at = indexOf(doc, word);
    assertThat(Tense.governing(doc, at, at + 1)).isEqualTo(tense);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministry said it would act on Friday. | Friday | FUTURE",
        "Officials said the sanctions would be lifted on Friday. | Friday | NONE",
        "Officials said on Friday that talks resume. | Friday | PAST",
        "The envoy arrives on Friday. | Friday | NONE",
      })
  void nearby_is_sutimes_two_word_window(String text, String word, Tense tense) {
    Annotated doc = Fixtures.annotate(text);
    int at = indexOf(doc, word);
    assertThat(Tense.nearby(doc, at, at + 1)).isEqualTo(tense);
  }

  private static int indexOf(Annotated doc, String word) {
    return doc.tokens().stream()
        .filter(t -> t.word().equals(word))
        .findFirst()
        .orElseThrow()
        .index();
  }
}
