package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentDateTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'Published: February 28, 2023\\nLukashenko arrives on Tuesday.' | 2023-02-28",
        "'MINSK, Feb. 28, 2023 - Lukashenko arrived.' | 2023-02-28",
        "'28 February 2023\\nThe visit began.' | 2023-02-28",
        "'2023-02-28 Lukashenko arrived.' | 2023-02-28",
        "'Lukashenko arrived on Tuesday, February 28.' | ",
        "'The war began in 2022 and goes on.' | ",
      })
  void a_full_date_in_the_dateline_is_the_document_date(String escaped, String expected) {
    String body = escaped.replace("\\n", "\n");
    assertThat(DocumentDate.find(body))
        .isEqualTo(expected == null ? null : java.time.LocalDate.parse(expected));
  }
}
