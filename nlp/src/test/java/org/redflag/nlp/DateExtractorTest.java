package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.DateMention;

/**
 * Date expressions in news-style sentences, normalized against a document date. The sentences are
 * written for this test in the style of sanctions reporting (the research-only corpora are not
 * copied into the repository).
 */
class DateExtractorTest {

  private final DateExtractor dates = new DateExtractor();

  @ParameterizedTest(name = "{2} on {1} -> {3} {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | document date | expression | value | modifier
        "This is discussed in the report dated February 28. | 2023-02-28 | February 28 | 2023-02-28 |",
        "On February 25, Burns spoke. | 2023-02-28 | February 25 | 2023-02-25 |",
        "He will stay until March 2. | 2023-02-28 | March 2 | 2023-03-02 | ON_OR_BEFORE",
        "The operation was used in December 2022. | 2023-02-28 | December 2022 | 2022-12 |",
        "He will visit Iran in mid-March 2023. | 2023-02-28 | mid-March 2023 | 2023-03 | MID",
        "Talks are planned for early March. | 2023-02-28 | early March | 2023-03 | EARLY",
        "Prices rose in late 2022. | 2023-02-28 | late 2022 | 2022 | LATE",
        "Deliveries resumed at the end of 2022. | 2023-02-28 | the end of 2022 | 2022 | LATE",
        "During a three-day stay he signed deals. | 2023-02-28 | three-day | P3D |",
        "According to CNN on Feb. 28, China helped. | 2023-02-28 | Feb. 28 | 2023-02-28 |",
        "He arrived on Tuesday. | 2023-02-28 | Tuesday | 2023-02-28 |",
        "The minister left on Monday. | 2023-02-28 | Monday | 2023-02-27 |",
        "It happened yesterday. | 2023-02-28 | yesterday | 2023-02-27 |",
        "The envoy arrives tomorrow. | 2023-02-28 | tomorrow | 2023-03-01 |",
        "The list was updated last week. | 2023-02-28 | last week | 2023-W08 |",
        "The council meets again next week. | 2023-02-28 | next week | 2023-W10 |",
        "Last month, the EU adopted its tenth package. | 2023-02-28 | Last month | 2023-01 |",
        "Exports fell in 2021. | 2023-02-28 | 2021 | 2021 |",
        "Exports fell last year. | 2023-02-28 | last year | 2022 |",
        "The ban takes effect next year. | 2023-02-28 | next year | 2024 |",
        "In the first quarter of 2023, exports rose. | 2023-02-28 | the first quarter of 2023 | 2023-Q1 |",
        "Trade doubled in the 1990s. | 2023-02-28 | the 1990s | 199X |",
        "Russia invaded on 24 February 2022. | 2023-02-28 | 24 February 2022 | 2022-02-24 |",
        "The decree was signed on February 24, 2022. | 2023-02-28 | February 24, 2022 | 2022-02-24 |",
        "The vessel docked on 3 March. | 2023-02-28 | 3 March | 2022-03-03 |",
        "The vessel will dock on 3 March. | 2023-02-28 | 3 March | 2023-03-03 |",
        "The firm was listed in May 2019. | 2023-02-28 | May 2019 | 2019-05 |",
        "The program ran for two weeks. | 2023-02-28 | two weeks | P2W |",
        "The embargo lasted five years. | 2023-02-28 | five years | P5Y |",
        "Over the past three years, trade doubled. | 2023-02-28 | the past three years | P3Y |",
        "Sanctions have been in place since 2014. | 2023-02-28 | 2014 | 2014 | ON_OR_AFTER",
        "The deal must be signed by March 15. | 2023-02-28 | March 15 | 2023-03-15 | ON_OR_BEFORE",
        "Exports fell after February 24, 2022. | 2023-02-28 | February 24, 2022 | 2022-02-24 | AFTER",
        "Shipments rose before March 2022. | 2023-02-28 | March 2022 | 2022-03 | BEFORE",
        "He stays from February 28 until March 2. | 2023-02-28 | February 28 until March 2 | 2023-02-28/2023-03-02 |",
        "The talks ran from 28 February to 2 March 2023. | 2023-02-28 | 28 February to 2 March 2023 | 2023-02-28/2023-03-02 |",
        "Prices rose between January and March. | 2023-02-28 | January and March | 2023-01/2023-03 |",
        "He stayed Feb. 28-March 2 in Beijing. | 2023-02-28 | Feb. 28-March 2 | 2023-02-28/2023-03-02 |",
        "Russia invaded on 24 February 2022. Two days later, the EU acted. | 2023-02-28 | Two days later | 2022-02-26 |",
        "The ship left on May 3, 2022. The next day it turned off its transponder. | 2023-02-28 | The next day | 2022-05-04 |",
        "The group seized Mosul in 2014. The following year it lost Tikrit. | 2019-03-23 | The following year | 2015 |",
        "Iraqi troops launched an assault on the ISIS bastion on Thursday. | 2023-02-28 | Thursday | 2023-02-23 |",
        "Iraqi troops launched an assault on the ISIS bastion early on Thursday. | 2023-02-28 | early on Thursday | 2023-02-23 | EARLY",
        "On Sunday, the council will vote to extend the sanctions. | 2023-02-28 | Sunday | 2023-03-05 |",
        "The envoy arrived on Thursday, February 23. | 2023-02-28 | Thursday, February 23 | 2023-02-23 |",
        "Iraqi troops launched an assault on the ISIS bastion in March. | 2023-02-28 | March | 2022-03 |",
        "The ministers will meet again in Brussels in January. | 2023-02-28 | January | 2024-01 |",
        "Exports were suspended until at least March. | 2023-02-28 | March | 2023-03 |",
        "The talks ran from Monday to Thursday. | 2023-02-28 | Monday to Thursday | 2023-02-20/2023-02-23 |",
        "This is discussed in the report dated February 28. | | February 28 | XXXX-02-28 |",
        "The operation was used in December 2022. | | December 2022 | 2022-12 |",
      })
  void expressions_are_normalized_against_the_document_date(
      String sentence, String docDate, String text, String value, String modifier) {
    LocalDate date = docDate == null ? null : LocalDate.parse(docDate);
    List<DateMention> found = dates.find(Fixtures.annotate(sentence, date), date);
    assertThat(found).extracting(DateMention::text).contains(text);
    DateMention d = found.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    assertThat(d.value()).isEqualTo(value);
    assertThat(d.modifier()).isEqualTo(modifier);
    assertThat(sentence.substring(d.start(), d.end())).isEqualTo(text);
  }

  @Test
  void a_weekday_does_not_take_the_tense_of_an_earlier_document() {
    LocalDate date = LocalDate.of(2023, 2, 28);
    dates.find(Fixtures.annotate("The ministers will meet on Monday.", date), date);
    assertThat(dates.find(Fixtures.annotate("Talks in Geneva on Monday.", date), date))
        .extracting(DateMention::value)
        .containsExactly("2023-02-27");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "It is currently unclear what happened recently.",
        "The nine-year-old girl was taken to a camp.",
        "They expect prices to fall in the spring of next year.",
        "After the fall of Mosul, the group retreated.",
        "He was detained for a week.",
      })
  void vague_references_ages_and_verbs_are_not_dates(String sentence) {
    LocalDate date = LocalDate.of(2019, 4, 10);
    assertThat(dates.find(Fixtures.annotate(sentence, date), date))
        .extracting(DateMention::text)
        .doesNotContain("currently", "recently", "nine-year-old", "fall", "week");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mid March | | MID",
        "early 2023 | | EARLY",
        "the end of 2022 | | LATE",
        "the beginning of March | | EARLY",
        "March 2023 | START | EARLY",
        "March 2023 | | ",
      })
  void modifiers_come_from_the_words_then_from_sutime(String text, String mod, String expected) {
    assertThat(DateExtractor.modifier(text, mod)).isEqualTo(expected);
  }
}
