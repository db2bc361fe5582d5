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

  @Test
  void the_classic_sdn_xml_gives_the_same_names_as_the_csv() throws Exception {
    String xml =
        "<?xml version=\"1.0\" standalone=\"yes\"?>\n"
            + "<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\">\n"
            + "<publshInformation><Publish_Date>07/15/2021</Publish_Date><Record_Count>2</Record_Count>"
            + "</publshInformation>\n"
            + "<sdnEntry><uid>9760</uid><firstName>Alyaksandr Hryhoryavich</firstName>"
            + "<lastName>LUKASHENKA</lastName><title>President</title><sdnType>Individual</sdnType>"
            + "<programList><program>BELARUS</program></programList>"
            + "<akaList><aka><uid>9302</uid><type>a.k.a.</type><category>strong</category>"
            + "<lastName>LUKASHENKA</lastName><firstName>Aliaksandr Grigorievich</firstName></aka>"
            + "<aka><uid>1</uid><type>a.k.a.</type><category>weak</category>"
            + "<lastName>BATKA</lastName></aka></akaList>"
            + "<dateOfBirthList><dateOfBirthItem><uid>1</uid><dateOfBirth>30 Aug 1954</dateOfBirth>"
            + "<mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList>"
            + "<placeOfBirthList><placeOfBirthItem><uid>2</uid>"
            + "<placeOfBirth>Kopys, Vitebsk oblast, Belarus</placeOfBirth></placeOfBirthItem>"
            + "</placeOfBirthList></sdnEntry>\n"
            + "<sdnEntry><uid>15036</uid><lastName>ARTAVIL</lastName><sdnType>Vessel</sdnType>"
            + "<programList><program>IRAN</program></programList>"
            + "<idList><id><uid>3</uid><idType>Vessel Registration Identification</idType>"
            + "<idNumber>IMO 9187629</idNumber></id></idList>"
            + "<vesselInfo><callSign>T2EU4</callSign><vesselFlag>Iran</vesselFlag></vesselInfo>"
            + "</sdnEntry>\n</sdnList>\n";
    Path file = Files.writeString(dir.resolve("sdn.xml"), xml);
    List<WatchlistEntry> out = new ArrayList<>();

    String date = new OfacReader("ofac-sdn").read(ListFiles.of(List.of(file)), out::add);

    assertThat(date).isEqualTo("2021-07-15");
    WatchlistEntry luka = out.get(0);
    assertThat(luka.id()).isEqualTo("ofac-sdn:9760");
    assertThat(luka.name()).isEqualTo("LUKASHENKA, Alyaksandr Hryhoryavich");
    assertThat(luka.schema()).isEqualTo(Schema.PERSON);
    assertThat(luka.programs()).containsExactly("BELARUS");
    assertThat(luka.aliases())
        .containsExactly(
            new Alias("LUKASHENKA, Aliaksandr Grigorievich", false), new Alias("BATKA", true));
    assertThat(luka.birthDates()).containsExactly("1954-08-30");
    WatchlistEntry vessel = out.get(1);
    assertThat(vessel.schema()).isEqualTo(Schema.VESSEL);
    assertThat(vessel.countries()).containsExactly("IR");
    assertThat(vessel.identifiers())
        .contains(
            new Identifier("imo", "9187629", null), new Identifier("callSign", "T2EU4", null));
  }
}
