package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

class ListDiffTest {

  private static WatchlistEntry.Builder entry(String id, String name) {
    return WatchlistEntry.builder("ofac-sdn", id, Schema.PERSON, name).program("BELARUS");
  }

  private static Snapshot snapshot(WatchlistEntry... entries) {
    return new Snapshot(List.of(entries), List.of());
  }

  @Test
  void entries_are_added_removed_or_changed_by_id_with_the_fields_that_changed()
      throws IOException {
    Snapshot older =
        snapshot(
            entry("1", "LUKASHENKA, Alyaksandr").alias("LUKASHENKO, Alexander", false).build(),
            entry("2", "GONE").build(),
            entry("3", "SAME").build());
    Snapshot newer =
        snapshot(
            entry("1", "LUKASHENKA, Alyaksandr Hryhoryavich").build(),
            entry("3", "SAME").build(),
            entry("4", "NEW").build());

    ListDiff diff = ListDiff.between(older, newer, null);

    assertThat(diff.added()).extracting(WatchlistEntry::id).containsExactly("ofac-sdn:4");
    assertThat(diff.removed()).extracting(WatchlistEntry::id).containsExactly("ofac-sdn:2");
    assertThat(diff.changed())
        .singleElement()
        .satisfies(c -> assertThat(c.fields()).containsExactly("name", "aliases"));
    assertThat(diff.toText("a", "b"))
        .startsWith("a -> b: 1 added, 1 removed, 1 changed\n")
        .contains("~ ofac-sdn:1  LUKASHENKA, Alyaksandr Hryhoryavich  [BELARUS] (name, aliases)");
    JsonNode json = new ObjectMapper().readTree(diff.toJson("a", "b"));
    assertThat(json.get("added").get(0).get("schema").asText()).isEqualTo("Person");
    assertThat(json.get("removed").get(0).get("name").asText()).isEqualTo("GONE");
    assertThat(json.get("changed").get(0).get("before").get("name").asText())
        .isEqualTo("LUKASHENKA, Alyaksandr");
  }

  @Test
  void list_order_alone_is_not_a_change() {
    Snapshot older = snapshot(entry("1", "X").alias("A", false).alias("B", false).build());
    Snapshot newer = snapshot(entry("1", "X").alias("B", false).alias("A", false).build());

    assertThat(ListDiff.between(older, newer, null).isEmpty()).isTrue();
  }

  @Test
  void ofac_sdn_of_1_and_3_may_2024_differ_by_7_added_and_8_removed() throws IOException {
    Snapshot may1 =
        Watchlists.read(
            Source.OFAC_SDN, List.of(SharedData.list("ofac_sdn_2024-05/sdn_2024-05-01.csv")));
    Snapshot may3 =
        Watchlists.read(
            Source.OFAC_SDN, List.of(SharedData.list("ofac_sdn_2024-05/sdn_2024-05-03.csv")));

    ListDiff diff = ListDiff.between(may1, may3, Source.OFAC_SDN);

    assertThat(may1.entries().size()).isEqualTo(14966);
    assertThat(may3.entries().size()).isEqualTo(14965);
    assertThat(diff.added()).hasSize(7);
    assertThat(diff.removed()).hasSize(8);
    System.out.println(diff.toText("2024-05-01", "2024-05-03"));
  }
}
