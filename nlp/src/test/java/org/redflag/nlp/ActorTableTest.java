package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    "Australian, AU, DEMONYM, COUNTRY",
    "Australians, AU, DEMONYM, COUNTRY",
    "Senegalese, SN, DEMONYM, COUNTRY",
    "Kazakh, KZ, DEMONYM, COUNTRY",
    "Kazakhstani, KZ, DEMONYM, COUNTRY",
    "Kazakhs, KZ, DEMONYM, COUNTRY",
    "Kyrgyz, KG, DEMONYM, COUNTRY",
    "Emirati, AE, DEMONYM, COUNTRY",
    "Bishkek, KG, CAPITAL, COUNTRY",
    "Ivory Coast, CI, NAME, COUNTRY",
    "Côte d’Ivoire, CI, NAME, COUNTRY",
    "Ivorian, CI, DEMONYM, COUNTRY",
    "DRC, CD, NAME, COUNTRY",
    "DR Congo, CD, NAME, COUNTRY",
    "Congolese, CD, DEMONYM, COUNTRY",
    "Burma, MM, NAME, COUNTRY",
    "Jordanian, JO, DEMONYM, COUNTRY",
    "Amman, JO, CAPITAL, COUNTRY",
    "Chadian, TD, DEMONYM, COUNTRY",
    "Tbilisi, GE, CAPITAL, COUNTRY",
    "Swiss, CH, DEMONYM, COUNTRY",
    "Palestinian, PS, DEMONYM, COUNTRY",
    "Kosovo, XK, NAME, COUNTRY",
    "Western Sahara, EH, NAME, COUNTRY",
    "Macau, MO, NAME, COUNTRY",
    "Hongkongers, HK, DEMONYM, COUNTRY",
    "Vatican, VA, SEAT, COUNTRY",
    "Malacañang, PH, SEAT, COUNTRY",
  })
  void forms_name_their_actor(String text, String id, ActorTable.Sense sense, EntityType type) {
    ActorTable.Form form = table.form(text).orElseThrow();
    assertThat(form.actor().id()).isEqualTo(id);
    assertThat(form.sense()).isEqualTo(sense);
    assertThat(form.actor().type()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource({"Puerto Rico, PR", "Greenland, GL", "Bermuda, BM", "Faroe Islands, FO"})
  void countries_missing_from_the_file_come_from_the_jdk(String name, String code) {
    ActorTable.Form form = table.form(name).orElseThrow();
    assertThat(form.actor().id()).isEqualTo(code);
    assertThat(form.actor().type()).isEqualTo(EntityType.COUNTRY);
    assertThat(table.forms()).filteredOn(f -> f.actor() == form.actor()).hasSize(1);
  }

  /** The 193 UN member states. */
  private static final String UN_MEMBERS =
      "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM"
          + " CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ"
          + " FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE"
          + " KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM"
          + " NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC"
          + " WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN"
          + " TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW";

  @Test
  void every_un_member_and_the_usual_non_members_have_a_curated_row() throws Exception {
    ActorTable file;
    try (InputStream in = ActorTable.class.getResourceAsStream("actors.tsv")) {
      file = ActorTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<String> codes = new ArrayList<>(List.of(UN_MEMBERS.split(" ")));
    assertThat(codes).hasSize(193).doesNotHaveDuplicates();
    codes.addAll(List.of("PS", "XK", "TW", "EH", "HK", "MO", "VA"));
    for (String code : codes) {
      ActorTable.Actor actor = file.actor(code).orElseThrow(() -> new AssertionError(code));
      assertThat(actor.type()).as(code).isEqualTo(EntityType.COUNTRY);
      assertThat(actor.country()).as(code).isEqualTo(code);
    }
    for (String code : UN_MEMBERS.split(" ")) {
      assertThat(file.forms())
          .as(code + " has a capital or a demonym")
          .anyMatch(
              f ->
                  f.actor().id().equals(code)
                      && (f.sense() == ActorTable.Sense.CAPITAL
                          || f.sense() == ActorTable.Sense.DEMONYM));
    }
  }

  @ParameterizedTest
  @CsvSource({"Georgia", "Jordan", "Chad", "Dominica"})
  void ambiguous_country_names_are_left_out(String name) {
    assertThat(table.form(name)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"JO, Jordan", "GE, Georgia", "TD, Chad", "DM, Dominica"})
  void a_bracketed_name_is_the_display_name_but_not_a_form(String code, String name) {
    ActorTable.Actor actor = table.actor(code).orElseThrow();
    assertThat(actor.name()).isEqualTo(name);
    assertThat(actor.names()).first().isEqualTo(name);
    assertThat(table.forms()).filteredOn(f -> f.actor() == actor).isNotEmpty();
  }

  @Test
  void a_bracketed_name_is_parsed_without_brackets_and_not_matched() {
    ActorTable t = ActorTable.parse("# version 1\nJO\tCOUNTRY\tJO\t[Jordan]\t-\tAmman\t-\t-\t-\n");
    assertThat(t.actor("JO").orElseThrow().name()).isEqualTo("Jordan");
    assertThat(t.form("Jordan")).isEmpty();
    assertThat(t.form("[Jordan]")).isEmpty();
    assertThat(t.form("Amman").orElseThrow().actor().id()).isEqualTo("JO");
  }

  @ParameterizedTest
  @CsvSource({
    // capitals that are common words, person names or other well-known places
    "Victoria",
    "Kingston",
    "Georgetown",
    "San José",
    "Male",
    "Malé",
    "Nassau",
    "Santiago",
    "Sofia",
    "Wellington",
    "Tripoli",
    "Panama City",
    "Aden",
    "Moroni",
    // demonyms and short forms that are names, common words or regional adjectives
    "Georgians",
    "Dane",
    "Finn",
    "Pole",
    "Turk",
    "Kiwi",
    "Korean",
    "Central African",
    "Congo",
    "CAR",
    "PNG",
    "Western",
    "Nice",
  })
  void common_words_and_names_are_not_countries(String word) {
    assertThat(table.form(word)).isEmpty();
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
