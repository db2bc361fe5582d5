package org.redflag.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.model.WatchlistEntry.Alias;
import org.redflag.model.WatchlistEntry.Identifier;

class UnXmlReaderTest {

  private final List<WatchlistEntry> out = new ArrayList<>();

  private String readFixture() throws Exception {
    Path path = Path.of(getClass().getResource("UN_consolidated_excerpt.xml").toURI());
    return new UnXmlReader().read(ListFiles.of(List.of(path)), out::add);
  }

  private String readText(String name, String xml) throws IOException {
    ListFile file =
        new ListFile(name, () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return new UnXmlReader().read(new ListFiles(List.of(file)), out::add);
  }

  @Test
  void individuals_get_full_name_aliases_with_quality_documents_and_dates() throws Exception {
    String date = readFixture();

    assertThat(date).isEqualTo("2026-02-27");
    WatchlistEntry e = out.get(0);
    assertThat(e.id()).isEqualTo("un-sc:LYi.023");
    assertThat(e.schema()).isEqualTo(Schema.PERSON);
    assertThat(e.name()).isEqualTo("Ahmad Oumar Imhamad al-Fitouri");
    assertThat(e.programs()).containsExactly("Libya");
    assertThat(e.listingDate()).isEqualTo("2018-06-07");
    assertThat(e.countries()).containsExactly("LY");
    assertThat(e.birthDates()).containsExactly("1988-05-07");
    assertThat(e.aliases())
        .contains(new Alias("احمد عمر امحمد الفيتوري", false), new Alias("The Uncle", true));
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier("passport", "LY53FP76", "LY"),
            new Identifier("nationalId", "119880387067", null));
    assertThat(e.addresses()).containsExactly("Garabulli, Libya", "Zawiya, Libya");
  }

  @Test
  void a_birth_year_range_gives_both_years_and_good_aliases_are_strong() throws Exception {
    readFixture();
    WatchlistEntry e = out.get(1);

    assertThat(e.birthDates()).containsExactly("1973", "1974");
    assertThat(e.birthPlaces()).containsExactly("Bigogwe, Rwanda");
    assertThat(e.countries()).containsExactly("CD");
    assertThat(e.aliases()).contains(new Alias("Bosco Ntaganda", false), new Alias("Major", true));
  }

  @Test
  void entities_are_legal_entities_with_addresses() throws Exception {
    readFixture();
    WatchlistEntry e = out.get(2);

    assertThat(e.id()).isEqualTo("un-sc:CDe.003");
    assertThat(e.schema()).isEqualTo(Schema.LEGAL_ENTITY);
    assertThat(e.aliases()).containsExactly(new Alias("CAGL", false));
    assertThat(e.addresses())
        .contains("Avenue Président Mobutu, Goma, Democratic Republic of the Congo");
  }

  @Test
  void an_external_entity_is_never_resolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL>"
            + "<DATAID>1</DATAID><FIRST_NAME>&xxe;</FIRST_NAME>"
            + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>"
            + "</CONSOLIDATED_LIST>\n";

    try {
      readText("xxe.xml", xxe);
    } catch (ListFormatException rejected) {
      assertThat(rejected).hasMessageStartingWith("xxe.xml:").hasMessageNotContaining("TOP-SECRET");
    }
    assertThat(out).noneMatch(e -> e.name().contains("TOP-SECRET"));
  }

  @Test
  void an_html_page_instead_of_the_xml_fails_naming_the_file_and_line() {
    String html = "<!DOCTYPE html>\n<html><body>\n<p>Error</p></body></html>\n";

    assertThatThrownBy(() -> readText("consolidated.xml", html))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("consolidated.xml:");
  }

  @Test
  void another_xml_document_fails_naming_its_root_element() {
    assertThatThrownBy(() -> readText("list.xml", "<?xml version=\"1.0\"?>\n\n<export/>"))
        .isInstanceOf(ListFormatException.class)
        .hasMessage(
            "list.xml:3: not a UN consolidated list: expected root element CONSOLIDATED_LIST,"
                + " found export");
  }
}
