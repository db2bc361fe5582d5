package org.redflag.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

class FeedTest {

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Desk</title><link>https://example.org/</link>
      <item><title>Sanctions widened</title><link>https://example.org/a</link>
        <pubDate>Tue, 28 Feb 2023 09:30:00 GMT</pubDate>
        <description>&lt;p&gt;The US blacklisted five firms.&lt;/p&gt;&lt;p&gt;More on Friday.&lt;/p&gt;</description>
      </item>
      <item><title>Tankers</title><link>https://example.org/b</link>
        <description>Three tankers changed flags.</description></item>
      <item><title>No text</title><link>https://example.org/c</link></item>
      </channel></rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Reports</title><id>urn:x</id>
        <updated>2023-03-01T10:00:00Z</updated>
        <entry><title>Drone parts</title><id>urn:1</id>
          <link href="https://example.org/drones"/>
          <updated>2023-03-01T10:00:00Z</updated>
          <summary>Short summary.</summary>
          <content type="html">&lt;p&gt;Parts reached Iran via a third country.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  private static List<Document> parse(String xml) {
    return Feed.parse(xml.getBytes(StandardCharsets.UTF_8), "feed.xml");
  }

  @Test
  void every_rss_item_with_text_becomes_a_document_with_title_link_and_date() {
    List<Document> docs = parse(RSS);
    assertThat(docs).hasSize(2);
    Document a = docs.get(0);
    assertThat(a.title()).isEqualTo("Sanctions widened");
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.date()).hasToString("2023-02-28");
    assertThat(a.body()).isEqualTo("The US blacklisted five firms.\n\nMore on Friday.\n");
    assertThat(docs.get(1).date()).isNull();
  }

  @Test
  void an_atom_entry_gives_its_full_content_rather_than_its_summary() {
    Document d = parse(ATOM).get(0);
    assertThat(d.title()).isEqualTo("Drone parts");
    assertThat(d.url()).isEqualTo("https://example.org/drones");
    assertThat(d.date()).hasToString("2023-03-01");
    assertThat(d.body()).isEqualTo("Parts reached Iran via a third country.\n");
  }

  @Test
  void an_external_entity_is_refused_not_resolved() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>x</title>
        <item><title>t</title><description>&secret;</description></item></channel></rss>
        """;
    assertThatThrownBy(() -> parse(xxe))
        .isInstanceOf(RedflagException.class)
        .hasMessageStartingWith("feed.xml: not a readable RSS or Atom feed")
        .hasMessageNotContaining("root:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not xml at all",
        "<html><body>a page</body></html>",
        "<rss version=\"2.0\"><channel><title>x</title></channel></rss>",
        "<rss version=\"2.0\"><channel><item><title>t</title>",
      })
  void a_bad_feed_is_one_clear_error(String xml) {
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(RedflagException.class)
        .hasMessageStartingWith("feed.xml: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
