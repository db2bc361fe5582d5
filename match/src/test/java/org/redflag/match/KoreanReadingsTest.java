package org.redflag.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Schema;

class KoreanReadingsTest {

  @ParameterizedTest
  @CsvSource({"金正恩, kim jong un", "金日成, kim il song", "朴 正熙, park jong hui"})
  void korean_names_in_han_characters_get_their_korean_reading(String hanja, String reading) {
    assertThat(KoreanReadings.of(hanja)).isEqualTo(reading);
  }

  @ParameterizedTest
  @CsvSource({"金", "习近平", "Kim Jong Un", "金正恩正恩正"})
  void other_names_get_none(String name) {
    assertThat(KoreanReadings.of(name)).isNull();
  }

  @Test
  void a_korean_name_in_han_characters_matches_its_latin_spelling() {
    NameComparator c = NameComparator.standard();
    assertThat(c.score(Schema.PERSON, "金正恩", "Kim Jong Un")).isGreaterThanOrEqualTo(c.threshold());
    assertThat(c.score(Schema.PERSON, "金正恩", "Kim Il Sung")).isLessThan(c.threshold());
  }

  @Test
  void the_chinese_reading_is_still_tried() {
    assertThat(Names.readings("金正恩")).hasSize(2).first().isEqualTo("金正恩");
  }
}
