package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.model.Entity;

/** Roles and actor codes on the example article (issue 5). */
class RoleFinderTest {

  private static Map<String, ActorProfile> byName;
  private static Map<String, String> names;

  @BeforeAll
  static void analyzeExample() {
    Analysis a = Fixtures.analyzer().analyze(Fixtures.example());
    names = a.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    byName = a.actors().stream().collect(Collectors.toMap(p -> names.get(p.entity()), p -> p));
    assertThat(a.actors()).hasSameSizeAs(a.entities());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // entity | code | sector detail | role | role of | evidence
        "William Burns | USA GOV | intelligence | director of CIA | CIA | CIA chief William Burns",
        "Xie Xiaoyong | CHN GOV | | ambassador of China to Belarus | China | Chinese Ambassador to Belarus Xie Xiaoyong",
        "Xi Jinping | CHN GOV | | leader of China | China | Chinese leader Xi Jinping",
        "Ma Zhaoxu | GOV | | first vice minister of foreign affairs | | First Vice Minister of Foreign Affairs Ma Zhaoxu",
        "Russia | RUS GOV | | | | ",
        "Belarus | BLR | | | | ",
        "CIA | USA GOV | intelligence | | | ",
        "CNN | USA MED | | | | ",
        "Institute for the Study of War | USA NGO | think tank | | | ",
        "Armed Forces of Ukraine | UKR MIL | | | | ",
      })
  void actors_get_codes_and_persons_get_roles(
      String entity, String code, String detail, String role, String of, String evidence) {
    ActorProfile p = byName.get(entity);
    assertThat(p).isNotNull();
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.sectorDetail()).isEqualTo(detail);
    assertThat(p.role()).isEqualTo(role);
    assertThat(p.roleOf() == null ? null : names.get(p.roleOf())).isEqualTo(of);
    assertThat(p.evidence() == null ? null : p.evidence().text()).isEqualTo(evidence);
  }

  @Test
  void a_known_leader_without_a_title_gets_the_role_of_the_actor_table() {
    ActorProfile p = byName.get("Alexander Lukashenko");
    assertThat(p.code()).isEqualTo("BLR GOV");
    assertThat(p.role()).isEqualTo("head of state of Belarus");
    assertThat(names.get(p.roleOf())).isEqualTo("Belarus");
  }

  @ParameterizedTest
  @CsvSource({"US, USA", "RU, RUS", "BY, BLR", "CN, CHN", "UA, UKR", "IR, IRN"})
  void countries_are_coded_with_iso_alpha_3(String alpha2, String alpha3) {
    assertThat(RoleFinder.iso3(alpha2)).isEqualTo(alpha3);
  }
}
