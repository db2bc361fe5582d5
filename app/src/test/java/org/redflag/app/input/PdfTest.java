package org.redflag.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

class PdfTest {

  /** A PDF with one line of text on each of its pages, a title and a creation date. */
  static byte[] twoPages(String title, String... lines) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          s.newLineAtOffset(72, 700);
          s.showText(line);
          s.endText();
        }
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2023, Calendar.FEBRUARY, 28, 12, 0);
      info.setCreationDate(created);
      pdf.setDocumentInformation(info);
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void a_two_page_report_keeps_its_pages_title_and_date() {
    byte[] bytes =
        twoPages("Evasion report", "Xi met Lukashenko in Beijing.", "Drones reached Russia.");
    Document doc = Pdf.parse(bytes, "report.pdf", 1 << 20);
    assertThat(doc.title()).isEqualTo("Evasion report");
    assertThat(doc.date()).hasToString("2023-02-28");
    assertThat(doc.url()).isEqualTo("report.pdf");
    assertThat(doc.body()).isEqualTo("Xi met Lukashenko in Beijing.\n\f\nDrones reached Russia.\n");
    assertThat(doc.pages()).containsExactly(0, doc.body().indexOf("Drones"));
    assertThat(doc.pageAt(doc.body().indexOf("Lukashenko"))).hasValue(1);
    assertThat(doc.pageAt(doc.body().indexOf("Drones"))).hasValue(2);
  }

  @Test
  void a_file_that_is_not_a_pdf_is_one_clear_error() {
    assertThatThrownBy(
            () -> Pdf.parse("%PDF-1.4 junk".getBytes(StandardCharsets.US_ASCII), "x.pdf", 1000))
        .isInstanceOf(RedflagException.class)
        .hasMessageStartingWith("x.pdf: not a readable PDF");
  }

  @Test
  void a_pdf_without_text_or_with_too_much_text_is_bad_input() {
    assertThatThrownBy(() -> Pdf.parse(twoPages("Scan", " "), "scan.pdf", 1000))
        .hasMessageContaining("no text in this PDF");
    assertThatThrownBy(() -> Pdf.parse(twoPages("Long", "a long line", "another"), "l.pdf", 5))
        .hasMessageContaining("more than 5 characters");
  }
}
