package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.Mention;

class PronounResolverTest {

  private static List<Mention> pronounsOf(Entity e) {
    return e.mentions().stream().filter(m -> m.detector().equals("pronoun")).toList();
  }

  @Test
  void every_he_and_his_of_the_example_is_lukashenko() {
    Analysis a = Fixtures.analyzer().analyze(Fixtures.example());
    Entity lukashenko =
        a.entities().stream().filter(e -> e.aliases().contains("Lukashenka")).findFirst().get();
    assertThat(pronounsOf(lukashenko))
        .extracting(Mention::text)
        .containsExactly("his", "his", "he", "he", "his", "he");
    assertThat(a.entities())
        .filteredOn(e -> e != lukashenko)
        .allSatisfy(e -> assertThat(pronounsOf(e)).isEmpty());
    assertThat(lukashenko.aliases()).doesNotContain("he", "his");
  }

  @Test
  void a_pronoun_with_no_person_in_reach_stays_unresolved() {
    Analysis a =
        Fixtures.analyzer()
            .analyze(
                Document.of(
                    null,
                    null,
                    null,
                    "Xi Jinping met officials.\nThe talks were long.\nThe weather was cold.\n"
                        + "They said he would return."));
    assertThat(a.entities()).allSatisfy(e -> assertThat(pronounsOf(e)).isEmpty());
  }
}
