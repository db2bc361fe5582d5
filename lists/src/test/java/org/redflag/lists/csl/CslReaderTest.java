package org.redflag.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.model.WatchlistEntry.Identifier;

class CslReaderTest {

  static List<WatchlistEntry> read(String fixture) throws IOException, URISyntaxException {
    List<WatchlistEntry> out = new ArrayList<>();
    Path path = Path.of(CslReaderTest.class.getResource(fixture).toURI());
    new CslReader().read(ListFiles.of(List.of(path)), out::add);
    return out;
  }

  @Test
  void entity_list_rows_carry_the_list_code_as_first_program() throws Exception {
    WatchlistEntry e = read("consolidated_excerpt.csv").get(0);

    assertThat(e.name()).isEqualTo("140 Repair Plant JSC");
    assertThat(e.sourceId()).isEqualTo("4398d33e9e93c7477af39f1e0bfffc13ddd47bcc");
    assertThat(e.programs()).containsExactly("EL");
    assertThat(e.allNames()).contains("JSC 140 Repair Plant");
    assertThat(e.listingDate()).isEqualTo("2022-04-07");
    assertThat(e.addresses()).containsExactly("19 Luysi Chalovskoy St., Borisov, 222512, BY");
  }

  @Test
  void sdn_rows_keep_entity_number_dates_nationality_and_documents() throws Exception {
    List<WatchlistEntry> all = read("consolidated_excerpt.csv");
    WatchlistEntry luka =
        all.stream().filter(e -> e.sourceId().equals("SDN-9760")).findFirst().orElseThrow();
    WatchlistEntry abadigga =
        all.stream().filter(e -> e.sourceId().equals("SDN-35064")).findFirst().orElseThrow();

    assertThat(luka.schema()).isEqualTo(Schema.PERSON);
    assertThat(luka.programs()).containsExactly("SDN", "BELARUS");
    assertThat(luka.birthDates()).containsExactly("1954-08-30", "1954-08-31");
    assertThat(luka.countries()).containsExactly("BY");
    assertThat(abadigga.identifiers())
        .containsExactly(new Identifier("passport", "T00043812", "ZA"));
  }

  @Test
  void vessels_get_their_imo_number_and_flag() throws Exception {
    WatchlistEntry vessel =
        read("consolidated_excerpt.csv").stream()
            .filter(e -> e.schema() == Schema.VESSEL)
            .findFirst()
            .orElseThrow();

    assertThat(vessel.identifiers()).contains(new Identifier("imo", "8898831", null));
    assertThat(vessel.countries()).containsExactly("KP");
  }

  @Test
  void the_2019_layout_without_an_id_column_gets_content_ids() throws Exception {
    List<WatchlistEntry> all = read("csl_sample_2019_excerpt.csv");

    assertThat(all).hasSize(3);
    assertThat(all.get(0).programs()).startsWith("DPL");
    assertThat(all.get(0).sourceId()).hasSize(16);
  }

  @Test
  void an_html_page_instead_of_the_csv_fails_naming_the_file_and_line() {
    String html = "<html>\n<body>Service unavailable</body></html>\n";
    ListFile file =
        new ListFile(
            "consolidated.csv",
            () -> new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> new CslReader().read(new ListFiles(List.of(file)), e -> {}))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("consolidated.csv:1: not a Consolidated Screening List CSV");
  }

  @Test
  void the_json_form_reads_arrays_addresses_and_ids() throws Exception {
    String json =
        "{\"total\": 1, \"sources_used\": [], \"results\": [{"
            + "\"id\": \"e1\", \"source\": \"Entity List (EL) - Bureau of Industry and Security\","
            + " \"name\": \"140 Repair Plant JSC\", \"type\": null, \"programs\": [],"
            + " \"alt_names\": [\"JSC 140 Repair Plant\"],"
            + " \"addresses\": [{\"address\": \"19 Luysi Chalovskoy St.\", \"city\": \"Borisov\","
            + " \"state\": null, \"postal_code\": \"222512\", \"country\": \"BY\"}],"
            + " \"ids\": [{\"type\": \"Tax ID No.\", \"number\": \"600125789\", \"country\": \"BY\"}],"
            + " \"start_date\": \"2022-04-07\"}]}";
    List<WatchlistEntry> out = new ArrayList<>();
    ListFile file =
        new ListFile(
            "consolidated.json",
            () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    new CslReader().read(new ListFiles(List.of(file)), out::add);

    assertThat(out)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("us-csl:e1");
              assertThat(e.programs()).containsExactly("EL");
              assertThat(e.allNames()).contains("JSC 140 Repair Plant");
              assertThat(e.addresses())
                  .containsExactly("19 Luysi Chalovskoy St., Borisov, 222512, BY");
              assertThat(e.identifiers())
                  .containsExactly(new Identifier("taxId", "600125789", "BY"));
              assertThat(e.listingDate()).isEqualTo("2022-04-07");
            });
  }

  @Test
  void json_without_results_is_refused() {
    ListFile file =
        new ListFile(
            "consolidated.json",
            () ->
                new ByteArrayInputStream(
                    "{\"error\": \"rate limited\"}".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> new CslReader().read(new ListFiles(List.of(file)), e -> {}))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("consolidated.json:1: not a Consolidated Screening List JSON");
  }
}
