package org.redflag.lists.opensanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.SharedData;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.model.WatchlistEntry.Alias;

/** Reads FtM JSON; the OpenSanctions samples (CC BY-NC) are read from ../shared, never copied. */
class FtmJsonReaderTest {

  private static List<WatchlistEntry> read(String name, String text) throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    ListFile file =
        new ListFile(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    new FtmJsonReader().read(new ListFiles(List.of(file)), out::add);
    return out;
  }

  @Test
  void parties_get_their_sanction_programs_and_other_schemata_are_skipped() throws Exception {
    String lines =
        "{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"p1\"],"
            + "\"programId\":[\"US-BELARUS\"]}}\n"
            + "{\"id\":\"a1\",\"schema\":\"Address\",\"properties\":{\"full\":[\"Minsk\"]}}\n"
            + "{\"id\":\"p1\",\"schema\":\"Person\",\"caption\":\"Aliaksandr LUKASHENKA\","
            + "\"properties\":{\"name\":[\"Aliaksandr LUKASHENKA\",\"Лукашэнка\"],"
            + "\"weakAlias\":[\"Batka\"],\"birthDate\":[\"1954-08-30\"],\"nationality\":[\"by\"]},"
            + "\"last_change\":\"2024-05-01T10:00:00\"}\n";

    List<WatchlistEntry> out = read("entities.ftm.json", lines);

    assertThat(out)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("opensanctions:p1");
              assertThat(e.schema()).isEqualTo(Schema.PERSON);
              assertThat(e.programs()).containsExactly("US-BELARUS");
              assertThat(e.aliases())
                  .containsExactly(new Alias("Лукашэнка", false), new Alias("Batka", true));
              assertThat(e.countries()).containsExactly("BY");
            });
  }

  @Test
  void a_line_that_is_not_json_is_reported_with_its_line() {
    assertThatThrownBy(
            () -> read("entities.ftm.json", "{\"id\":\"x\",\"schema\":\"Person\"}\n<html>\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("entities.ftm.json:2: not a FollowTheMoney JSON line");
  }

  @Test
  void the_real_opensanctions_samples_are_read_when_present() throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    String date =
        new FtmJsonReader()
            .read(
                ListFiles.of(
                    List.of(SharedData.list("opensanctions_samples/yente_zala/entities.ftm.json"))),
                out::add);

    assertThat(out).hasSize(17);
    assertThat(date).isEqualTo("2026-04-29");
    assertThat(out)
        .filteredOn(e -> e.name().equals("Maria Aleksandrovna Osetrova"))
        .singleElement()
        .satisfies(e -> assertThat(e.programs()).contains("US-RUSHAR", "GB-RUS"));
  }

  @Test
  void a_delta_file_gives_the_added_and_modified_entities() throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    new FtmJsonReader()
        .read(
            ListFiles.of(
                List.of(
                    SharedData.list("opensanctions_samples/yente_t2_entities.delta_sample.json"))),
            out::add);

    assertThat(out).hasSize(2).anyMatch(e -> e.name().equals("AL-QAIDA IN IRAQ"));
  }
}
