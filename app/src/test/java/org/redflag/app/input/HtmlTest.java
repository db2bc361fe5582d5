package org.redflag.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.redflag.model.Document;

class HtmlTest {

  private static final String PAGE =
      """
      <html><head><title>Site | Lukashenko in Beijing</title>
      <meta property="og:title" content="Lukashenko arrives in Beijing">
      <meta property="article:published_time" content="2023-02-28T09:15:00Z">
      <link rel="canonical" href="https://news.example/lukashenko-beijing">
      <script>var tracking = "Xi Jinping";</script></head>
      <body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <header><p>Subscribe to our newsletter</p></header>
      <article>
        <h1>Lukashenko arrives in Beijing</h1>
        <p>On Tuesday, February 28, Alexander Lukashenko arrived in Beijing on an official
        visit, as reported by his press service.</p>
        <p>He will hold talks with Chinese leader Xi Jinping, within which issues of trade and
        cooperation between China and Belarus will be raised.</p>
        <p>The result of the visit should be the signing of a large package of documents.</p>
      </article>
      <aside><p>Related: Ten recipes for the weekend</p></aside>
      <footer><p>Copyright 2023 Example News. All rights reserved.</p></footer>
      </body></html>
      """;

  @Test
  void the_article_text_is_kept_and_boilerplate_dropped() {
    Document doc = Html.parse(PAGE, "file:///tmp/page.html");
    assertThat(doc.body())
        .contains("Alexander Lukashenko arrived in Beijing")
        .contains("Chinese leader Xi Jinping")
        .doesNotContain("tracking")
        .doesNotContain("Subscribe")
        .doesNotContain("recipes")
        .doesNotContain("Copyright");
  }

  @Test
  void paragraphs_stay_separate() {
    Document doc = Html.parse(PAGE, "file:///tmp/page.html");
    assertThat(doc.body()).contains("press service.\n\nHe will hold talks");
  }

  @Test
  void metadata_comes_from_the_page() {
    Document doc = Html.parse(PAGE, "file:///tmp/page.html");
    assertThat(doc.title()).isEqualTo("Lukashenko arrives in Beijing");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(doc.url()).isEqualTo("https://news.example/lukashenko-beijing");
  }

  @Test
  void a_page_without_an_article_still_gives_its_text() {
    Document doc = Html.parse("<html><body><div>Just one line of text.</div></body></html>", "u");
    assertThat(doc.body()).contains("Just one line of text.");
  }
}
