package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "in mid-March 2023 | in mid March 2023",
        "by early-2024 | by early 2024",
        "late-summer talks | late summer talks",
        "a mid-sized firm | a mid-sized firm",
        "Mid-February | Mid February",
        "a well-known mid-level official | a well-known mid-level official",
      })
  void modifier_hyphens_before_dates_become_spaces(String in, String out) {
    assertThat(TextNormalizer.normalize(in)).isEqualTo(out).hasSameSizeAs(in);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a wrapped paragraph line is joined
        "'The sanctions imposed on the Russian Federation in connection with\\nthe war' | true",
        // a headline keeps its line break
        "'Lukashenka’s visit to China\\nOn Tuesday' | false",
        // a long line ending a sentence keeps its line break
        "'The sanctions imposed on the Russian Federation were widened today.\\nNext' | false",
      })
  void only_wrapped_lines_are_joined(String escaped, boolean joined) {
    String in = escaped.replace("\\n", "\n");
    String out = TextNormalizer.normalize(in);
    assertThat(out).hasSameSizeAs(in);
    assertThat(out.contains("\n")).isEqualTo(!joined);
  }

  @ParameterizedTest
  @CsvSource({"'a\r\nb'", "'x\u2028y'"})
  void every_rewrite_keeps_the_length(String in) {
    assertThat(TextNormalizer.normalize(in)).hasSameSizeAs(in).doesNotContain("\r", "\u2028");
  }
}
