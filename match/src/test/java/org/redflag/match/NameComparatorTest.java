package org.redflag.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Schema;

class NameComparatorTest {

  /**
   * Rows of {@code ofac_parity_fixtures.csv}: scores captured from OFAC's Sanctions List Search by
   * opensanctions/nomenklatura (MIT).
   */
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VLADIMIR PUTIN    | PUTIN, Vladimir             | 100
          VLADIMIR PUTIN    | VLADIMIR BILIY              | 90
          PUTIN VLADIMIR    | TURIN, Vladimir             | 92
          PUTIN             | PUTINA, Maria               | 97
          PUTIN             | PTI                         | 88
          KIM JONG UN       | KIM, Jong Man               | 100
          XI JINPING        | YANG, Jianping              | 97
          J.P. MORGAN       | MORGUN, Oleg Valerevich     | 94
          OSAMA BIN LADEN   | BIN LADIN, Osama            | 97
          GEORGE BUSH       | HASWANI, George             | 50
          """)
  void the_ofac_scorer_reproduces_ofac_scores(String query, String listed, int ofac) {
    double score = NameComparator.ofac().score(Schema.PERSON, query, listed);

    assertThat(score * 100).isCloseTo(ofac, within(1.0));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lukashenka              | Lukashenko             | true
          Vladimir Putin          | PUTIN, Vladimir        | true
          محمد علي                | Mohamed Ali            | true
          Abdulrahman Al Masri    | ABDUL RAHMAN, al-Masri | true
          Zhang Jiangping         | ZHANG, Jiang Ping      | true
          Xi Jinping              | Xie Xiaoyong           | false
          Lukashenko              | Lukashev               | false
          """)
  void the_standard_scorer_decides_like_the_screener(String a, String b, boolean match) {
    NameComparator standard = NameComparator.standard();

    assertThat(standard.score(Schema.PERSON, a, b) >= standard.threshold()).isEqualTo(match);
  }

  @Test
  void scores_stay_between_zero_and_one_for_any_input() {
    Random random = new Random(7);
    String alphabet = "abcxyz .,'-Лукашэнаіўмحمدعلي习近平김정은";
    for (int i = 0; i < 2000; i++) {
      String a = randomString(random, alphabet);
      String b = randomString(random, alphabet);
      for (NameComparator c :
          new NameComparator[] {NameComparator.standard(), NameComparator.ofac()}) {
        assertThat(c.score(Schema.PERSON, a, b)).isBetween(0.0, 1.0);
      }
      assertThat(Names.similarity(a, b)).isBetween(0.0, 1.0);
    }
  }

  private static String randomString(Random random, String alphabet) {
    int length = random.nextInt(16);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
