package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private final Gazetteer gazetteer = new Gazetteer(ActorTable.bundled());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Analysts say the Kremlin may be using him. | Kremlin | RU | true",
        "He spoke of the People’s Republic of China today. | People’s Republic of China | CN | false",
        "Beijing could secretly transfer weapons. | Beijing | CN | true",
        "He arrived in Beijing on Tuesday. | Beijing | CN | false",
        "The UAF counteroffensive was delayed. | UAF | UAF | false",
        "The Commerce Department blacklisted them. | Commerce Department | USDOC | false",
        "Belarusian defense enterprises can produce weapons. | Belarusian | BY | false",
      })
  void finds_the_longest_form_with_its_actor_and_sense(
      String sentence, String text, String actor, boolean government) {
    List<Candidate> found = gazetteer.find(Fixtures.annotate(sentence));
    assertThat(found).hasSize(1);
    Candidate c = found.get(0);
    assertThat(c.mention().text()).isEqualTo(text);
    assertThat(sentence.substring(c.start(), c.end())).isEqualTo(text);
    assertThat(c.form()).isNotNull();
    assertThat(c.form().actor().id()).isEqualTo(actor);
    assertThat(c.government()).isEqualTo(government);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"The usage of chinese tea is up.", "Usbekistan is not a form."})
  void matches_only_whole_tokens_in_their_case(String sentence) {
    assertThat(gazetteer.find(Fixtures.annotate(sentence))).isEmpty();
  }
}
