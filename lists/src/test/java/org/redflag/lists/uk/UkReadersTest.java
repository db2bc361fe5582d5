package org.redflag.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.ListReader;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.model.WatchlistEntry.Alias;
import org.redflag.model.WatchlistEntry.Identifier;

class UkReadersTest {

  private List<WatchlistEntry> read(ListReader reader, String fixture) throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    reader.read(ListFiles.of(List.of(Path.of(getClass().getResource(fixture).toURI()))), out::add);
    return out;
  }

  @Test
  void the_uk_sanctions_list_excerpt_gives_people_an_entity_and_a_ship() throws Exception {
    List<WatchlistEntry> out =
        read(new UkSanctionsListReader(), "uk_sanctions_list_2026-08_excerpt.xml");

    assertThat(out)
        .extracting(WatchlistEntry::schema)
        .containsExactly(Schema.PERSON, Schema.PERSON, Schema.LEGAL_ENTITY, Schema.VESSEL);
    WatchlistEntry mansur = out.get(0);
    assertThat(mansur.id()).isEqualTo("uk-sanctions:AFG0011");
    assertThat(mansur.name()).isEqualTo("ABDUL LATIF MANSUR");
    assertThat(mansur.birthDates()).containsExactly("1968", "1967-11-12");
    assertThat(mansur.identifiers()).contains(new Identifier("passport", "D0009720", null));
    assertThat(mansur.countries()).containsExactly("AF");
    assertThat(out.get(1).name()).isEqualTo("AKRAM TURKI HISHAN AL-MAZIDIH");
    assertThat(out.get(1).aliases()).contains(new Alias("Abu Akram", true));
    WatchlistEntry ship = out.get(3);
    assertThat(ship.identifiers()).containsExactly(new Identifier("imo", "9562233", null));
    assertThat(ship.countries()).containsExactly("KM");
  }

  @Test
  void ofsi_rows_of_one_group_become_one_entry() throws Exception {
    List<WatchlistEntry> out = read(new OfsiCsvReader(), "ofsi_conlist_2020_excerpt.csv");

    assertThat(out).hasSize(41);
    WatchlistEntry first = out.get(0);
    assertThat(first.id()).isEqualTo("uk-ofsi:13349");
    assertThat(first.name()).isEqualTo("Sheikh Farooq AL-QAHTANI");
    assertThat(first.birthDates()).containsExactly("1980", "1981");
    assertThat(first.countries()).containsExactly("SA", "QA");
    assertThat(first.listingDate()).isEqualTo("2016-04-01");
  }

  @Test
  void the_older_windows_1252_hm_treasury_file_keeps_its_accents_and_date() throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    Path path = Path.of(getClass().getResource("hmt_conlist_2016-02-12_head.csv").toURI());

    String date = new OfsiCsvReader().read(ListFiles.of(List.of(path)), out::add);

    assertThat(date).isEqualTo("2016-02-12");
    assertThat(out).isNotEmpty();
    assertThat(out).flatExtracting(WatchlistEntry::allNames).noneMatch(n -> n.contains("\uFFFD"));
  }

  @Test
  void an_html_page_is_not_an_ofsi_list() {
    ListFile html =
        new ListFile(
            "ConList.csv",
            () ->
                new ByteArrayInputStream(
                    "<html><body>503</body></html>".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> new OfsiCsvReader().read(new ListFiles(List.of(html)), e -> {}))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("ConList.csv:1: not an OFSI consolidated list CSV");
  }

  @ParameterizedTest
  @CsvSource({
    "12/11/1967, 1967-11-12",
    "dd/mm/1968, 1968",
    "dd/09/1958, 1958-09",
    "1/2/2001, 2001-02-01",
  })
  void uk_dates_are_day_first(String text, String iso) {
    assertThat(UkSanctionsListReader.ukDate(text)).isEqualTo(iso);
  }
}
