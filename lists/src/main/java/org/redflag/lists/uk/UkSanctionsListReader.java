package org.redflag.lists.uk;

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
import org.redflag.lists.parse.XmlRecords;
import org.redflag.lists.parse.XmlRecords.Node;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads the FCDO UK Sanctions List XML ({@code <Designations>} of {@code Designation} records,
 * schema 4.x).
 *
 * <p>The id is the {@code UniqueID} ({@code AFG0011}); the program is the {@code RegimeName}.
 * {@code NameType} {@code Primary Name} (any case) is the primary name, other names are aliases,
 * weak when the {@code AliasStrength} says low quality; names in non-Latin script are strong
 * aliases. Dates are written {@code dd/mm/yyyy}, with {@code dd} or {@code mm} left as letters when
 * unknown ({@code dd/mm/1968} is 1968). Ships get their IMO number and flag.
 */
public final class UkSanctionsListReader implements ListReader {
  /** The {@code uk-sanctions} source id. */
  public static final String SOURCE = "uk-sanctions";

  private static final String SOURCE_URL =
      "https://www.gov.uk/government/publications/the-uk-sanctions-list";

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    String date = null;
    for (ListFile file : files.files()) {
      Map<String, String> root =
          XmlRecords.read(
              file,
              Set.of("Designations"),
              Set.of("Designation"),
              "a UK Sanctions List XML file",
              (rec, line) -> sink.accept(entry(file, line, rec)));
      String generated = root.getOrDefault("dateGenerated", "");
      if (generated.length() >= 10) {
        date = generated.substring(0, 10);
      }
    }
    return date;
  }

  private static WatchlistEntry entry(ListFile file, int line, Node rec) {
    String id = rec.text("UniqueID");
    List<Node> names = rec.path("Names/Name");
    Node primary = null;
    for (Node n : names) {
      if (n.text("NameType").toLowerCase(Locale.ROOT).startsWith("primary")) {
        primary = n;
        break;
      }
    }
    if (primary == null && !names.isEmpty()) {
      primary = names.get(0);
    }
    if (id.isEmpty() || primary == null || fullName(primary).isEmpty()) {
      throw new ListFormatException(file.name(), line, "Designation without a UniqueID or a name");
    }
    String kind = rec.text("IndividualEntityShip").toLowerCase(Locale.ROOT);
    Schema schema =
        kind.startsWith("individual")
            ? Schema.PERSON
            : kind.startsWith("ship") ? Schema.VESSEL : Schema.LEGAL_ENTITY;
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(SOURCE, id, schema, fullName(primary)).sourceUrl(SOURCE_URL);
    for (Node n : names) {
      if (n != primary && !fullName(n).isEmpty()) {
        String strength = n.text("AliasStrength").toLowerCase(Locale.ROOT);
        b.alias(fullName(n), strength.startsWith("low"));
      }
    }
    for (Node n : rec.path("NonLatinNames/NonLatinName")) {
      if (!n.text("NameNonLatinScript").isEmpty()) {
        b.alias(n.text("NameNonLatinScript"), false);
      }
    }
    if (!rec.text("RegimeName").isEmpty()) {
      b.program(rec.text("RegimeName"));
    }
    b.listingDate(ukDate(rec.text("DateDesignated")));
    String other = rec.text("OtherInformation");
    b.remarks(other.isEmpty() ? null : other);
    for (Node a : rec.path("Addresses/Address")) {
      List<String> parts = new ArrayList<>();
      for (Node p : a.children()) {
        if (!p.text().isEmpty()) {
          parts.add(p.text());
        }
      }
      if (!parts.isEmpty()) {
        b.address(String.join(", ", parts));
      }
    }
    for (Node person : rec.path("IndividualDetails/Individual")) {
      person.path("DOBs/DOB").stream()
          .map(dob -> ukDate(dob.text()))
          .filter(java.util.Objects::nonNull)
          .distinct()
          .forEach(b::birthDate);
      for (Node n : person.path("Nationalities/Nationality")) {
        b.country(Countries.codeOrName(n.text()));
      }
      for (Node p : person.path("PassportDetails/Passport")) {
        if (!p.text("PassportNumber").isEmpty()) {
          b.identifier("passport", p.text("PassportNumber"), null);
        }
      }
      for (Node p : person.path("NationalIdentifierDetails/NationalIdentifier")) {
        if (!p.text("NationalIdentifierNumber").isEmpty()) {
          b.identifier("nationalId", p.text("NationalIdentifierNumber"), null);
        }
      }
      for (Node l : person.path("BirthDetails/Location")) {
        String place = join(l.text("TownOfBirth"), l.text("CountryOfBirth"));
        if (!place.isEmpty() && !place.equals(l.text("CountryOfBirth"))) {
          b.birthPlace(place);
        }
      }
    }
    for (Node ship : rec.path("ShipDetails/Ship")) {
      for (Node imo : ship.path("IMONumbers/IMONumber")) {
        b.identifier("imo", imo.text().replaceFirst("^IMO\\s*", ""), null);
      }
      for (Node flag : ship.path("CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip")) {
        b.country(Countries.codeOrName(flag.text()));
      }
    }
    return b.build();
  }

  private static String fullName(Node name) {
    List<String> parts = new ArrayList<>();
    for (String k : List.of("Name1", "Name2", "Name3", "Name4", "Name5", "Name6")) {
      if (!name.text(k).isEmpty()) {
        parts.add(name.text(k));
      }
    }
    return String.join(" ", parts).replaceAll("\\s+", " ").strip();
  }

  /** Parses {@code dd/mm/yyyy}, where day or month may be letters when unknown. */
  static @Nullable String ukDate(String text) {
    String[] p = text.strip().split("/");
    if (p.length != 3 || !p[2].matches("\\d{4}")) {
      return null;
    }
    if (!p[1].matches("\\d{1,2}")) {
      return p[2];
    }
    String month = (p[1].length() == 1 ? "0" : "") + p[1];
    if (!p[0].matches("\\d{1,2}")) {
      return p[2] + "-" + month;
    }
    return p[2] + "-" + month + "-" + (p[0].length() == 1 ? "0" : "") + p[0];
  }

  private static String join(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String p : parts) {
      if (!p.isBlank()) {
        s.append(s.length() > 0 ? ", " : "").append(p.strip());
      }
    }
    return s.toString();
  }
}
