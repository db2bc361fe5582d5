package org.redflag.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

class TextTest {

  @Test
  void header_lines_become_metadata_and_the_body_starts_after_the_blank_line() {
    Document doc =
        Text.parse("title: A title\ndate: 2023-02-28\nurl: https://x.org/a\n\nBody text.\n", "f");
    assertThat(doc.title()).isEqualTo("A title");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(doc.url()).isEqualTo("https://x.org/a");
    assertThat(doc.body()).isEqualTo("Body text.\n");
  }

  @Test
  void text_without_a_header_is_all_body_and_named_by_its_source() {
    Document doc = Text.parse("Lukashenko arrived in Beijing.\nMore.", "in.txt");
    assertThat(doc.title()).isNull();
    assertThat(doc.url()).isEqualTo("in.txt");
    assertThat(doc.body()).isEqualTo("Lukashenko arrived in Beijing.\nMore.");
  }

  @Test
  void a_line_that_merely_starts_like_a_header_word_is_body() {
    Document doc = Text.parse("Titles: none here\n\nText", "f");
    assertThat(doc.body()).startsWith("Titles: none here");
  }

  @Test
  void windows_line_ends_are_normalized() {
    Document doc = Text.parse("title: T\r\n\r\nLine one\r\nLine two", "f");
    assertThat(doc.body()).isEqualTo("Line one\nLine two");
  }

  @Test
  void a_bad_header_date_is_bad_input_naming_the_file() {
    assertThatThrownBy(() -> Text.parse("date: 28/02/2023\n\nBody", "a.txt"))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("a.txt")
        .hasMessageContaining("28/02/2023");
  }

  @Test
  void binary_bytes_are_rejected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    assertThatThrownBy(() -> Text.decode(png, "x.txt"))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void latin1_bytes_are_rejected_as_not_utf8() {
    byte[] latin1 = "Lukaschenko sagte: \u00fcber".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Text.decode(latin1, "x.txt"))
        .isInstanceOf(RedflagException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void a_byte_order_mark_is_dropped() {
    assertThat(Text.decode("\uFEFFabc".getBytes(StandardCharsets.UTF_8), "f")).isEqualTo("abc");
  }
}
