package org.redflag.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoCodesTest {

  @Test
  void a_code_says_what_it_means() {
    assertThat(EventCoder.describe("042")).isEqualTo("make a visit");
    assertThat(EventCoder.describe("163")).isEqualTo("impose embargo, boycott, or sanctions");
    assertThat(EventCoder.describe("100")).isEqualTo("demand");
    assertThat(EventCoder.describe("999")).isNull();
    assertThat(EventCoder.describe(null)).isNull();
  }

  @Test
  void every_code_the_dictionaries_and_the_typer_give_is_described() {
    List<String> codes = new ArrayList<>(SentenceTyper.ROOT_CAMEO.values());
    for (String table : List.of("plover.tsv", "codebook.tsv")) {
      Tables.rows(table).forEach(f -> codes.add(f[5]));
    }
    assertThat(codes).allSatisfy(c -> assertThat(EventCoder.describe(c)).as(c).isNotNull());
  }
}
