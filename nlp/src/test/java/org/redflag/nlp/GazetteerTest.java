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
      value = {
        "Serbia rejected an Australian ultimatum. | Australian | AU | DEMONYM | false",
        "Ivory Coast rebels rejected a Senegalese peace plan. | Senegalese | SN | DEMONYM | false",
        "Ivory Coast rebels rejected a Senegalese peace plan. | Ivory Coast | CI | NAME | false",
        "Kazakh exporters shipped the chips. | Kazakh | KZ | DEMONYM | false",
        "The Kyrgyz government denied it. | Kyrgyz | KG | DEMONYM | false",
        "Emirati banks froze the accounts. | Emirati | AE | DEMONYM | false",
        "The goods were re-exported from a warehouse in Bishkek. | Bishkek | KG | CAPITAL | false",
        "Bishkek denies the claim. | Bishkek | KG | CAPITAL | true",
        "Jordanian officials met Chadian envoys. | Jordanian | JO | DEMONYM | false",
        "Jordanian officials met Chadian envoys. | Chadian | TD | DEMONYM | false",
        "Papua New Guinean and Guinean ministers met. | Papua New Guinean | PG | DEMONYM | false",
        "Papua New Guinean and Guinean ministers met. | Guinean | GN | DEMONYM | false",
        "South Sudanese and Sudanese troops clashed. | South Sudanese | SS | DEMONYM | false",
        "South Sudanese and Sudanese troops clashed. | Sudanese | SD | DEMONYM | false",
        "Fighting spread in the DRC and in DR Congo. | DR Congo | CD | NAME | false",
        "Greek Cypriot banks reopened. | Greek Cypriot | CY | DEMONYM | false",
        "Malacañang said the deal is off. | Malacañang | PH | SEAT | true",
      })
  void finds_new_country_forms(
      String sentence, String text, String actor, ActorTable.Sense sense, boolean government) {
    List<Candidate> found = gazetteer.find(Fixtures.annotate(sentence));
    assertThat(found)
        .filteredOn(c -> c.mention().text().equals(text))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(sentence.substring(c.start(), c.end())).isEqualTo(text);
              assertThat(c.form()).isNotNull();
              assertThat(c.form().actor().id()).isEqualTo(actor);
              assertThat(c.form().sense()).isEqualTo(sense);
              assertThat(c.government()).isEqualTo(government);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The usage of chinese tea is up.",
        "Usbekistan is not a form.",
        "Chad Daniels met Victoria Jordan in Kingston, Georgia, on a male ward.",
        "Georgians voted in Georgetown and Wellington while Santiago and Sofia watched.",
        "Western arms reached the capital, a senior Korean said.",
      })
  void matches_only_whole_tokens_in_their_case(String sentence) {
    assertThat(gazetteer.find(Fixtures.annotate(sentence))).isEmpty();
  }
}
