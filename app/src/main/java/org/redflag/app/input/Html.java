package org.redflag.app.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;

/**
 * Extracts the article from an HTML page: title, date and URL from the page's metadata, and the
 * main text without navigation, ads and other boilerplate (Mozilla Readability's algorithm, via
 * Readability4J), one paragraph per block.
 */
final class Html {
  private static final String BLOCKS =
      "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption";
  private static final String DATE_META =
      "meta[property=article:published_time], meta[name=article:published_time],"
          + " meta[itemprop=datePublished], meta[name=date], meta[name=pubdate],"
          + " meta[name=DC.date.issued], meta[property=og:published_time]";

  private Html() {}

  /** Parses a page into a document; {@code url} resolves relative links and names the source. */
  static Document parse(String html, String url) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, url);
    String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title());
    LocalDate date = Text.tryParseDate(meta(page, DATE_META));
    if (date == null) {
      Element time = page.selectFirst("time[datetime]");
      date = time == null ? null : Text.tryParseDate(time.attr("datetime"));
    }
    String canonical = page.select("link[rel=canonical]").attr("abs:href");
    Article article = new Readability4JExtended(url, page.clone()).parse();
    Element content = article.getArticleContent();
    String body = content == null ? "" : blocksText(content);
    if (body.isBlank()) {
      body = blocksText(page.body());
    }
    return Document.of(
        title == null || title.isBlank() ? article.getTitle() : title,
        canonical.isBlank() ? url : canonical,
        date,
        body);
  }

  /** The text of the block elements under {@code root}, one per paragraph, in order. */
  static String blocksText(Element root) {
    List<String> paragraphs = new ArrayList<>();
    Elements blocks = root.select(BLOCKS);
    Set<Element> isBlock = Collections.newSetFromMap(new IdentityHashMap<>());
    isBlock.addAll(blocks);
    for (Element block : blocks) {
      if (block.parents().stream().anyMatch(isBlock::contains)) {
        continue; // a block inside a block: its text is already in the outer one
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty()) {
      return root.text().strip();
    }
    return String.join("\n\n", paragraphs) + "\n";
  }

  private static @Nullable String meta(org.jsoup.nodes.Document page, String query) {
    Element m = page.selectFirst(query);
    return m == null ? null : m.attr("content");
  }

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    return a != null && !a.isBlank() ? a.strip() : b == null || b.isBlank() ? null : b.strip();
  }
}
