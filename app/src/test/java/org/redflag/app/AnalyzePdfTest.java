package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redflag analyze --format json report.pdf}: every mention, date and evidence span says on
 * which page of the PDF it is (issue 5), with the real models and a PDF written by PDFBox.
 */
class AnalyzePdfTest {
  static JsonNode brief;

  /** A PDF with one line of text on each page. */
  static void writePdf(Path file, String... pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (String line : pages) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          s.newLineAtOffset(72, 700);
          s.showText(line);
          s.endText();
        }
      }
      pdf.save(file.toFile());
    }
  }

  @BeforeAll
  static void analyzeATwoPageReport(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("report.pdf");
    writePdf(
        pdf,
        "Alexander Lukashenko arrived in Beijing on February 28, 2023.",
        "The US Department of Commerce blacklisted a number of Chinese companies.");
    CliTest.Run r =
        CliTest.run(
            "analyze",
            "--format",
            "json",
            "--home",
            dir.resolve("home").toString(),
            pdf.toString());
    assertThat(r.code()).as(r.err()).isZero();
    brief = new ObjectMapper().readTree(r.out());
  }

  static JsonNode entity(String name) {
    return StreamSupport.stream(brief.path("entities").spliterator(), false)
        .filter(e -> e.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + brief));
  }

  static List<Integer> pages(JsonNode mentions) {
    return StreamSupport.stream(mentions.spliterator(), false)
        .map(m -> m.path("page").asInt())
        .toList();
  }

  @Test
  void the_document_says_how_many_pages_it_has() {
    assertThat(brief.path("document").path("pages").asInt()).isEqualTo(2);
  }

  @Test
  void each_mention_carries_the_page_it_is_on() {
    assertThat(pages(entity("Alexander Lukashenko").path("mentions"))).containsOnly(1);
    assertThat(pages(entity("US Department of Commerce").path("mentions"))).containsOnly(2);
  }

  @Test
  void dates_and_evidence_carry_their_page() {
    assertThat(brief.path("dates"))
        .anySatisfy(
            d -> {
              assertThat(d.path("value").asText()).isEqualTo("2023-02-28");
              assertThat(d.path("page").asInt()).isEqualTo(1);
            });
    assertThat(brief.path("events"))
        .anySatisfy(
            v -> {
              assertThat(v.path("type").asText()).isEqualTo("SANCTION");
              assertThat(v.path("evidence").path("page").asInt()).isEqualTo(2);
            })
        .allSatisfy(v -> assertThat(v.path("evidence").has("page")).isTrue());
  }
}
