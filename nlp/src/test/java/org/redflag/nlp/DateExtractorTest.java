package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.DateMention;

class DateExtractorTest {

  private final DateExtractor dates = new DateExtractor();

  @ParameterizedTest(name = "{0} on {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | document date | expression | value | modifier
        "This is discussed in the report dated February 28. | 2023-02-28 | February 28 | 2023-02-28 |",
        "On February 25, Burns spoke. | 2023-02-28 | February 25 | 2023-02-25 |",
        "He will stay until March 2. | 2023-02-28 | March 2 | 2023-03-02 |",
        "The operation was used in December 2022. | 2023-02-28 | December 2022 | 2022-12 |",
        "He will visit Iran in mid-March 2023. | 2023-02-28 | mid-March 2023 | 2023-03 | MID",
        "Talks are planned for early March. | 2023-02-28 | early March | 2023-03 | EARLY",
        "Prices rose in late 2022. | 2023-02-28 | late 2022 | 2022 | LATE",
        "During a three-day stay he signed deals. | 2023-02-28 | three-day | P3D |",
        "According to CNN on Feb. 28, China helped. | 2023-02-28 | Feb. 28 | 2023-02-28 |",
        "He arrived on Tuesday. | 2023-02-28 | Tuesday | 2023-02-28 |",
        "It happened yesterday. | 2023-02-28 | yesterday | 2023-02-27 |",
        "The list was updated last week. | 2023-02-28 | last week | 2023-W08 |",
        "Exports fell in 2021. | 2023-02-28 | 2021 | 2021 |",
        "This is discussed in the report dated February 28. | | February 28 | XXXX-02-28 |",
      })
  void expressions_are_normalized_against_the_document_date(
      String sentence, String docDate, String text, String value, String modifier) {
    LocalDate date = docDate == null ? null : LocalDate.parse(docDate);
    List<DateMention> found = dates.find(Fixtures.annotate(sentence, date));
    assertThat(found).extracting(DateMention::text).contains(text);
    DateMention d = found.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    assertThat(d.value()).isEqualTo(value);
    assertThat(d.modifier()).isEqualTo(modifier);
    assertThat(sentence.substring(d.start(), d.end())).isEqualTo(text);
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
