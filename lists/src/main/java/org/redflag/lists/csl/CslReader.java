package org.redflag.lists.csl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
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
import org.redflag.lists.parse.Dates;
import org.redflag.lists.parse.Ids;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads the Consolidated Screening List CSV (with a header; the {@code _id} column is optional).
 *
 * <p>Multi-valued cells are separated by {@code ;}. The first program of every entry is the short
 * code of the list the row comes from ({@code SDN}, {@code EL}, {@code DPL}, {@code MEU}, ...), so
 * a hit says which list it is on; the row's own programs follow. Ids are written {@code [country,
 * ]number, type}; only document types worth matching on are kept.
 */
public final class CslReader implements ListReader {
  /** The {@code us-csl} source id. */
  public static final String SOURCE = "us-csl";

  private static final List<String> REQUIRED = List.of("source", "name");
  private static final Pattern LIST_CODE = Pattern.compile("\\(([A-Z][A-Z-]*?)(?: List)?\\)");
  private static final Map<String, String> ID_TYPES =
      Map.ofEntries(
          Map.entry("passport", "passport"),
          Map.entry("national id no.", "nationalId"),
          Map.entry("cedula no.", "nationalId"),
          Map.entry("tax id no.", "taxId"),
          Map.entry("registration id", "registrationNumber"),
          Map.entry("registration number", "registrationNumber"),
          Map.entry("unified social credit code (uscc)", "registrationNumber"),
          Map.entry("vessel registration identification", "imo"),
          Map.entry("mmsi", "mmsi"),
          Map.entry("swift/bic", "swiftBic"),
          Map.entry("identification number", "idNumber"));

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    for (ListFile file : files.files()) {
      readFile(file, sink);
    }
    return null;
  }

  private static void readFile(ListFile file, Consumer<WatchlistEntry> sink) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    long line = 1;
    try (Reader in = file.openReader();
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      if (!header.containsAll(REQUIRED)) {
        throw new ListFormatException(
            file.name(),
            1,
            "not a Consolidated Screening List CSV: expected a header with columns "
                + REQUIRED
                + ", found "
                + abbreviate(String.join(",", header)));
      }
      boolean hasId = header.contains("_id");
      line = parser.getCurrentLineNumber() + 1;
      for (CSVRecord r : parser) {
        if (!r.isConsistent()) {
          throw new ListFormatException(
              file.name(), line, "expected " + header.size() + " columns, found " + r.size());
        }
        sink.accept(entry(r, hasId));
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new ListFormatException(file.name(), line, "malformed CSV: " + e.getMessage());
    }
  }

  private static WatchlistEntry entry(CSVRecord r, boolean hasId) {
    String list = get(r, "source");
    String name = get(r, "name");
    String number = get(r, "entity_number");
    String id = hasId ? get(r, "_id") : "";
    if (id.isEmpty()) {
      id = !number.isEmpty() ? number : Ids.contentId(list, name, get(r, "addresses"));
    }
    WatchlistEntry.Builder b = WatchlistEntry.builder(SOURCE, id, schema(get(r, "type")), name);
    Matcher code = LIST_CODE.matcher(list);
    b.program(code.find() ? code.group(1) : list);
    split(get(r, "programs")).forEach(b::program);
    for (String alias : split(get(r, "alt_names"))) {
      b.alias(alias.startsWith("and ") ? alias.substring(4) : alias, false);
    }
    for (String d : split(get(r, "dates_of_birth"))) {
      Dates.parseAll(d).forEach(b::birthDate);
    }
    split(get(r, "places_of_birth")).forEach(b::birthPlace);
    split(get(r, "nationalities")).forEach(c -> b.country(Countries.codeOrName(c)));
    split(get(r, "citizenships")).forEach(c -> b.country(Countries.codeOrName(c)));
    split(get(r, "addresses")).forEach(b::address);
    String flag = get(r, "vessel_flag");
    if (!flag.isEmpty()) {
      b.country(Countries.codeOrName(flag));
    }
    for (String idText : split(get(r, "ids"))) {
      identifier(idText, b);
    }
    String start = get(r, "start_date");
    b.listingDate(start.isEmpty() ? null : Dates.parse(start));
    String remarks = get(r, "remarks");
    b.remarks(remarks.isEmpty() ? null : remarks);
    String url = get(r, "source_information_url");
    b.sourceUrl(url.isEmpty() ? null : url);
    return b.build();
  }

  private static void identifier(String text, WatchlistEntry.Builder b) {
    String[] parts = text.split(",\\s*");
    if (parts.length < 2) {
      return;
    }
    String type = ID_TYPES.get(parts[parts.length - 1].strip().toLowerCase(Locale.ROOT));
    if (type == null) {
      return;
    }
    String country = null;
    String value = parts[0].strip();
    if (parts.length >= 3) {
      country = Countries.code(parts[0]);
      value = parts[1].strip();
    }
    if (type.equals("imo") && value.startsWith("IMO ")) {
      value = value.substring(4);
    }
    b.identifier(type, value, country);
  }

  private static Schema schema(String type) {
    switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "individual":
        return Schema.PERSON;
      case "vessel":
        return Schema.VESSEL;
      case "aircraft":
        return Schema.AIRPLANE;
      default:
        return Schema.LEGAL_ENTITY;
    }
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) ? r.get(column).strip() : "";
  }

  private static List<String> split(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(cell.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String abbreviate(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return "'" + (t.length() > 60 ? t.substring(0, 60) + "..." : t) + "'";
  }
}
