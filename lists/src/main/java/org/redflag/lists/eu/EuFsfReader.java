package org.redflag.lists.eu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.ListReader;
import org.redflag.lists.parse.Countries;
import org.redflag.lists.parse.XmlRecords;
import org.redflag.lists.parse.XmlRecords.Node;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads the EU Financial Sanctions Files XML 1.1 ({@code <export
 * xmlns="http://eu.europa.ec/fpi/fsd/export">} of {@code sanctionEntity} records).
 *
 * <p>The id is the entity's {@code logicalId}; the primary name is the first {@code nameAlias} in
 * English with a last name, else in English, else the first one; the others are aliases, weak when
 * {@code strong="false"}. Programs are the {@code programme} codes of the regulations ({@code
 * TERR}, {@code IRN}, {@code RUS}, ...). {@code subjectType} {@code person} is a person, {@code
 * enterprise} a legal entity. Country code {@code 00} means unknown. The data date is the export's
 * {@code generationDate}.
 */
public final class EuFsfReader implements ListReader {
  /** The {@code eu-fsf} source id. */
  public static final String SOURCE = "eu-fsf";

  private static final String SOURCE_URL =
      "https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions";

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    String date = null;
    for (ListFile file : files.files()) {
      Map<String, String> root =
          XmlRecords.read(
              file,
              Set.of("export", "WHOLE"),
              Set.of("sanctionEntity", "ENTITY"),
              "an EU Financial Sanctions Files XML export",
              (rec, line) ->
                  sink.accept(
                      rec.name().equals("ENTITY")
                          ? legacy(file, line, rec)
                          : entry(file, line, rec)));
      String generated = root.getOrDefault("generationDate", "");
      String legacyDate = root.getOrDefault("Date", "");
      if (generated.length() >= 10) {
        date = generated.substring(0, 10);
      } else if (legacyDate.matches("\\d{2}/\\d{2}/\\d{4}")) {
        date =
            legacyDate.substring(6)
                + "-"
                + legacyDate.substring(3, 5)
                + "-"
                + legacyDate.substring(0, 2);
      }
    }
    return date;
  }

  private static WatchlistEntry entry(ListFile file, int line, Node rec) {
    List<Node> names = rec.all("nameAlias");
    Node primary = null;
    int best = -1;
    for (Node n : names) {
      int score =
          (n.attr("nameLanguage").equals("EN") ? 2 : 0) + (n.attr("lastName").isEmpty() ? 0 : 1);
      if (!n.attr("wholeName").isEmpty() && score > best) {
        primary = n;
        best = score;
      }
    }
    String id = rec.attr("logicalId");
    if (primary == null || id.isEmpty()) {
      throw new ListFormatException(
          file.name(), line, "sanctionEntity without a logicalId or name");
    }
    Node subject = rec.child("subjectType");
    String type = subject == null ? "" : subject.attr("code");
    Schema schema = type.equals("person") ? Schema.PERSON : Schema.LEGAL_ENTITY;
    String name = primary.attr("wholeName").replaceAll("\\s+", " ");
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(SOURCE, id, schema, name).sourceUrl(SOURCE_URL);
    Set<String> seen = new LinkedHashSet<>();
    seen.add(name);
    for (Node n : names) {
      String alias = n.attr("wholeName").replaceAll("\\s+", " ");
      if (!alias.isEmpty() && seen.add(alias)) {
        b.alias(alias, n.attr("strong").equals("false"));
      }
    }
    for (Node r : rec.all("regulation")) {
      if (!r.attr("programme").isEmpty()) {
        b.program(r.attr("programme"));
      }
    }
    String designated = rec.attr("designationDate");
    b.listingDate(designated.isEmpty() ? null : designated);
    Set<String> dates = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    for (Node d : rec.all("birthdate")) {
      dates.add(!d.attr("birthdate").isEmpty() ? d.attr("birthdate") : d.attr("year"));
      places.add(join(clean(d.attr("city")), clean(d.attr("place")), country(d)));
    }
    dates.stream().filter(d -> !d.isEmpty()).forEach(b::birthDate);
    places.stream().filter(p -> !p.isEmpty()).forEach(b::birthPlace);
    for (Node c : rec.all("citizenship")) {
      String code = c.attr("countryIso2Code");
      if (!code.isEmpty() && !code.equals("00")) {
        b.country(code);
      }
    }
    for (Node i : rec.all("identification")) {
      String number = i.attr("number");
      if (!number.isEmpty()) {
        String code = i.attr("countryIso2Code");
        b.identifier(
            idType(i.attr("identificationTypeCode")),
            number,
            code.isEmpty() || code.equals("00") ? null : code);
      }
    }
    for (Node a : rec.all("address")) {
      String line1 =
          join(
              clean(a.attr("street")),
              clean(a.attr("poBox")),
              clean(a.attr("city")),
              clean(a.attr("zipCode")),
              clean(a.attr("region")),
              country(a));
      if (!line1.isEmpty()) {
        b.address(line1);
      }
    }
    List<String> remarks = new ArrayList<>();
    for (Node r : rec.all("remark")) {
      if (!r.text().isEmpty()) {
        remarks.add(r.text());
      }
    }
    if (!rec.attr("designationDetails").isEmpty()) {
      remarks.add(rec.attr("designationDetails"));
    }
    b.remarks(remarks.isEmpty() ? null : String.join("; ", remarks));
    return b.build();
  }

  /** Maps an entity of the pre-2017 format ({@code WHOLE/ENTITY} with upper-case elements). */
  private static WatchlistEntry legacy(ListFile file, int line, Node rec) {
    String id = rec.attr("Id");
    List<Node> names = rec.all("NAME");
    String name = names.isEmpty() ? "" : names.get(0).text("WHOLENAME").replaceAll("\\s+", " ");
    if (id.isEmpty() || name.isEmpty()) {
      throw new ListFormatException(file.name(), line, "ENTITY without an Id or a WHOLENAME");
    }
    Schema schema = rec.attr("Type").equals("P") ? Schema.PERSON : Schema.LEGAL_ENTITY;
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(SOURCE, id, schema, name).sourceUrl(SOURCE_URL);
    Set<String> seen = new LinkedHashSet<>(List.of(name));
    for (Node n : names) {
      String alias = n.text("WHOLENAME").replaceAll("\\s+", " ");
      if (!alias.isEmpty() && seen.add(alias)) {
        b.alias(alias, false);
      }
    }
    if (!rec.attr("programme").isEmpty()) {
      b.program(rec.attr("programme"));
    }
    String listed = rec.attr("reg_date");
    b.listingDate(listed.isEmpty() ? null : listed);
    Set<String> dates = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    for (Node d : rec.all("BIRTH")) {
      dates.add(d.text("DATE"));
      places.add(join(clean(d.text("PLACE")), clean(Countries.codeOrName(d.text("COUNTRY")))));
    }
    dates.stream().filter(d -> !d.isEmpty()).forEach(b::birthDate);
    places.stream().filter(p -> !p.isEmpty()).forEach(b::birthPlace);
    for (Node c : rec.all("CITIZEN")) {
      if (!c.text("COUNTRY").isEmpty()) {
        b.country(Countries.codeOrName(c.text("COUNTRY")));
      }
    }
    for (Node p : rec.all("PASSPORT")) {
      String number = p.text("NUMBER").split("\\s+")[0];
      if (!number.isEmpty()) {
        String country = p.text("COUNTRY");
        b.identifier("passport", number, country.isEmpty() ? null : Countries.codeOrName(country));
      }
    }
    for (Node a : rec.all("ADDRESS")) {
      String address =
          join(
              clean(a.text("NUMBER")),
              clean(a.text("STREET")),
              clean(a.text("ZIPCODE")),
              clean(a.text("CITY")),
              clean(a.text("COUNTRY")),
              clean(a.text("OTHER")));
      if (!address.isEmpty()) {
        b.address(address);
      }
    }
    String remark = rec.attr("remark");
    b.remarks(remark.isEmpty() ? null : remark);
    return b.build();
  }

  private static String idType(String code) {
    switch (code) {
      case "passport":
        return "passport";
      case "id":
        return "nationalId";
      case "fiscalcode":
      case "tin":
        return "taxId";
      case "regnumber":
        return "registrationNumber";
      default:
        return code.isEmpty() ? "id" : code;
    }
  }

  private static String country(Node n) {
    String description = clean(n.attr("countryDescription"));
    if (!description.isEmpty()) {
      return description;
    }
    String code = n.attr("countryIso2Code");
    return code.equals("00") ? "" : code;
  }

  private static String clean(String s) {
    String t = s.strip();
    return t.equals("-") || t.equalsIgnoreCase("UNKNOWN") ? "" : t.replaceAll("\\s+", " ");
  }

  private static String join(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty()) {
        s.append(s.length() > 0 ? ", " : "").append(p);
      }
    }
    return s.toString();
  }
}
