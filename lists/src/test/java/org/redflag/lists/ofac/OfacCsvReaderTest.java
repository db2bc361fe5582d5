package org.redflag.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.model.WatchlistEntry.Alias;
import org.redflag.model.WatchlistEntry.Identifier;

class OfacCsvReaderTest {

  static Map<String, WatchlistEntry> readFixture() throws IOException {
    List<WatchlistEntry> out = new ArrayList<>();
    new OfacCsvReader("ofac-sdn")
        .read(
            ListFiles.of(
                List.of(
                    fixture("sdn.csv"),
                    fixture("alt.csv"),
                    fixture("add.csv"),
                    fixture("sdn_comments.csv"))),
            out::add);
    return out.stream().collect(Collectors.toMap(WatchlistEntry::sourceId, Function.identity()));
  }

  static Path fixture(String name) {
    try {
      return Path.of(OfacCsvReaderTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void lukashenko_is_a_person_on_program_belarus_with_31_strong_aliases() throws IOException {
    WatchlistEntry e = readFixture().get("9760");

    assertThat(e.name()).isEqualTo("LUKASHENKA, Alyaksandr Hryhoryavich");
    assertThat(e.schema()).isEqualTo(Schema.PERSON);
    assertThat(e.programs()).containsExactly("BELARUS");
    assertThat(e.aliases()).hasSize(31).noneMatch(Alias::weak);
    assertThat(e.allNames()).contains("LUKASHENKO, Aliaksandr Grigorievich");
    assertThat(e.birthDates()).containsExactly("1954-08-30");
    assertThat(e.birthPlaces()).containsExactly("Kopys, Vitebsk oblast, Belarus");
    assertThat(e.id()).isEqualTo("ofac-sdn:9760");
  }

  @Test
  void weak_aliases_come_from_quoted_akas_in_the_remarks() throws IOException {
    WatchlistEntry bnc = readFixture().get("306");

    assertThat(bnc.schema()).isEqualTo(Schema.LEGAL_ENTITY);
    assertThat(bnc.aliases())
        .contains(new Alias("BNC", true), new Alias("NATIONAL BANK OF CUBA", false));
  }

  @Test
  void several_programs_in_one_column_are_split() throws IOException {
    WatchlistEntry e = readFixture().get("12112");

    assertThat(e.programs()).containsExactly("SDGT", "IRGC", "IFSR");
    assertThat(e.countries()).containsExactly("IR");
    assertThat(e.identifiers()).contains(new Identifier("passport", "A0016662", "IR"));
  }

  @Test
  void vessels_and_aircraft_get_their_schema_and_numbers() throws IOException {
    Map<String, WatchlistEntry> all = readFixture();

    WatchlistEntry vessel = all.get("15036");
    assertThat(vessel.schema()).isEqualTo(Schema.VESSEL);
    assertThat(vessel.countries()).containsExactly("IR");
    assertThat(vessel.identifiers())
        .contains(
            new Identifier("imo", "9187629", null), new Identifier("callSign", "T2EU4", null));
    assertThat(vessel.aliases()).contains(new Alias("ALPHA", true));
    assertThat(all.get("15431").schema()).isEqualTo(Schema.AIRPLANE);
  }

  @Test
  void remarks_continue_in_the_comments_file() throws IOException {
    WatchlistEntry e = readFixture().get("28264");

    assertThat(e.remarks()).contains("Phone Number 8613314257947").endsWith("LAZARUS GROUP.");
    assertThat(e.aliases()).contains(new Alias("khaleesi", true));
    assertThat(e.identifiers()).contains(new Identifier("idNumber", "210302198701102136", "CN"));
    assertThat(e.programs()).containsExactly("DPRK3", "CYBER2");
  }

  @Test
  void an_html_error_page_saved_as_sdn_csv_fails_naming_the_file_and_line() {
    String html = "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>\n";
    ListFile file =
        new ListFile(
            "downloads/sdn.csv",
            () -> new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(
            () -> new OfacCsvReader("ofac-sdn").read(new ListFiles(List.of(file)), e -> {}))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("downloads/sdn.csv:1: not an OFAC CSV record")
        .hasMessageContaining("<!DOCTYPE html>");
  }

  @Test
  void a_bad_row_after_good_ones_is_reported_with_its_line() {
    String csv =
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "oops,this is not a record\r\n";
    ListFile file =
        new ListFile(
            "sdn.csv", () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(
            () -> new OfacCsvReader("ofac-sdn").read(new ListFiles(List.of(file)), e -> {}))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("sdn.csv:2: ");
  }
}
