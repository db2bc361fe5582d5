package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.EntityType;

class ActorTableTest {

  private final ActorTable table = ActorTable.bundled();

  @Test
  void the_bundled_table_has_a_version() {
    assertThat(table.version()).matches("\\d{4}-\\d{2}-\\d{2}\\.\\d+");
    assertThat(table.actors()).hasSizeGreaterThan(50);
  }

  @ParameterizedTest
  @CsvSource({
    "Kremlin, RU, SEAT, COUNTRY",
    "Moscow, RU, CAPITAL, COUNTRY",
    "Russian, RU, DEMONYM, COUNTRY",
    "Russian Federation, RU, NAME, COUNTRY",
    "Beijing, CN, CAPITAL, COUNTRY",
    "Chinese, CN, DEMONYM, COUNTRY",
    "People's Republic of China, CN, NAME, COUNTRY",
    "People’s Republic of China, CN, NAME, COUNTRY",
    "Republic of China, TW, NAME, COUNTRY",
    "Minsk, BY, CAPITAL, COUNTRY",
    "Belarusian, BY, DEMONYM, COUNTRY",
    "White House, US, SEAT, COUNTRY",
    "Washington, US, CAPITAL, COUNTRY",
    "Kyiv, UA, CAPITAL, COUNTRY",
    "Ukrainian, UA, DEMONYM, COUNTRY",
    "Tehran, IR, CAPITAL, COUNTRY",
    "Iranian, IR, DEMONYM, COUNTRY",
    "UAF, UAF, NAME, ORGANIZATION",
    "ISW, ISW, NAME, ORGANIZATION",
    "Commerce Department, USDOC, NAME, ORGANIZATION",
    "BIS, USDOC, NAME, ORGANIZATION",
    "OFAC, OFAC, NAME, ORGANIZATION",
    "CIA, CIA, NAME, ORGANIZATION",
    "CNN, CNN, NAME, ORGANIZATION",
  })
  void forms_name_their_actor(String text, String id, ActorTable.Sense sense, EntityType type) {
    ActorTable.Form form = table.form(text).orElseThrow();
    assertThat(form.actor().id()).isEqualTo(id);
    assertThat(form.sense()).isEqualTo(sense);
    assertThat(form.actor().type()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource({"Egypt, EG", "Burkina Faso, BF", "New Zealand, NZ", "Bosnia and Herzegovina, BA"})
  void countries_missing_from_the_file_come_from_the_jdk(String name, String code) {
    ActorTable.Form form = table.form(name).orElseThrow();
    assertThat(form.actor().id()).isEqualTo(code);
    assertThat(form.actor().type()).isEqualTo(EntityType.COUNTRY);
  }

  @ParameterizedTest
  @CsvSource({"Georgia", "Jordan", "Chad"})
  void ambiguous_country_names_are_left_out(String name) {
    assertThat(table.form(name)).isEmpty();
  }

  @Test
  void a_form_claimed_by_two_actors_is_rejected_with_its_line() {
    String tsv =
        "# version 1\n"
            + "A\tCOUNTRY\tAA\tAland\t-\tAtown\t-\t-\t-\n"
            + "B\tCOUNTRY\tBB\tBland\t-\tAtown\t-\t-\t-\n";
    assertThatThrownBy(() -> ActorTable.parse(tsv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("Atown");
  }
}
