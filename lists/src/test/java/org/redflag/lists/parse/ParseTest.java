package org.redflag.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Korea, North | KP",
        "Russian Federation | RU",
        "Iran (Islamic Republic of) | IR",
        "IRQ | IQ",
        "by | BY",
        "Democratic Republic of the Congo | CD",
        "Côte d'Ivoire | CI",
        "Tunisian | Tunisian",
      })
  void country_names_and_codes_become_iso_alpha_2(String name, String code) {
    assertThat(Countries.codeOrName(name)).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "30 Aug 1954 | 1954-08-30",
        "Aug 1954 | 1954-08",
        "circa 1960 | 1960",
        "1954-08-30 | 1954-08-30",
        "06/19/2003 | 2003-06-19",
      })
  void list_dates_become_iso_prefixes(String text, String iso) {
    assertThat(Dates.parse(text)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1960 to 1962 | 1960,1962", "Between 1955 and 1958 | 1955,1958"})
  void ranges_give_both_ends(String text, String years) {
    assertThat(Dates.parseAll(text)).containsExactly(years.split(","));
  }
}
