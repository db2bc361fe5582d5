package org.redflag.app.input;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME: one document per item, with the item's
 * title, link, date (published, else updated) and text (its full content when the feed carries it,
 * else its summary; HTML reduced to paragraphs). Document type declarations are refused, so no
 * external entity is ever resolved; items without text are skipped, and at most {@value #MAX_ITEMS}
 * items are read.
 */
final class Feed {

  static final int MAX_ITEMS = 1000;

  private Feed() {}

  /**
   * Parses the feed in {@code bytes}.
   *
   * @throws RedflagException when it is not a well-formed feed or has no item with text
   */
  static List<Document> parse(byte[] bytes, String name) {
    return items(bytes, name).stream().map(Item::doc).toList();
  }

  /**
   * One item of a feed as a document.
   *
   * @param summaryOnly whether the feed gave only a summary (no full content) for it
   */
  record Item(Document doc, boolean summaryOnly) {}

  /**
   * Parses the feed in {@code bytes} into its items with text.
   *
   * @throws RedflagException when it is not a well-formed feed or has no item with text
   */
  static List<Item> items(byte[] bytes, String name) {
    SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(false);
    SyndFeed feed;
    try {
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw RedflagException.badInput(
          name + ": not a readable RSS or Atom feed (" + reason(e) + ")");
    }
    List<Item> docs = new ArrayList<>();
    for (SyndEntry item : feed.getEntries()) {
      if (docs.size() >= MAX_ITEMS) {
        break;
      }
      String body = text(item);
      if (!body.isBlank()) {
        Document doc =
            Document.of(
                blankToNull(item.getTitle()), blankToNull(item.getLink()), date(item), body);
        docs.add(new Item(doc, item.getContents().stream().allMatch(c -> c.getValue() == null)));
      }
    }
    if (docs.isEmpty()) {
      throw RedflagException.badInput(name + ": a feed without any item that has text");
    }
    return docs;
  }

  private static String text(SyndEntry item) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : item.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank() && item.getDescription() != null) {
      html.append(item.getDescription().getValue());
    }
    String value = html.toString();
    if (value.isBlank()) {
      return "";
    }
    String text = Html.blocksText(Jsoup.parseBodyFragment(value).body());
    return text.endsWith("\n") ? text : text + "\n";
  }

  private static @Nullable LocalDate date(SyndEntry item) {
    Date d = item.getPublishedDate() != null ? item.getPublishedDate() : item.getUpdatedDate();
    return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m.lines().findFirst().orElse(m);
  }
}
