package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.graph.Knowledge;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;
import org.redflag.store.Store;

/** {@code redflag lists}: import, status and diff through the command line, on inline files. */
class ListsCommandTest {
  @TempDir Path home;
  @TempDir Path dir;

  private static final String ROW_36 =
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
  private static final String ROW_306 =
      "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
          + "\"a.k.a. 'BNC'.\"\r\n";
  private static final String ROW_9760 =
      "9760,\"LUKASHENKA, Alyaksandr Hryhoryavich\",\"individual\",\"BELARUS\",\"President\","
          + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 30 Aug 1954; POB Kopys, Vitebsk oblast, Belarus.\"\r\n";

  private CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @Test
  void diff_of_two_files_of_one_source_prints_added_removed_and_changed_as_json() throws Exception {
    Path older = Files.writeString(dir.resolve("sdn-old.csv"), ROW_36 + ROW_306);
    Path newer =
        Files.writeString(dir.resolve("sdn-new.csv"), ROW_306.replace("BNC", "BNC2") + ROW_9760);

    CliTest.Run r =
        run(
            "lists",
            "diff",
            "--home",
            home.toString(),
            "--source",
            "ofac-sdn",
            "--format",
            "json",
            older.toString(),
            newer.toString());

    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("added").get(0).get("id").asText()).isEqualTo("ofac-sdn:9760");
    assertThat(json.get("removed").get(0).get("id").asText()).isEqualTo("ofac-sdn:36");
    assertThat(json.get("changed").get(0).get("changedFields").toString())
        .isEqualTo("[\"aliases\",\"remarks\"]");
  }

  @Test
  void import_puts_a_new_snapshot_in_force_that_status_shows() throws Exception {
    Path sdn = Files.writeString(dir.resolve("sdn.csv"), ROW_36 + ROW_9760);

    CliTest.Run imported =
        run(
            "lists",
            "import",
            "--home",
            home.toString(),
            "--date",
            "2024-05-01",
            "ofac-sdn",
            sdn.toString());
    CliTest.Run status = run("lists", "status", "--home", home.toString(), "--format", "json");

    assertThat(imported.code()).isZero();
    assertThat(imported.out()).startsWith("imported ofac-sdn: 2 entries, data of 2024-05-01");
    JsonNode json = new ObjectMapper().readTree(status.out());
    assertThat(json.get("sources").get(0).get("source").asText()).isEqualTo("ofac-sdn");
    assertThat(json.get("sources").get(0).get("count").asInt()).isEqualTo(2);
    assertThat(json.get("sources").get(0).get("origin").asText())
        .isEqualTo(sdn.toAbsolutePath().toString());
  }

  @Test
  void an_html_page_imported_as_a_list_is_one_line_and_exit_2() throws Exception {
    Path html = Files.writeString(dir.resolve("sdn.csv"), "<!DOCTYPE html>\n<html></html>\n");

    CliTest.Run r = run("lists", "import", "--home", home.toString(), "ofac-sdn", html.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("redflag: " + html + ":1: not an OFAC CSV record")
        .doesNotContain("Exception")
        .hasLineCount(1);
    assertThat(home.resolve("lists/current")).doesNotExist();
  }

  @Test
  void an_unknown_source_or_snapshot_is_bad_usage() {
    assertThat(run("lists", "import", "--home", home.toString(), "ofac", "x.csv").code())
        .isEqualTo(2);
    CliTest.Run r = run("lists", "diff", "--home", home.toString(), "2001-01-01", "current");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no snapshot made on or before 2001-01-01");
  }

  @Test
  void diff_of_two_files_recognises_their_source_without_the_option() throws Exception {
    Path older = Files.writeString(dir.resolve("sdn_2024-05-01.csv"), ROW_36 + ROW_306);
    Path newer = Files.writeString(dir.resolve("sdn_2024-05-03.csv"), ROW_306 + ROW_9760);

    CliTest.Run r =
        run("lists", "diff", "--home", home.toString(), older.toString(), newer.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith(older + " -> " + newer + ": 1 added, 1 removed, 0 changed");
    assertThat(home).isEmptyDirectory();
  }

  @Test
  void a_list_change_rescreens_the_stored_entities_and_reports_the_newly_listed() throws Exception {
    String body = "Alexander Lukashenko arrived in Beijing.";
    Entity luka =
        new Entity(
            "e1",
            "Alexander Lukashenko",
            EntityType.PERSON,
            "BY",
            List.of("Alexander Lukashenko"),
            List.of(new Mention("Alexander Lukashenko", 0, 20, EntityType.PERSON, "test")),
            false,
            List.of());
    try (Store store = Store.open(home)) {
      store.put(
          new Brief(Document.of("T", "a.txt", null, body), List.of(luka), List.of(), List.of()));
      Knowledge.over(store).resolveNew(); // as ingest does
    }
    Path sdn = Files.writeString(dir.resolve("sdn.csv"), ROW_36 + ROW_9760);

    CliTest.Run imported =
        run("lists", "import", "--home", home.toString(), "ofac-sdn", sdn.toString());

    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("1 newly listed").contains("Lukashenko");
  }
}
