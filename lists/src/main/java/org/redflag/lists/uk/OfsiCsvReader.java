package org.redflag.lists.uk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.ListReader;
import org.redflag.lists.parse.Countries;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads OFSI's Consolidated List CSV ({@code ConList.csv}; also the older HM Treasury file): an
 * optional {@code Last Updated,dd/mm/yyyy} line, then a header {@code Name 6,Name 1,...,Group ID}
 * and one row per name of a listed party.
 *
 * <p>Rows are grouped by {@code Group ID} (the id) into one entry; the row whose {@code Alias Type}
 * is {@code Prime Alias} or {@code Primary Name} gives the name (else the first row), the others
 * are aliases, weak when an {@code Alias Quality} column says low. Because groups need not be
 * adjacent, the entries are emitted after the whole file is read (OFSI's list is ~20k rows). {@code
 * Name 6} is the family name. Dates are {@code dd/mm/yyyy} with {@code 00} for unknown parts. Files
 * are UTF-8, or Windows-1252 as OFSI used to publish them. A header with an empty first cell (seen
 * in edited copies) is tolerated.
 */
public final class OfsiCsvReader implements ListReader {
  /** The {@code uk-ofsi} source id. */
  public static final String SOURCE = "uk-ofsi";

  private static final String SOURCE_URL =
      "https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets";
  private static final Pattern NUMBERED = Pattern.compile("\\(?\\d+\\)\\s*");
  private static final int SNIFF_BYTES = 1 << 16;

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    String date = null;
    for (ListFile file : files.files()) {
      String d = readFile(file, sink);
      if (d != null) {
        date = d;
      }
    }
    return date;
  }

  private static @Nullable String readFile(ListFile file, Consumer<WatchlistEntry> sink)
      throws IOException {
    Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
    String date = null;
    long line = 1;
    try (Reader in = reader(file);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT).get()) {
      List<String> header = null;
      for (CSVRecord r : parser) {
        if (header == null) {
          if (r.size() >= 2 && r.get(0).strip().equalsIgnoreCase("Last Updated")) {
            date = UkSanctionsListReader.ukDate(r.get(1));
          } else if (r.toList().contains("Group ID") && r.toList().contains("Name 6")) {
            header = new ArrayList<>(r.toList());
            if (header.get(0).isBlank()) {
              header.remove(0);
            }
          } else {
            throw new ListFormatException(
                file.name(),
                line,
                "not an OFSI consolidated list CSV: expected a header with Name 6 ... Group ID,"
                    + " found '"
                    + abbreviate(String.join(",", r.toList()))
                    + "'");
          }
        } else if (!(r.size() == 1 && r.get(0).isBlank())) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.size() && i < r.size(); i++) {
            row.put(header.get(i), r.get(i).strip());
          }
          String group = row.getOrDefault("Group ID", "");
          if (group.isEmpty()) {
            throw new ListFormatException(file.name(), line, "row without a Group ID");
          }
          groups.computeIfAbsent(group, k -> new ArrayList<>(2)).add(row);
        }
        line = parser.getCurrentLineNumber() + 1;
      }
      if (header == null) {
        throw new ListFormatException(
            file.name(), line, "no OFSI header line (Name 6 ... Group ID)");
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new ListFormatException(file.name(), line, "malformed CSV: " + e.getMessage());
    }
    groups.forEach((id, rows) -> sink.accept(entry(id, rows)));
    return date;
  }

  private static WatchlistEntry entry(String id, List<Map<String, String>> rows) {
    Map<String, String> primary = rows.get(0);
    for (Map<String, String> r : rows) {
      String type = r.getOrDefault("Alias Type", "").toLowerCase(Locale.ROOT);
      if (type.equals("prime alias") || type.equals("primary name")) {
        primary = r;
        break;
      }
    }
    String kind = primary.getOrDefault("Group Type", "").toLowerCase(Locale.ROOT);
    Schema schema =
        kind.startsWith("individual")
            ? Schema.PERSON
            : kind.startsWith("ship") ? Schema.VESSEL : Schema.LEGAL_ENTITY;
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(SOURCE, id, schema, name(primary)).sourceUrl(SOURCE_URL);
    java.util.Set<String> dobs = new java.util.HashSet<>();
    for (Map<String, String> r : rows) {
      String n = name(r);
      if (r != primary && !n.equals(name(primary))) {
        b.alias(n, r.getOrDefault("Alias Quality", "").toLowerCase(Locale.ROOT).startsWith("low"));
      }
      String dob = dob(r.getOrDefault("DOB", ""));
      if (dob != null && dobs.add(dob)) {
        b.birthDate(dob);
      }
    }
    String regime = primary.getOrDefault("Regime", "");
    if (!regime.isEmpty()) {
      b.program(regime);
    }
    b.listingDate(dob(primary.getOrDefault("Listed On", "")));
    for (String n : numbered(primary.getOrDefault("Nationality", ""))) {
      b.country(Countries.codeOrName(n));
    }
    String town = primary.getOrDefault("Town of Birth", "");
    String country = primary.getOrDefault("Country of Birth", "");
    String place = String.join(", ", nonEmpty(town, country));
    if (!place.isEmpty()) {
      b.birthPlace(place);
    }
    List<String> address = new ArrayList<>();
    for (String k :
        List.of(
            "Address 1",
            "Address 2",
            "Address 3",
            "Address 4",
            "Address 5",
            "Address 6",
            "Post/Zip Code",
            "Country")) {
      String v = primary.getOrDefault(k, "");
      if (!v.isEmpty()) {
        address.add(v);
      }
    }
    if (!address.isEmpty()) {
      b.address(String.join(", ", address));
    }
    List<String> remarks =
        nonEmpty(
            primary.getOrDefault("Other Information", ""),
            primary.getOrDefault("Passport Details", ""));
    b.remarks(remarks.isEmpty() ? null : String.join("; ", remarks));
    return b.build();
  }

  private static String name(Map<String, String> r) {
    List<String> parts = new ArrayList<>();
    for (String k : List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")) {
      String v = r.getOrDefault(k, "");
      if (!v.isEmpty()) {
        parts.add(v);
      }
    }
    return String.join(" ", parts).replaceAll("\\s+", " ");
  }

  private static @Nullable String dob(String text) {
    String[] p = text.strip().split("/");
    if (p.length != 3 || !p[2].matches("\\d{4}") || p[2].equals("0000")) {
      return null;
    }
    String day = p[0].matches("0*") ? "dd" : p[0];
    String month = p[1].matches("0*") ? "mm" : p[1];
    return UkSanctionsListReader.ukDate(day + "/" + month + "/" + p[2]);
  }

  /** Splits {@code 1) Saudi Arabia 2) Qatar} or {@code (1) Tripoli (2) Tunis} into its items. */
  private static List<String> numbered(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : NUMBERED.split(text)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static List<String> nonEmpty(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }

  /** Opens the file as UTF-8 when its first 64 KB decode as such, else as Windows-1252. */
  private static Reader reader(ListFile file) throws IOException {
    byte[] head;
    try (InputStream in = file.open()) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    Charset charset = StandardCharsets.UTF_8;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, trimPartial(head)));
    } catch (CharacterCodingException e) {
      charset = Charset.forName("windows-1252");
    }
    return new InputStreamReader(file.open(), charset);
  }

  /** The length of {@code head} without a UTF-8 sequence cut at its end. */
  private static int trimPartial(byte[] head) {
    int n = head.length;
    for (int i = 1; i <= 3 && n - i >= 0; i++) {
      int b = head[n - i] & 0xff;
      if (b >= 0xc0) {
        return n - i;
      }
      if (b < 0x80) {
        break;
      }
    }
    return n;
  }

  private static String abbreviate(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 60 ? t.substring(0, 60) + "..." : t;
  }
}
