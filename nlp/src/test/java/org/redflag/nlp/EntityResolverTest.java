package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;

class EntityResolverTest {

  private final ActorTable table = ActorTable.bundled();
  private final Gazetteer gazetteer = new Gazetteer(table);
  private final NerMentions ner = new NerMentions();
  private final MentionMerger merger = new MentionMerger();
  private final EntityResolver resolver = new EntityResolver(table);

  private List<Entity> resolve(String text) {
    Annotated doc = Fixtures.annotate(text);
    return resolver.resolve(doc, merger.merge(gazetteer.find(doc), ner.find(doc)));
  }

  private static Entity only(List<Entity> entities, String alias) {
    List<Entity> found = entities.stream().filter(e -> e.aliases().contains(alias)).toList();
    assertThat(found).as("entities with alias %s in %s", alias, entities).hasSize(1);
    return found.get(0);
  }

  @Test
  void a_surname_alone_joins_the_full_name_before_it() {
    List<Entity> es = resolve("William Burns arrived in Kyiv. Burns said he was glad.");
    Entity e = only(es, "Burns");
    assertThat(e.aliases()).contains("William Burns");
    assertThat(e.name()).isEqualTo("William Burns");
    assertThat(e.mentions()).hasSize(2);
  }

  @Test
  void transliteration_variants_are_one_person() {
    List<Entity> es =
        resolve(
            "Sviatlana Tsikhanouskaya arrived in Vilnius. Tsikhanovskaya will meet diplomats"
                + " there.");
    assertThat(only(es, "Tsikhanovskaya").aliases()).contains("Sviatlana Tsikhanouskaya");
  }

  @Test
  void known_leaders_take_every_spelling_from_the_actor_table() {
    List<Entity> es = resolve("Alyaksandr Lukashenka met Putin. Lukashenko later left Moscow.");
    Entity e = only(es, "Lukashenko");
    assertThat(e.aliases()).contains("Alyaksandr Lukashenka", "Alexander Lukashenko");
    assertThat(e.country()).isEqualTo("BY");
    assertThat(only(es, "Putin").name()).isEqualTo("Vladimir Putin");
  }

  @Test
  void different_people_with_one_surname_stay_apart() {
    List<Entity> es = resolve("Joe Biden met Hunter Biden in Delaware on Sunday.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(2);
  }

  @Test
  void an_acronym_joins_its_expansion() {
    List<Entity> es =
        resolve(
            "The Center for Strategic Studies published a report. CSS analysts said more was"
                + " coming.");
    Entity e = only(es, "CSS");
    assertThat(e.aliases()).contains("Center for Strategic Studies");
  }

  @Test
  void metonyms_capitals_and_demonyms_join_their_country_once() {
    List<Entity> es =
        resolve(
            "The Kremlin denied it. Moscow could send troops. Russian officials met in the"
                + " Russian Federation.");
    assertThat(es).filteredOn(e -> e.type() == EntityType.COUNTRY).hasSize(1);
    Entity russia = es.get(0);
    assertThat(russia.name()).isEqualTo("Russia");
    assertThat(russia.aliases()).contains("Kremlin", "Moscow", "Russian", "Russian Federation");
    assertThat(russia.government()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He was met by Chinese Ambassador to Belarus Xie Xiaoyong. | Xie Xiaoyong | CN",
        "CIA chief William Burns announced it. | William Burns | US",
        "He will hold talks with Chinese leader Xi Jinping. | Xi Jinping | CN",
        "He was met by Ma Zhaoxu at the airport. | Ma Zhaoxu | ",
      })
  void a_title_gives_a_person_a_country(String text, String person, String country) {
    assertThat(only(resolve(text), person).country()).isEqualTo(country);
  }

  @ParameterizedTest
  @CsvSource({
    "Institute for the Study of War, ISW",
    "Armed Forces of Ukraine, AFU",
    "Bureau of Industry and Security, BIS",
    "European Union, EU"
  })
  void initials_skip_lower_case_words(String name, String acronym) {
    assertThat(EntityResolver.initials(name)).isEqualTo(acronym);
  }
}
