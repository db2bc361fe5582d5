package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

class ListedNamesTest {

  private static WatchlistEntry entry(String id, Schema schema, String name, String... aliases) {
    WatchlistEntry.Builder b = WatchlistEntry.builder("test", id, schema, name);
    for (String a : aliases) {
      b.alias(a, false);
    }
    return b.build();
  }

  private static final List<WatchlistEntry> LISTED =
      List.of(
          entry("1", Schema.COMPANY, "ICE PEARL NAVIGATION CORP."),
          entry("1b", Schema.COMPANY, "Ice Pearl Navigation"),
          entry("2", Schema.ORGANIZATION, "GRAND SEA SHIPPING", "GS Shipping LLC"),
          entry("3", Schema.PERSON, "IVANOV, Pyotr Sergeyevich"),
          entry("4", Schema.COMPANY, "ROSNEFT"),
          entry("5", Schema.COMPANY, "GENERAL TRADING COMPANY"),
          entry("6", Schema.VESSEL, "OCEAN STAR"),
          entry("7", Schema.PERSON, "Al Li"),
          entry("8", Schema.PERSON, "SAID, Khan"),
          entry("9", Schema.ORGANIZATION, "Ministry of Defence"),
          entry("10", Schema.PERSON, "BIN LADEN, Usama"));

  private final ListedNames names = new ListedNames(LISTED);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The tanker is managed by Ice Pearl Navigation, according to the filing."
            + " | Ice Pearl Navigation | ORGANIZATION",
        "Parts were routed via Grand Sea Shipping in Dubai. | Grand Sea Shipping | ORGANIZATION",
        "Parts were routed via GS Shipping, LLC in Dubai. | GS Shipping, LLC | ORGANIZATION",
        "Pyotr Sergeyevich Ivanov signed it. | Pyotr Sergeyevich Ivanov | PERSON",
        "Pyotr Ivanov signed it. | Pyotr Ivanov | PERSON",
        "ICE PEARL NAVIGATION CORP. denied it. | ICE PEARL NAVIGATION CORP. | ORGANIZATION",
        "Usama bin Laden was killed. | Usama bin Laden | PERSON",
      })
  void finds_listed_names_whatever_their_case_and_punctuation(
      String sentence, String text, EntityType type) {
    List<Candidate> found = names.find(Fixtures.annotate(sentence));
    assertThat(found).hasSize(1);
    Candidate c = found.get(0);
    assertThat(c.mention().text()).isEqualTo(text);
    assertThat(sentence.substring(c.start(), c.end())).isEqualTo(text);
    assertThat(c.mention().type()).isEqualTo(type);
    assertThat(c.mention().detector()).isEqualTo("watchlist");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Rosneft raised output.", // one word
        "The General Trading Company closed.", // generic words only
        "The Ocean Star sailed.", // vessels are not looked up
        "Al Li arrived.", // too short
        "the ice pearl navigation team", // not capitalized
        "It was Ice Pearl.\nNavigation resumed.", // across sentences
        "Imran Khan said so.", // a verb, not the listed Khan Said
        "The Ministry of Defence said so.", // generic words only
      })
  void leaves_out_names_that_are_not_safe_to_look_up(String sentence) {
    assertThat(names.find(Fixtures.annotate(sentence))).isEmpty();
  }

  @Test
  void an_analyzer_with_the_lists_finds_a_listed_company_corenlp_misses_or_mistypes() {
    String body =
        "The tanker is managed by Ice Pearl Navigation, according to the filing. "
            + "Parts were routed via Grand Sea Shipping in Dubai.";
    Document doc = Document.of(null, null, null, body);

    List<Entity> plain = Fixtures.analyzer().analyze(doc).entities();
    assertThat(plain).noneMatch(e -> e.name().equals("Ice Pearl Navigation"));

    List<Entity> entities = TextAnalyzer.load(s -> {}, LISTED).analyze(doc).entities();
    assertThat(entities)
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name)
        .contains("Ice Pearl Navigation", "Grand Sea Shipping");
  }
}
