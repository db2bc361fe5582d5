package org.redflag.lists.ofac;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.redflag.lists.parse.SdnTypes;
import org.redflag.model.WatchlistEntry;

/**
 * Reads an OFAC legacy CSV set (SDN or consolidated non-SDN) into entries. Only the primary file is
 * required; aliases, addresses and comments are joined by entity number when given.
 *
 * <p>The primary file has no header and 12 columns: {@code ent_num, SDN_Name, SDN_Type, Program,
 * Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks}; {@code -0-} means
 * empty. Several programs are written {@code SDGT] [IFSR}. Aliases in {@code alt.csv} ({@code aka},
 * {@code fka}, {@code nka}) are OFAC's strong aliases; weak aliases only appear in remarks as
 * {@code a.k.a. 'NAME'} and are marked weak. Remarks longer than the column are continued in {@code
 * sdn_comments.csv}. The files end with a DOS end-of-file character, which is skipped.
 */
public final class OfacCsvReader implements ListReader {
  private static final Pattern EXTRA_FILE = Pattern.compile("(?:.*[_-])?(alt|add|comments)\\.csv");
  private static final Pattern ALT_FILE = Pattern.compile("(?:.*[_-])?alt\\.csv");
  private static final Pattern ADD_FILE = Pattern.compile("(?:.*[_-])?add\\.csv");
  private static final Pattern COMMENTS_FILE = Pattern.compile("(?:.*[_-])?comments\\.csv");
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
  private static final String SOURCE_URL = "https://sanctionssearch.ofac.treas.gov/";

  private final String source;

  /** A reader producing entries of {@code source}, e.g. {@code ofac-sdn} or {@code ofac-cons}. */
  public OfacCsvReader(String source) {
    this.source = source;
  }

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    ListFile main =
        files
            .findNot(EXTRA_FILE)
            .orElseThrow(
                () ->
                    new ListFormatException(
                        files.files().get(0).name(),
                        0,
                        "no primary OFAC file (sdn.csv or cons_prim.csv) among " + files.files()));
    Map<String, List<String[]>> aliases = readExtra(files.find(ALT_FILE), 5);
    Map<String, List<String[]>> addresses = readExtra(files.find(ADD_FILE), 6);
    Map<String, List<String[]>> comments = readExtra(files.find(COMMENTS_FILE), 2);
    forEachRecord(
        main,
        12,
        r -> sink.accept(entry(r, aliases, addresses, comments)),
        "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,"
            + "Vess_owner,Remarks");
    return null;
  }

  private WatchlistEntry entry(
      String[] r,
      Map<String, List<String[]>> aliases,
      Map<String, List<String[]>> addresses,
      Map<String, List<String[]>> comments) {
    String id = r[0];
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(source, id, SdnTypes.schema(r[2]), r[1]).sourceUrl(SOURCE_URL);
    if (r[3] != null) {
      for (String p : r[3].split("\\]\\s*\\[")) {
        String program = p.replace("[", "").replace("]", "").strip();
        if (!program.isEmpty()) {
          b.program(program);
        }
      }
    }
    if (r[5] != null) {
      b.identifier("callSign", r[5], null);
    }
    if (r[9] != null) {
      b.country(org.redflag.lists.parse.Countries.codeOrName(r[9]));
    }
    for (String[] a : aliases.getOrDefault(id, List.of())) {
      if (a[3] != null) {
        b.alias(a[3], false);
      }
    }
    for (String[] a : addresses.getOrDefault(id, List.of())) {
      StringBuilder line = new StringBuilder();
      for (int i = 2; i <= 4; i++) {
        if (a[i] != null) {
          line.append(line.length() > 0 ? ", " : "").append(a[i]);
        }
      }
      if (line.length() > 0) {
        b.address(line.toString());
      }
    }
    String remarks = r[11];
    for (String[] c : comments.getOrDefault(id, List.of())) {
      if (c[1] != null) {
        remarks = remarks == null ? c[1] : remarks + c[1];
      }
    }
    if (remarks != null) {
      OfacRemarks.apply(remarks, b);
      b.remarks(remarks);
    }
    return b.build();
  }

  private static Map<String, List<String[]>> readExtra(Optional<ListFile> file, int columns)
      throws IOException {
    Map<String, List<String[]>> byId = new HashMap<>();
    if (file.isPresent()) {
      forEachRecord(
          file.get(),
          columns,
          r -> byId.computeIfAbsent(r[0], k -> new ArrayList<>(2)).add(r),
          columns + " OFAC columns starting with ent_num");
    }
    return byId;
  }

  /**
   * Parses every record of {@code file} into {@code columns} cells ({@code -0-} and blanks become
   * null), failing with the file and line when a record does not look like OFAC's.
   */
  private static void forEachRecord(
      ListFile file, int columns, Consumer<String[]> action, String expected) throws IOException {
    try (Reader in = file.openReader();
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      long line = 1;
      try {
        for (CSVRecord rec : parser) {
          if (rec.size() == 1 && isBlank(rec.get(0))) {
            line = parser.getCurrentLineNumber() + 1;
            continue;
          }
          String first = rec.get(0).strip();
          if (rec.size() != columns || !isNumber(first)) {
            throw new ListFormatException(
                file.name(),
                line,
                "not an OFAC CSV record: expected "
                    + columns
                    + " columns ("
                    + expected
                    + "), found "
                    + rec.size()
                    + " starting with '"
                    + abbreviate(rec.get(0))
                    + "'");
          }
          String[] cells = new String[columns];
          for (int i = 0; i < columns; i++) {
            cells[i] = cell(rec.get(i));
          }
          cells[0] = first;
          action.accept(cells);
          line = parser.getCurrentLineNumber() + 1;
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new ListFormatException(file.name(), line, "malformed CSV: " + e.getMessage());
      }
    }
  }

  private static @Nullable String cell(String raw) {
    String s = raw.strip();
    return s.isEmpty() || s.equals("-0-") ? null : s;
  }

  private static boolean isBlank(String s) {
    return s.strip().replace("\u001a", "").isEmpty();
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String abbreviate(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 60 ? t.substring(0, 60) + "..." : t;
  }
}
