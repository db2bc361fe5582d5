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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Issue 5: "the agency", "the department" ... are the organisation named last.
        "CIA Director William Burns travelled to Moscow in November. The agency said the talks"
            + " were useful. | CIA | The agency",
        "In this regard, the US Department of Commerce blacklisted a number of Chinese companies."
            + " The department said the firms had supplied Russia's army. | US Department of Commerce"
            + " | The department",
        "The Russian Defence Ministry said on Monday that its troops had left Kherson. Later the"
            + " ministry released a video of the withdrawal. | Russian Defence Ministry | the ministry",
        "Sberbank was cut off from SWIFT in March. The bank said its clients would not be"
            + " affected. | Sberbank | The bank",
        "Huawei was added to the Entity List in 2019. The company has denied any wrongdoing."
            + " | Huawei | The company",
        "CNN reported that Xinhua News Agency had published the statement. Hours later the agency"
            + " withdrew it. | Xinhua | the agency",
      })
  void an_organisation_described_by_its_kind_is_the_one_named_last(
      String text, String organisation, String description) {
    Analysis a = Fixtures.analyzer().analyze(Document.of(null, null, null, text));
    assertThat(descriptionsOf(a, organisation)).containsExactly(description);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The agency said the talks were useful.",
        // two departments in the sentence named last: which one is meant is unclear
        "The State Department and the Commerce Department announced new export rules on Friday."
            + " The department said the rules target Russia.",
        // part of a longer phrase
        "Gazprombank was sanctioned in November. The bank account of the embassy was frozen.",
        // a broadcaster (British Broadcasting Corporation) is not a company
        "The BBC reported the sanctions on Friday. The company later corrected the report.",
        // too far back
        "Huawei was added to the Entity List in 2019. Washington said it spied for Beijing. China"
            + " denied it. Trade talks stalled. Exports fell. The company has denied wrongdoing.",
      })
  void an_unclear_or_distant_organisation_is_not_guessed(String text) {
    Analysis a = Fixtures.analyzer().analyze(Document.of(null, null, null, text));
    assertThat(a.entities())
        .flatExtracting(Entity::mentions)
        .extracting(Mention::detector)
        .doesNotContain("description");
  }
}
