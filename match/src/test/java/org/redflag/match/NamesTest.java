package org.redflag.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          LUKASHENKA, Alyaksandr Hryhoryavich       | lukashenka alyaksandr hryhoryavich
          Лукашэнка Аляксандр Рыгоравіч             | lukashenka alyaksandr ryhoravich
          Александр Григорьевич Лукашенко           | aleksandr grigoryevich lukashenko
          Віталій Кличко                            | vitaliy klychko
          习近平                                     | xi jinping
          President Vladimir PUTIN                  | vladimir putin
          Dr. Ayman al-Zawahiri                     | ayman al zawahiri
          José Ñúñez O'Brien                        | jose nunez obrien
          Rosneft Oil Company                       | rosneft oil co
          Alpha Trading Limited Liability Company   | alpha trading llc
          ООО Ромашка                               | ooo romashka
          Aeroflot P.J.S.C.                         | aeroflot pjsc
          Siemens Aktiengesellschaft                | siemens ag
          Ｆｕｌｌｗｉｄｔｈ                           | fullwidth
          عبد الله                                  | abdullah
          مُحَمَّد علي                                | muhammad ali
          김정은                                     | kim jeong eun
          山田太郎                                   | yamada taro
          林峰                                      | lin feng
          翼 佐藤                                    | yi sato
          BAH AG MOUSSA                             | bah ag moussa
          """)
  void normalize_transliterates_folds_and_drops_titles(String name, String expected) {
    assertThat(Names.normalize(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~ {1} >= {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lukashenka                          | Lukashenko                              | 0.85
          Alexander Lukashenko                | Lukashenka Alyaksandr                   | 0.85
          Alexander                           | Aliaksandr                              | 0.8
          Aleksandr                           | Alyaksandr                              | 0.8
          Grigorievich                        | Hryhoryavich                            | 0.8
          Mohammed                            | Muhammad                                | 0.8
          John Smith                          | Jon Smith                               | 0.9
          Vladimir Putin                      | PUTIN, Vladimir                         | 1.0
          Лукашенко Александр                 | Alexander Lukashenko                    | 0.85
          Oleksandr                           | Alexander                               | 0.9
          Yousef                              | Yusuf                                   | 0.9
          Adbul                               | Abdul                                   | 0.85
          """)
  void similarity_tolerates_transliteration_variants(String a, String b, double atLeast) {
    assertThat(Names.similarity(a, b)).isGreaterThanOrEqualTo(atLeast);
    assertThat(Names.similarity(b, a)).isEqualTo(Names.similarity(a, b));
  }

  @ParameterizedTest(name = "{0} ~ {1} < {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lukashenko                          | Lukashev                                | 0.8
          Xi Jinping                          | Xie Xiaoyong                            | 0.4
          William Burns                       | Williams Bruns Trading                  | 0.8
          Hassan Rouhani                      | Hussein Ali                             | 0.5
          """)
  void similarity_keeps_different_names_apart(String a, String b, double below) {
    assertThat(Names.similarity(a, b)).isLessThan(below);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lukashenka | Lukashenko | Lukashev
          Alexander  | Aliaksandr | Alexis
          """)
  void similarity_ranks_the_variant_above_a_lookalike(String a, String variant, String other) {
    assertThat(Names.similarity(a, variant)).isGreaterThan(Names.similarity(a, other) + 0.1);
  }
}
