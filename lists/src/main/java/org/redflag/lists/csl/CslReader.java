package org.redflag.lists.csl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.redflag.lists.parse.SdnTypes;
import org.redflag.model.WatchlistEntry;

/**
 * Reads the Consolidated Screening List, as CSV (with a header; the {@code _id} column is optional)
 * or as JSON ({@code .json}: {@code {"results": [...]}} with the same field names, list fields as
 * arrays, addresses and ids as objects).
 *
 * <p>The id of a row from an OFAC list is the list code and OFAC's entity number ({@code SDN-9760},
 * {@code SSI-17013}: a party on several lists has one row per list, with the same {@code _id});
 * other rows keep their {@code _id} (a content hash) or get one; an id seen again in the same file
 * gets a {@code #2} suffix. Multi-valued cells are separated by {@code ;}. The first program of
 * every entry is the short code of the list the row comes from ({@code SDN}, {@code EL}, {@code
 * DPL}, {@code MEU}, ...), so a hit says which list it is on; the row's own programs follow. Ids
 * are written {@code [country, ]number, type}; only document types worth matching on are kept.
 */
public final class CslReader implements ListReader {
  /** The {@code us-csl} source id. */
  public static final String SOURCE = "us-csl";

  private static final List<String> REQUIRED = List.of("source", "name");
  private static final ObjectMapper JSON = new ObjectMapper();
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
    Set<String> seen = new HashSet<>();
    for (ListFile file : files.files()) {
      if (file.baseName().endsWith(".json")) {
        readJson(file, sink, seen);
      } else {
        readFile(file, sink, seen);
      }
    }
    return null;
  }

  private static void readFile(ListFile file, Consumer<WatchlistEntry> sink, Set<String> seen)
      throws IOException {
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
        sink.accept(entry(r, hasId, seen));
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new ListFormatException(file.name(), line, "malformed CSV: " + e.getMessage());
    }
  }

  private static WatchlistEntry entry(CSVRecord r, boolean hasId, Set<String> seen) {
    return entry(col -> get(r, col), col -> split(get(r, col)), hasId, seen);
  }

  /**
   * Maps one row, given as a single-value accessor and a multi-value accessor over the CSV/JSON
   * field names.
   */
  private static WatchlistEntry entry(
      Function<String, String> one,
      Function<String, List<String>> many,
      boolean hasId,
      Set<String> seen) {
    String list = one.apply("source");
    String name = one.apply("name");
    String number = one.apply("entity_number");
    Matcher code = LIST_CODE.matcher(list);
    String listCode = code.find() ? code.group(1) : list;
    String id;
    if (!number.isEmpty()) {
      id = listCode + "-" + number;
    } else {
      id = hasId ? one.apply("_id") : "";
      if (id.isEmpty()) {
        id = one.apply("id");
      }
      if (id.isEmpty()) {
        id = Ids.contentId(list, name, one.apply("addresses"));
      }
    }
    int n = 1;
    String unique = id;
    while (!seen.add(unique)) {
      unique = id + "#" + ++n;
    }
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(SOURCE, unique, SdnTypes.schema(one.apply("type")), name);
    b.program(listCode);
    many.apply("programs").forEach(b::program);
    for (String alias : many.apply("alt_names")) {
      b.alias(alias.startsWith("and ") ? alias.substring(4) : alias, false);
    }
    for (String d : many.apply("dates_of_birth")) {
      Dates.parseAll(d).forEach(b::birthDate);
    }
    many.apply("places_of_birth").forEach(b::birthPlace);
    many.apply("nationalities").forEach(c -> b.country(Countries.codeOrName(c)));
    many.apply("citizenships").forEach(c -> b.country(Countries.codeOrName(c)));
    many.apply("addresses").forEach(b::address);
    String flag = one.apply("vessel_flag");
    if (!flag.isEmpty()) {
      b.country(Countries.codeOrName(flag));
    }
    for (String idText : many.apply("ids")) {
      identifier(idText, b);
    }
    String start = one.apply("start_date");
    b.listingDate(start.isEmpty() ? null : Dates.parse(start));
    String remarks = one.apply("remarks");
    b.remarks(remarks.isEmpty() ? null : remarks);
    String url = one.apply("source_information_url");
    b.sourceUrl(url.isEmpty() ? null : url);
    return b.build();
  }

  /**
   * Reads the JSON form ({@code {"results": [{...}, ...]}}, or a bare array), streaming one result
   * at a time; array fields hold the values, addresses and ids are objects.
   */
  private static void readJson(ListFile file, Consumer<WatchlistEntry> sink, Set<String> seen)
      throws IOException {
    try (Reader in = file.openReader();
        JsonParser p = JSON.getFactory().createParser(in)) {
      try {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("results")) {
              break;
            }
            p.skipChildren();
          }
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
          throw new ListFormatException(
              file.name(),
              p.currentLocation().getLineNr(),
              "not a Consolidated Screening List JSON: expected a \"results\" array");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          JsonNode row = JSON.readTree(p);
          if (!row.hasNonNull("name") || !row.hasNonNull("source")) {
            throw new ListFormatException(
                file.name(), p.currentLocation().getLineNr(), "result without a source or name");
          }
          sink.accept(entry(col -> text(row.path(col)), col -> values(row.path(col)), false, seen));
        }
      } catch (JsonProcessingException e) {
        throw new ListFormatException(
            file.name(),
            e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
            "malformed JSON: " + e.getOriginalMessage());
      }
    }
  }

  private static String text(JsonNode n) {
    if (n.isArray()) {
      return String.join("; ", values(n));
    }
    return n.isValueNode() && !n.isNull() ? n.asText().strip() : "";
  }

  private static List<String> values(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      return split(text(n));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode v : n) {
      String s;
      if (v.isObject() && v.has("number")) {
        s =
            String.join(
                ", ",
                nonEmpty(text(v.path("country")), text(v.path("number")), text(v.path("type"))));
      } else if (v.isObject()) {
        s =
            String.join(
                ", ",
                nonEmpty(
                    text(v.path("address")),
                    text(v.path("city")),
                    text(v.path("state")),
                    text(v.path("postal_code")),
                    text(v.path("country"))));
      } else {
        s = text(v);
      }
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<String> nonEmpty(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
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
