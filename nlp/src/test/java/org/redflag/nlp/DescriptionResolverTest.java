package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.Mention;

class DescriptionResolverTest {

  private static List<String> descriptionsOf(Analysis a, String alias) {
    return a.entities().stream()
        .filter(e -> e.aliases().contains(alias))
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.detector().equals("description"))
        .map(Mention::text)
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lukashenka arrived in Beijing. The Belarusian leader will sign deals. | Lukashenka"
            + " | The Belarusian leader",
        "Chinese leader Xi Jinping met him. Later the Chinese president spoke. | Xi Jinping"
            + " | the Chinese president",
        "Khamenei spoke on Sunday. Iran’s supreme leader warned the West. | Khamenei"
            + " | Iran’s supreme leader",
      })
  void a_leader_described_by_country_is_the_leader_named_in_the_article(
      String text, String person, String description) {
    Analysis a = Fixtures.analyzer().analyze(Document.of(null, null, null, text));
    assertThat(descriptionsOf(a, person)).containsExactly(description);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The Belarusian leader will sign deals in Beijing.",
        "Putin met Lukashenka. The Belarusian opposition leader protested.",
      })
  void without_exactly_one_leader_nothing_is_added(String text) {
    Analysis a = Fixtures.analyzer().analyze(Document.of(null, null, null, text));
    assertThat(a.entities())
        .flatExtracting(Entity::mentions)
        .extracting(Mention::detector)
        .doesNotContain("description");
  }
}
