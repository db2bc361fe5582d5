package org.redflag.lists.dpl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.ListReader;
import org.redflag.lists.parse.Dates;
import org.redflag.lists.parse.Ids;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads the BIS Denied Persons List ({@code dpl.txt}: tab-separated, quoted, with a header {@code
 * Name, Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
 * Standard_Order, Last_Update, Action, FR_Citation}).
 *
 * <p>The list has one row per address of a denied party; rows with the same name, effective date
 * and Federal Register citation (not always adjacent) are one entry with several addresses, so
 * entries are emitted at the end of the file (the list has a few hundred orders). The list
 * publishes no ids, so an entry's id is derived from those three. Whether a row is a person or a
 * company is not said: every entry is a {@link Schema#LEGAL_ENTITY}. The data date is the latest
 * {@code Last_Update} that is not in the future (the 2022 file has typos such as {@code
 * 3017-08-22}).
 */
public final class DplReader implements ListReader {
  /** The {@code bis-dpl} source id. */
  public static final String SOURCE = "bis-dpl";

  private static final List<String> REQUIRED =
      List.of("Name", "Street_Address", "City", "Country", "Effective_Date");
  private static final String SOURCE_URL =
      "https://www.bis.gov/licensing/guidance-on-end-user-and-end-use-controls/denied-persons-list";

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    String date = null;
    for (ListFile file : files.files()) {
      String d = readFile(file, sink);
      if (d != null && (date == null || d.compareTo(date) > 0)) {
        date = d;
      }
    }
    return date;
  }

  private static @Nullable String readFile(ListFile file, Consumer<WatchlistEntry> sink)
      throws IOException {
    CSVFormat format =
        CSVFormat.TDF
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    long line = 1;
    String latest = null;
    try (Reader in = file.openReader();
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      if (!header.containsAll(REQUIRED)) {
        throw new ListFormatException(
            file.name(),
            1,
            "not a BIS Denied Persons List: expected a tab-separated header with "
                + REQUIRED
                + ", found '"
                + abbreviate(String.join(" ", header))
                + "'");
      }
      line = parser.getCurrentLineNumber() + 1;
      String today = LocalDate.now(ZoneOffset.UTC).toString();
      Map<String, Group> groups = new LinkedHashMap<>();
      for (CSVRecord r : parser) {
        String name = get(r, "Name");
        if (name.isEmpty()) {
          throw new ListFormatException(file.name(), line, "row without a Name");
        }
        String key = name + "|" + get(r, "Effective_Date") + "|" + get(r, "FR_Citation");
        Group group = groups.computeIfAbsent(key, k -> new Group(k, start(r, name)));
        StringBuilder address = new StringBuilder();
        for (String col : List.of("Street_Address", "City", "State", "Postal_Code", "Country")) {
          String v = get(r, col);
          if (!v.isEmpty()) {
            address.append(address.length() > 0 ? ", " : "").append(v);
          }
        }
        if (address.length() > 0 && group.addresses.add(address.toString())) {
          group.entry.address(address.toString());
        }
        String updated = Dates.parse(get(r, "Last_Update"));
        if (updated != null
            && updated.compareTo(today) <= 0
            && (latest == null || updated.compareTo(latest) > 0)) {
          latest = updated;
        }
        line = parser.getCurrentLineNumber() + 1;
      }
      groups.values().forEach(g -> sink.accept(g.entry.build()));
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new ListFormatException(file.name(), line, "malformed list: " + e.getMessage());
    }
    return latest;
  }

  private static WatchlistEntry.Builder start(CSVRecord r, String name) {
    String remarks = String.join("; ", nonEmpty(get(r, "Action"), get(r, "FR_Citation")));
    return WatchlistEntry.builder(
            SOURCE,
            Ids.contentId(name, get(r, "Effective_Date"), get(r, "FR_Citation")),
            Schema.LEGAL_ENTITY,
            name)
        .program("DPL")
        .listingDate(Dates.parse(get(r, "Effective_Date")))
        .remarks(remarks.isEmpty() ? null : remarks)
        .sourceUrl(SOURCE_URL);
  }

  /** The rows of one denial order: the same name, effective date and citation, one per address. */
  private static final class Group {
    final String key;
    final WatchlistEntry.Builder entry;
    final Set<String> addresses = new HashSet<>();

    Group(String key, WatchlistEntry.Builder entry) {
      this.key = key;
      this.entry = entry;
    }
  }

  private static List<String> nonEmpty(String... values) {
    return java.util.Arrays.stream(values).filter(v -> !v.isEmpty()).toList();
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
  }

  private static String abbreviate(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 60 ? t.substring(0, 60) + "..." : t;
  }
}
