package org.redflag.lists.ofac;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.ListReader;
import org.redflag.lists.parse.Countries;
import org.redflag.lists.parse.Dates;
import org.redflag.lists.parse.SdnTypes;
import org.redflag.lists.parse.XmlRecords;
import org.redflag.lists.parse.XmlRecords.Node;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads OFAC's XML: the enhanced form ({@code SDN_ENHANCED.XML}, {@code CONS_ENHANCED.XML}, also
 * zipped as OFAC publishes it; {@code sanctionsData/entities/entity} records) and the classic form
 * ({@code sdn.xml}, {@code consolidated.xml}: {@code sdnList/sdnEntry} records, names written
 * {@code LAST, First} as in the CSV files, aliases {@code strong} or {@code weak}).
 *
 * <p>The id is the entity id (the same number as {@code ent_num} in the CSV files). The primary
 * name is the Latin translation of the name marked {@code isPrimary}; other names and non-Latin
 * translations are aliases, weak when {@code isLowQuality}. Programs come from {@code
 * sanctionsPrograms}; birth dates, places, nationalities, citizenships and vessel flags from {@code
 * features}; identifiers from {@code identityDocuments}. The data date is {@code dataAsOf}.
 */
public final class OfacXmlReader implements ListReader {
  private static final Map<String, String> DOCUMENT_TYPES =
      Map.ofEntries(
          Map.entry("passport", "passport"),
          Map.entry("national id no.", "nationalId"),
          Map.entry("tax id no.", "taxId"),
          Map.entry("v.a.t. number", "taxId"),
          Map.entry("registration id", "registrationNumber"),
          Map.entry("registration number", "registrationNumber"),
          Map.entry("company number", "registrationNumber"),
          Map.entry("business registration number", "registrationNumber"),
          Map.entry("public registration number", "registrationNumber"),
          Map.entry("unified social credit code (uscc)", "registrationNumber"),
          Map.entry("legal entity number", "lei"),
          Map.entry("vessel registration identification", "imo"),
          Map.entry("mmsi", "mmsi"));

  private final String source;

