package org.redflag.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.Event;
import org.redflag.nlp.Analysis;
import org.redflag.nlp.TextAnalyzer;

class EventCoderTest {

  private static final class Holder {
    static final TextAnalyzer NLP = TextAnalyzer.load(System.err::println);
    static final EventCoder CODER = EventCoder.create();
  }

  /** Codes {@code text} and renders each event with entity names instead of ids. */
  static List<String> code(String text) {
    Document doc = Document.of(null, null, LocalDate.of(2023, 2, 28), text);
    Analysis a = Holder.NLP.analyze(doc);
    EventCoder.Coded c = Holder.CODER.code(doc, a);
    Map<String, String> names =
        c.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return c.events().stream()
        .map(
            e ->
                e.type()
                    + " "
                    + e.actor().stream().map(names::get).toList()
                    + " -> "
                    + e.recipient().stream().map(names::get).toList()
                    + " "
                    + e.certainty()
                    + (e.date() == null ? "" : " " + e.date())
                    + (e.goods().isEmpty() ? "" : " " + e.goods())
                    + (e.route().isEmpty()
                        ? ""
                        : " route " + e.route().stream().map(names::get).toList()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Beijing could secretly transfer weapons to Moscow through the mediation of Belarus."
            + " | AID [China] -> [Russia] speculative [weapons] route [China, Belarus, Russia]",
        "Iran supplied drones to Russia via Armenia."
            + " | AID [Iran] -> [Russia] fact [drones and drone parts] route [Iran, Armenia, Russia]",
        "The Kremlin and Lukashenko signed an agreement with China on Monday."
            + " | AGREE [Russia, Alexander Lukashenko] -> [China] fact 2023-02-27",
        "Lukashenko was received by Xi Jinping in Beijing on March 1."
            + " | CONSULT [Xi Jinping] -> [Alexander Lukashenko] expected 2023-03-01",
        "The US Treasury sanctioned three Russian banks."
            + " | SANCTION [US Department of the Treasury] -> [Russian banks] fact",
        "Russia did not attack Ukraine on Tuesday."
            + " | ASSAULT [Russia] -> [Ukraine] denied 2023-02-28",
        "Lukashenko's visit to China | CONSULT [Alexander Lukashenko] -> [China] fact",
        "Kazakhstan re-exported microchips to Russia."
            + " | AID [Kazakhstan] -> [Russia] fact [microchips and electronics]"
            + " route [Kazakhstan, Russia]",
        "The EU froze the assets of Russia's central bank. | SANCTION [European Union] -> [Russia]"
            + " fact",
        "Russia recalled its ambassador from Moldova. | SANCTION [Russia] -> [Moldova] fact",
        "Berlin rejected recent calls by Belarus's rulers for economic aid."
            + " | REJECT [Germany] -> [Belarus] fact",
        // a transfer with no sender starts its route where the goods come from
        "Microchips made in Taiwan were transshipped through Hong Kong to Russia."
            + " | AID [] -> [Russia] fact [microchips and electronics]"
            + " route [Taiwan, Hong Kong, Russia]",
        "Drones from Iran were shipped to Russia via Armenia."
            + " | AID [] -> [Russia] fact [drones and drone parts] route [Iran, Armenia, Russia]",
        // purchases are transfers told from the buyer's side; goods' country is their origin
        "Russia bought drones from Iran via Armenia."
            + " | AID [Iran] -> [Russia] fact [drones and drone parts] route [Iran, Armenia, Russia]",
        "Moscow buys Iranian drones. | AID [Iran] -> [Russia] fact [drones and drone parts]"
            + " route [Iran, Russia]",
        "The vessel delivered Iranian oil to China. | AID [] -> [China] fact [oil]",
        // the importer is the object of "allowed", not its subject; an unnamed one is no actor
        "The US allowed India to import oil from Iran."
            + " | AID [Iran] -> [India] speculative [oil] route [Iran, India]",
        "The US exempted eight countries, allowing them to continue importing crude from Iran."
            + " | AID [Iran] -> [] fact [oil]",
        // trade nouns with goods are transfers; without goods they are no event (see below)
        "Chinese exports of microchips to Russia rose sharply."
            + " | AID [China] -> [Russia] fact [microchips and electronics] route [China, Russia]",
        "Russian imports of Chinese chips doubled."
            + " | AID [China] -> [Russia] fact [microchips and electronics] route [China, Russia]",
        "Russian forces launched missiles at Kyiv. | ASSAULT [Russia] -> [Ukraine] fact",
        // a refused transfer keeps its goods but took no route
        "Iran denied supplying Russia with drones."
            + " | REJECT [Iran] -> [Russia] fact [drones and drone parts]",
        // the gerund of a speech act, parsed as an adjective, is its content, not a second event
        "Washington accused Beijing of supplying Moscow with satellite images."
            + " | ACCUSE [United States] -> [China] fact",
        // the measure a designation names: its imposer acts, its target receives
        "The oligarch Oleg Deripaska was placed on the UK sanctions list."
            + " | SANCTION [United Kingdom] -> [Oleg Deripaska] fact",
        "Sovcombank was hit with sanctions by the United States."
            + " | SANCTION [United States] -> [Sovcombank] fact",
        "Switzerland adopted the EU sanctions against Belarus."
            + " | SANCTION [Switzerland] -> [Belarus] fact",
        // the measure a verb needs is part of its event, not a second one
        "Britain imposed sanctions on Belarus. | SANCTION [United Kingdom] -> [Belarus] fact",
        "The United States blacklisted 37 entities. | SANCTION [United States] -> [entities] fact",
        // codebook.tsv entries, written from the CAMEO code descriptions
        "Iran circumvented the sanctions. | REJECT [Iran] -> [] fact",
        // evading sanctions defies whoever imposed them; their target is not the recipient
        "Iran evaded sanctions imposed by the European Union. | REJECT [Iran] -> [European Union]"
            + " fact",
        "Russia bypassed the EU's embargo. | REJECT [Russia] -> [European Union] fact",
        "The UN airlifted food to Yemen. | AID [United Nations] -> [Yemen] fact",
        // no dictionary entry: typed by the learned models (SentenceTyper)
        "Israel today mounted its long-threatened invasion of South Lebanon."
            + " | ASSAULT [Israel] -> [South Lebanon] fact 2023-02-28",
      })
  void codes_the_frame_of_a_sentence(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an oblique that is not a party points to one
        "President Levy Mwanawasa has reneged on his commitment to the Zambian people."
            + " | REJECT [Levy Mwanawasa] -> [Zambia] fact",
        // "ban on", "camp for", and through an unnamed whole: "part of a program for"
        "The president said he is prepared to lift the ban on the Islamic Salvation Front."
            + " | AGREE [] -> [Islamic Salvation Front] fact",
        "A camp for Congolese refugees was attacked by Burundian militiamen."
            + " | ASSAULT [Burundi] -> [Democratic Republic of the Congo] fact",
        "The United States suspended part of a military aid program for Bosnia."
            + " | SANCTION [United States] -> [Bosnia and Herzegovina] fact",
      })
  void finds_a_recipient_through_the_noun_that_points_to_it(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a withdrawal's "from" is the party left; the forces moved are no recipient
        "U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde."
            + " | RETREAT [United Nations] -> [Bosnia and Herzegovina] fact",
        "The United States withdrew its forces from Somalia."
            + " | RETREAT [United States] -> [Somalia] fact",
        // a mobilization's aim points to the recipient
        "Britain mobilized army reservists for a possible war against Iraq."
            + " | MOBILIZE [United Kingdom] -> [Iraq] fact",
        "Britain mobilized army reservists for the defence of its bases."
            + " | MOBILIZE [United Kingdom] -> [] fact",
        // only forces moved in a military context: hostages released are recipients
        "The rebels released 50 hostages. | RETREAT [rebels] -> [hostages] fact",
      })
  void a_departure_is_from_its_recipient(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // conjoined modifiers of one party noun are parties each
        "The Turkish and Greek sides of Cyprus have agreed to share information."
            + " | AGREE [Turkey, Greece] -> [] fact",
        // a modifier that is no conjunct is not
        "The Turkish side of Cyprus has agreed to share information. | AGREE [Turkey] -> [] fact",
      })
  void each_conjoined_modifier_names_a_party(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a collective stands for its members
        "A group of Moroccan diplomats held a meeting with President Obama."
            + " | CONSULT [Morocco] -> [Obama] fact",
        "Hundreds of Chinese workers protested against the Serbian government."
            + " | PROTEST [China] -> [Serbia] fact",
        // other nouns do not
        "The lawyers of Moroccan diplomats held a meeting with President Obama."
            + " | CONSULT [lawyers] -> [Obama] fact",
      })
  void a_collective_stands_for_its_members(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a name that modifies the party noun's modifier
        "Peru granted asylum to five Panamanian army officers. | AID [Peru] -> [Panama] fact",
        "Pakistan-based groups have launched cyber attacks against India."
            + " | ASSAULT [Pakistan] -> [India] fact",
        // without one the noun is the party
        "The rebels attacked five army officers. | ASSAULT [rebels] -> [army officers] fact",
      })
  void a_name_inside_a_modifier_names_the_party(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a threat without a recipient is made to the party its condition names
        "Iran threatened to launch a new offensive unless Baghdad accepted its conditions."
            + " | THREATEN [Iran] -> [Iraq] fact",
        "The Umma party said it will boycott the elections unless Algeria changes the"
            + " constitution. | THREATEN [Umma party] -> [Algeria] fact",
        // one with a recipient keeps it
        "Israel threatened to ban voting in East Jerusalem if Hamas ran in the election."
            + " | THREATEN [Israel] -> [East Jerusalem] fact",
        // other acts under a condition do not take its subject
        "Russia will attack Ukraine if NATO expands. | ASSAULT [Russia] -> [Ukraine] expected",
      })
  void a_threat_is_made_to_the_party_its_condition_names(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // unnamed plurals are parties when they name people or their groups
        "Rebels attacked refugees near the border. | ASSAULT [Rebels] -> [refugees] fact",
        "The police detained dozens of protesters. | COERCE [police] -> [protesters] fact",
        // things are not
        "Afghan guerrillas blew up three main electric power lines."
            + " | COERCE [Afghanistan] -> [] fact",
        "Israeli tanks fired four shell bombs at targets in Jericho."
            + " | ASSAULT [Israel] -> [Jericho] fact",
      })
  void only_people_and_their_groups_are_unnamed_parties(String sentence, String expected) {
    assertThat(code(sentence)).contains(expected.strip());
  }

  @Test
  void a_group_is_named_from_the_whole_name_that_modifies_it() {
    assertThat(code("Red Cross officials suspended aid deliveries to Iraq."))
        .anyMatch(e -> e.startsWith("SANCTION [Red Cross officials] -> "));
    // "three" modifies the banks but names no one
    assertThat(code("The US Treasury sanctioned three Russian banks."))
        .anyMatch(e -> e.contains("-> [Russian banks]"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an attack's "from" is where it came from
        "Russia attacked Ukraine from Belarus. | Belarus",
        // "of" in an oblique names no owner
        "Israeli soldiers beat Palestinian detainees with the knowledge of senior officers."
            + " | senior officers",
        "The United States suspended part of its aid program for two years. | years",
      })
  void a_noun_that_points_to_no_party_gives_no_recipient(String sentence, String party) {
    assertThat(code(sentence)).noneMatch(e -> e.contains(party.strip()));
  }

  @Test
  void reported_speculation_keeps_its_source_and_is_never_a_fact() {
    Document doc =
        Document.of(
            null,
            null,
            LocalDate.of(2023, 2, 28),
            "CIA chief William Burns announced that China was considering the possibility of"
                + " supplying lethal weapons to Russia.");
    Analysis a = Holder.NLP.analyze(doc);
    List<Event> events = Holder.CODER.code(doc, a).events();
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("AID");
              assertThat(e.certainty()).isEqualTo("speculative");
              String burns =
                  a.entities().stream()
                      .filter(x -> x.name().equals("William Burns"))
                      .findFirst()
                      .orElseThrow()
                      .id();
              assertThat(e.source()).isEqualTo(burns);
              assertThat(e.date()).isNull();
            });
  }

  @Test
  void every_event_says_whether_the_dictionary_or_the_models_typed_it() {
    Document doc =
        Document.of(
            null,
            null,
            LocalDate.of(2023, 2, 28),
            "Israel today mounted its long-threatened invasion of South Lebanon. Iran supplied"
                + " drones to Russia.");
    List<Event> events = Holder.CODER.code(doc, Holder.NLP.analyze(doc)).events();
    assertThat(events).extracting(Event::type).containsExactly("ASSAULT", "AID");
    assertThat(events).extracting(Event::coder).containsExactly("model", "dictionary");
    assertThat(events.get(0).cameo()).isEqualTo("190");
    assertThat(events.get(0).mode()).isNull();
  }

  @Test
  void the_object_of_a_verb_and_object_entry_is_not_coded_again() {
    // "lift embargo" is one entry (CONCEDE); the embargo is not a second, SANCTION event
    assertThat(code("The United States lifted the embargo on Cuba."))
        .containsExactly("CONCEDE [United States] -> [Cuba] fact");
    // without the verb, the embargo is a sanction
    assertThat(code("The United States imposed an embargo on Cuba."))
        .containsExactly("SANCTION [United States] -> [Cuba] fact");
  }

  @Test
  void a_negation_does_not_reach_into_an_adverbial_clause() {
    assertThat(
            code(
                "The EU was not consulted before Mike Pompeo announced the summit, jointly hosted"
                    + " with Poland."))
        .contains("REJECT [] -> [European Union] fact", "CONSULT [Mike Pompeo] -> [Poland] fact")
        .doesNotContain("REJECT [Mike Pompeo] -> [Poland] fact");
  }

  @Test
  void an_accusation_is_one_event() {
    assertThat(code("Washington accused Beijing of supplying Moscow with satellite images."))
        .hasSize(1);
  }

  @Test
  void imposing_or_lifting_sanctions_is_one_event() {
    assertThat(code("Britain imposed sanctions on Belarus.")).hasSize(1);
    assertThat(code("The EU lifted sanctions on Belarus."))
        .containsExactly("CONCEDE [European Union] -> [Belarus] fact");
  }

  @Test
  void the_target_of_evaded_sanctions_is_neither_recipient_nor_newly_sanctioned() {
    assertThat(code("Lukashenko circumvented the sanctions on Russia."))
        .containsExactly("REJECT [Alexander Lukashenko] -> [] fact");
  }

  @Test
  void a_second_agreeing_word_keeps_the_dictionary_type_against_the_models() {
    // the models alone read "arrived in Beijing" as a material act; "visit" agrees with "arrive"
    assertThat(code("On Tuesday, Alexander Lukashenko arrived in Beijing on an official visit."))
        .first()
        .asString()
        .startsWith("CONSULT [Alexander Lukashenko] -> [China] fact");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The weather in Minsk was cold.",
        "The company produces tractors in Minsk.",
        "Prices rose sharply in Moscow last month.",
        "The minister said the economy was growing.",
        "Belarusian factories build trucks for Russian customers.",
        "The company bought time.",
        "German exports rose 2% in March.",
        "China acquired a stake in the port.",
      })
  void a_sentence_without_an_event_gives_none(String sentence) {
    assertThat(code(sentence)).isEmpty();
  }
}
