package org.redflag.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private static final String BODY = "Xi met Lukashenko.\n\f\nDrones reached Russia.\n";

  @Test
  void an_offset_is_on_the_page_that_starts_at_or_before_it() {
    int second = BODY.indexOf("Drones");
    Document doc = new Document("d", null, "report.pdf", null, BODY, List.of(0, second));
    assertThat(doc.pageAt(0)).hasValue(1);
    assertThat(doc.pageAt(BODY.indexOf("Lukashenko"))).hasValue(1);
    assertThat(doc.pageAt(second - 1)).hasValue(1);
    assertThat(doc.pageAt(second)).hasValue(2);
    assertThat(doc.pageAt(BODY.length())).hasValue(2);
  }

  @Test
  void text_without_pages_has_no_page_and_keeps_none_when_redated() {
    Document doc = Document.of(null, null, null, BODY);
    assertThat(doc.pages()).isEmpty();
    assertThat(doc.pageAt(3)).isEqualTo(OptionalInt.empty());
    Document pdf = new Document("d", null, null, null, BODY, List.of(0, 22));
    assertThat(pdf.withDate(LocalDate.of(2023, 2, 28)).pages()).containsExactly(0, 22);
  }

  @Test
  void page_starts_that_do_not_fit_the_body_are_refused() {
    assertThatThrownBy(() -> new Document("d", null, null, null, BODY, List.of(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page 1 starts at 5");
    assertThatThrownBy(() -> new Document("d", null, null, null, BODY, List.of(0, 9, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page 3 starts at 9");
    assertThatThrownBy(() -> new Document("d", null, null, null, BODY, List.of(0, 999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("within the body");
  }
}
