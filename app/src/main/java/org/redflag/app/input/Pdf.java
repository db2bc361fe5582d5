package org.redflag.app.input;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

/**
 * Reads the text of a PDF report with PDFBox, page by page: pages are separated by a line holding
 * only a form feed ({@link #PAGE_BREAK}), and the document keeps the offset at which each page
 * starts ({@link Document#pages}), so any offset of the body maps back to its page. Title and date
 * (creation, else modification) come from the document information. At most {@value #MAX_PAGES}
 * pages are read, the text may be no longer than the input size limit, and decompressed streams may
 * take at most {@value #MEMORY_FACTOR} times that limit in memory.
 */
final class Pdf {

  static final int MAX_PAGES = 2000;

  /** How many times the input size limit decompressed PDF streams may take in memory. */
  static final long MEMORY_FACTOR = 16;

  /** Between two pages: a newline, a form feed, a newline (sentences never cross it). */
  static final String PAGE_BREAK = "\n\f\n";

  private Pdf() {}

  /**
   * Extracts the document from the PDF in {@code bytes}.
   *
   * @throws RedflagException when it is not a PDF, is encrypted, has no text or too many pages
   */
  static Document parse(byte[] bytes, String name, long maxChars) {
    // Decompressed streams may take at most MEMORY_FACTOR times the file size: a "zip bomb"
    // inside a PDF fails with an IOException instead of filling the heap.
    MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(MEMORY_FACTOR * maxChars);
    try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), memory.streamCache)) {
      int pages = pdf.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw RedflagException.badInput(
            name + ": " + pages + " pages, more than the limit of " + MAX_PAGES);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      StringBuilder body = new StringBuilder();
      List<Integer> starts = new ArrayList<>();
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        if (p > 1) {
          body.append(PAGE_BREAK);
        }
        starts.add(body.length());
        body.append(stripper.getText(pdf).strip());
        if (body.length() > maxChars) {
          throw RedflagException.badInput(
              name + ": more than " + maxChars + " characters of text (raise it with --max-size)");
        }
      }
      if (body.toString().replace("\f", "").isBlank()) {
        throw RedflagException.badInput(
            name + ": no text in this PDF (a scan? redflag does not run OCR)");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      String title = info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle();
      String text = body.append('\n').toString();
      return new Document(Document.idOf(text), title, name, date(info), text, starts);
    } catch (InvalidPasswordException e) {
      throw RedflagException.badInput(name + ": the PDF is encrypted");
    } catch (IOException e) {
      throw RedflagException.badInput(name + ": not a readable PDF (" + e.getMessage() + ")");
    }
  }

  private static @Nullable LocalDate date(PDDocumentInformation info) {
    Calendar c =
        info.getCreationDate() != null ? info.getCreationDate() : info.getModificationDate();
    return c == null ? null : LocalDate.ofInstant(c.toInstant(), c.getTimeZone().toZoneId());
  }
}