  /** A reader producing entries of {@code source}, e.g. {@code ofac-sdn} or {@code ofac-cons}. */
  public OfacXmlReader(String source) {
    this.source = source;
  }

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    String[] date = {null};
    for (ListFile file : files.files()) {
      XmlRecords.read(
          file,
          Set.of("sanctionsData", "sdnList"),
          Set.of("entity", "publicationInfo", "sdnEntry", "publshInformation"),
          "an OFAC XML file (enhanced or sdn.xml)",
          (rec, line) -> {
            switch (rec.name()) {
              case "publicationInfo":
                String asOf = rec.text("dataAsOf");
                date[0] = asOf.length() >= 10 ? asOf.substring(0, 10) : date[0];
                break;
              case "publshInformation":
                String published = Dates.parse(rec.text("Publish_Date"));
                date[0] = published != null ? published : date[0];
                break;
              case "sdnEntry":
                sink.accept(legacy(file, line, rec));
                break;
              default:
                sink.accept(entry(file, line, rec));
            }
          });
    }
    return date[0];
  }

  private WatchlistEntry entry(ListFile file, int line, Node rec) {
    String id = rec.attr("id");
    String primary = null;
    List<String[]> aliases = new ArrayList<>();
    for (Node name : rec.path("names/name")) {
      boolean isPrimary = name.text("isPrimary").equals("true");
      boolean weak = name.text("isLowQuality").equals("true");
      for (Node t : name.path("translations/translation")) {
        String full = t.text("formattedFullName");
        if (full.isEmpty()) {
          continue;
        }
        if (isPrimary && primary == null && t.text("isPrimary").equals("true")) {
          primary = full;
        } else {
          aliases.add(new String[] {full, Boolean.toString(weak)});
        }
      }
    }
    if (id.isEmpty() || primary == null) {
      throw new ListFormatException(file.name(), line, "OFAC entity without an id or primary name");
    }
    List<Node> entityType = rec.path("generalInfo/entityType");
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(
                source,
                id,
                SdnTypes.schema(entityType.isEmpty() ? null : entityType.get(0).text()),
                primary)
            .sourceUrl("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + id);
    for (String[] a : aliases) {
      if (!a[0].equals(primary)) {
        b.alias(a[0], Boolean.parseBoolean(a[1]));
      }
    }
    for (Node p : rec.path("sanctionsPrograms/sanctionsProgram")) {
      b.program(p.text());
    }
    for (Node f : rec.path("features/feature")) {
      String type = f.text("type").toLowerCase(Locale.ROOT);
      String value = f.text("value");
      if (value.isEmpty()) {
        continue;
      }
      if (type.equals("birthdate")) {
        Dates.parseAll(value).forEach(b::birthDate);
      } else if (type.equals("place of birth")) {
        b.birthPlace(value);
      } else if (type.contains("nationality")
          || type.contains("citizenship")
          || type.equals("vessel flag")) {
        b.country(Countries.codeOrName(value));
      } else if (type.equals("swift/bic")) {
        b.identifier("swiftBic", value, null);
      } else if (type.equals("vessel call sign")) {
        b.identifier("callSign", value, null);
      }
    }
    for (Node d : rec.path("identityDocuments/identityDocument")) {
      String number = d.text("documentNumber");
      if (!number.isEmpty()) {
        String type = DOCUMENT_TYPES.getOrDefault(d.text("type").toLowerCase(Locale.ROOT), "id");
        String country = d.text("issuingCountry");
        b.identifier(type, number, country.isEmpty() ? null : Countries.codeOrName(country));
      }
    }
    for (Node a : rec.path("addresses/address")) {
      List<String> parts = new ArrayList<>();
      for (Node t : a.path("translations/translation")) {
        if (t.text("isPrimary").equals("true")) {
          for (Node p : t.path("addressParts/addressPart")) {
            if (!p.text("value").isEmpty()) {
              parts.add(p.text("value"));
            }
          }
        }
      }
      if (!a.text("country").isEmpty()) {
        parts.add(a.text("country"));
      }
      if (!parts.isEmpty()) {
        b.address(String.join(", ", parts));
      }
    }
    String remarks =
        rec.path("generalInfo/remarks").stream().map(Node::text).findFirst().orElse("");
    b.remarks(remarks.isEmpty() ? null : remarks);
    return b.build();
  }

  /** Maps an {@code sdnEntry} of the classic {@code sdn.xml}/{@code consolidated.xml} format. */
  private WatchlistEntry legacy(ListFile file, int line, Node rec) {
    String id = rec.text("uid");
    String name = name(rec);
    if (id.isEmpty() || name.isEmpty()) {
      throw new ListFormatException(file.name(), line, "sdnEntry without a uid or a lastName");
    }
    Schema schema = SdnTypes.schema(rec.text("sdnType"));
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(source, id, schema, name)
            .sourceUrl("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + id);
    for (Node p : rec.path("programList/program")) {
      b.program(p.text());
    }
    for (Node a : rec.path("akaList/aka")) {
      String alias = name(a);
      if (!alias.isEmpty()) {
        b.alias(alias, a.text("category").equalsIgnoreCase("weak"));
      }
    }
    for (Node d : rec.path("dateOfBirthList/dateOfBirthItem")) {
      Dates.parseAll(d.text("dateOfBirth")).forEach(b::birthDate);
    }
    for (Node p : rec.path("placeOfBirthList/placeOfBirthItem")) {
      if (!p.text("placeOfBirth").isEmpty()) {
        b.birthPlace(p.text("placeOfBirth"));
      }
    }
    for (String list : List.of("nationalityList/nationality", "citizenshipList/citizenship")) {
      for (Node n : rec.path(list)) {
        if (!n.text("country").isEmpty()) {
          b.country(Countries.codeOrName(n.text("country")));
        }
      }
    }
    for (Node i : rec.path("idList/id")) {
      String number = i.text("idNumber");
      if (!number.isEmpty()) {
        String country = i.text("idCountry");
        String idType =
            DOCUMENT_TYPES.getOrDefault(i.text("idType").toLowerCase(Locale.ROOT), "id");
        b.identifier(
            idType,
            idType.equals("imo") ? number.replaceFirst("^IMO\\s*", "") : number,
            country.isEmpty() ? null : Countries.codeOrName(country));
      }
    }
    for (Node a : rec.path("addressList/address")) {
      List<String> parts = new ArrayList<>();
      for (String k :
          List.of(
              "address1",
              "address2",
              "address3",
              "city",
              "stateOrProvince",
              "postalCode",
              "country")) {
        if (!a.text(k).isEmpty()) {
          parts.add(a.text(k));
        }
      }
      if (!parts.isEmpty()) {
        b.address(String.join(", ", parts));
      }
    }
    Node vessel = rec.child("vesselInfo");
    if (vessel != null) {
      if (!vessel.text("callSign").isEmpty()) {
        b.identifier("callSign", vessel.text("callSign"), null);
      }
      if (!vessel.text("vesselFlag").isEmpty()) {
        b.country(Countries.codeOrName(vessel.text("vesselFlag")));
      }
    }
    String remarks = rec.text("remarks");
    if (!remarks.isEmpty()) {
      OfacRemarks.apply(remarks, b);
      b.remarks(remarks);
    }
    return b.build();
  }

  /** {@code LAST, First} as in OFAC's CSV files, or the last name alone. */
  private static String name(Node n) {
    String last = n.text("lastName");
    String first = n.text("firstName");
    return first.isEmpty() ? last : last.isEmpty() ? first : last + ", " + first;
  }
}
