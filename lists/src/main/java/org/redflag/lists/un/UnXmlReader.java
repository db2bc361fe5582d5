package org.redflag.lists.un;

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
import org.redflag.lists.parse.XmlRecords;
import org.redflag.lists.parse.XmlRecords.Node;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads the UN Security Council consolidated list XML, streaming with StAX (no DTDs, no external
 * entities).
 *
 * <p>Each {@code INDIVIDUAL} or {@code ENTITY} record is mapped on its own. The name joins {@code
 * FIRST_NAME} to {@code FOURTH_NAME}; {@code NAME_ORIGINAL_SCRIPT} is a strong alias. Alias quality
 * {@code Low} is a weak alias; {@code Good}, {@code a.k.a.} and {@code f.k.a.} are strong. The
 * program is the {@code UN_LIST_TYPE}; the id is the UN reference number ({@code CDi.001}). The
 * data date is the root's {@code dateGenerated}.
 */
public final class UnXmlReader implements ListReader {
  /** The {@code un-sc} source id. */
  public static final String SOURCE = "un-sc";

  private static final String SOURCE_URL =
      "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list";

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    String date = null;
    for (ListFile file : files.files()) {
      Map<String, String> root =
          XmlRecords.read(
              file,
              Set.of("CONSOLIDATED_LIST"),
              Set.of("INDIVIDUAL", "ENTITY"),
              "a UN consolidated list",
              (rec, line) -> sink.accept(entry(file, line, rec)));
      String generated = root.getOrDefault("dateGenerated", "");
      if (generated.length() >= 10 && (date == null || generated.compareTo(date) > 0)) {
        date = generated.substring(0, 10);
      }
    }
    return date;
  }

  private static WatchlistEntry entry(ListFile file, int line, Node rec) {
    boolean person = rec.name().equals("INDIVIDUAL");
    List<String> parts = new ArrayList<>();
    for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      if (!rec.text(part).isEmpty()) {
        parts.add(rec.text(part));
      }
    }
    String id = rec.text("REFERENCE_NUMBER");
    if (id.isEmpty()) {
      id = rec.text("DATAID");
    }
    if (parts.isEmpty() || id.isEmpty()) {
      throw new ListFormatException(
          file.name(), line, "UN record without a name or a reference number");
    }
    String prefix = person ? "INDIVIDUAL_" : "ENTITY_";
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(
                SOURCE, id, person ? Schema.PERSON : Schema.LEGAL_ENTITY, String.join(" ", parts))
            .sourceUrl(SOURCE_URL)
            .listingDate(blankToNull(rec.text("LISTED_ON")))
            .remarks(blankToNull(rec.text("COMMENTS1")));
    if (!rec.text("UN_LIST_TYPE").isEmpty()) {
      b.program(rec.text("UN_LIST_TYPE"));
    }
    if (!rec.text("NAME_ORIGINAL_SCRIPT").isEmpty()) {
      b.alias(rec.text("NAME_ORIGINAL_SCRIPT"), false);
    }
    for (Node a : rec.all(prefix + "ALIAS")) {
      if (!a.text("ALIAS_NAME").isEmpty()) {
        b.alias(a.text("ALIAS_NAME"), a.text("QUALITY").toLowerCase(Locale.ROOT).equals("low"));
      }
    }
    for (Node n : rec.path("NATIONALITY/VALUE")) {
      if (!n.text().isEmpty()) {
        b.country(Countries.codeOrName(n.text()));
      }
    }
    for (Node d : rec.all(prefix + "DATE_OF_BIRTH")) {
      if (!d.text("DATE").isEmpty()) {
        Dates.parseAll(d.text("DATE")).forEach(b::birthDate);
      } else if (!d.text("YEAR").isEmpty()) {
        b.birthDate(d.text("YEAR"));
      } else {
        for (String key : List.of("FROM_YEAR", "TO_YEAR")) {
          if (!d.text(key).isEmpty()) {
            b.birthDate(d.text(key));
          }
        }
      }
    }
    for (Node p : rec.all(prefix + "PLACE_OF_BIRTH")) {
      String place = join(p, "CITY", "STATE_PROVINCE", "COUNTRY");
      if (!place.isEmpty()) {
        b.birthPlace(place);
      }
    }
    for (Node a : rec.all(prefix + "ADDRESS")) {
      String address = join(a, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY");
      if (!address.isEmpty()) {
        b.address(address);
      }
    }
    for (Node d : rec.all(prefix + "DOCUMENT")) {
      if (!d.text("NUMBER").isEmpty()) {
        String country = d.text("ISSUING_COUNTRY");
        if (country.isEmpty()) {
          country = d.text("COUNTRY_OF_ISSUE");
        }
        b.identifier(
            documentType(d.text("TYPE_OF_DOCUMENT")),
            d.text("NUMBER"),
            country.isEmpty() ? null : Countries.codeOrName(country));
      }
    }
    return b.build();
  }

  private static String documentType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.contains("passport")) {
      return "passport";
    }
    if (t.contains("national identi")) {
      return "nationalId";
    }
    if (t.contains("tax")) {
      return "taxId";
    }
    return "id";
  }

  private static String join(Node group, String... names) {
    List<String> parts = new ArrayList<>();
    for (String n : names) {
      if (!group.text(n).isEmpty()) {
        parts.add(group.text(n));
      }
    }
    return String.join(", ", parts);
  }

  private static @Nullable String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
