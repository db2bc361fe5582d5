package org.redflag.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.lists.ListFiles;
import org.redflag.lists.SharedData;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.model.WatchlistEntry.Alias;
import org.redflag.model.WatchlistEntry.Identifier;

class OfacXmlReaderTest {
  @TempDir Path dir;

  private List<WatchlistEntry> read(Path file) throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    new OfacReader("ofac-cons").read(ListFiles.of(List.of(file)), out::add);
    return out;
  }

  private Path zippedExcerpt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        InputStream in = getClass().getResourceAsStream("cons_enhanced_excerpt.xml")) {
      zip.putNextEntry(new ZipEntry("CONS_ENHANCED.XML"));
      in.transferTo(zip);
      zip.closeEntry();
    }
    return Files.write(dir.resolve("CONS_ENHANCED.ZIP"), bytes.toByteArray());
  }

  @Test
  void the_enhanced_xml_gives_names_scripts_programs_and_documents() throws Exception {
    List<WatchlistEntry> out = read(zippedExcerpt());

    assertThat(out).hasSize(2);
    WatchlistEntry vtb = out.get(0);
    assertThat(vtb.id()).isEqualTo("ofac-cons:17013");
    assertThat(vtb.name()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
    assertThat(vtb.schema()).isEqualTo(Schema.LEGAL_ENTITY);
    assertThat(vtb.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
    assertThat(vtb.aliases())
        .contains(
            new Alias("JSC VTB BANK", false),
            new Alias("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", false));
    WatchlistEntry person = out.get(1);
    assertThat(person.schema()).isEqualTo(Schema.PERSON);
    assertThat(person.birthDates()).containsExactly("1980-02-08");
    assertThat(person.countries()).containsExactly("TR");
    assertThat(person.identifiers()).containsExactly(new Identifier("passport", "U00242309", "TR"));
  }

  @Test
  void the_real_consolidated_enhanced_zip_is_read_when_present() throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    Path zip = SharedData.list("ofac_cons_nonsdn_2025/CONS_ENHANCED_2025-01.ZIP");

    String date = new OfacReader("ofac-cons").read(ListFiles.of(List.of(zip)), out::add);

    assertThat(date).isEqualTo("2025-01-10");
    assertThat(out).hasSize(443);
    assertThat(out).extracting(WatchlistEntry::sourceId).doesNotHaveDuplicates();
  }
}
