package org.redflag.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.Watchlists;
import org.redflag.match.Screener;
import org.redflag.match.ScreeningQuery;
import org.redflag.match.ScreeningResult;
import org.redflag.model.RedflagException;
import org.redflag.model.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag screen}: batch screening of a customer or counterparty CSV file. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens every row of a CSV file (customers, counterparties, suppliers) against the"
          + " watchlists in force and prints each row with its best result: score, match, the"
          + " listed entity and the explanation. Columns are picked by name with the options"
          + " below; only the name column is required."
    },
    footer = {
      "",
      "Example:",
      "  redflag screen customers.csv --name-column full_name --country-column nationality"
          + " --format jsonl",
      "",
      "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input."
    })
final class ScreenCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Output formats. */
  enum Format {
    CSV,
    JSONL
  }

  @Spec CommandSpec spec;

  @Mixin HomeOption home = new HomeOption();

  @Parameters(paramLabel = "FILE", description = "CSV file with a header row.")
  Path file;

  @Option(names = "--name-column", paramLabel = "COLUMN", description = "Default: name.")
  String nameColumn = "name";

  @Option(
      names = "--schema-column",
      paramLabel = "COLUMN",
      description = "Column with Person, Organization, Company, Vessel, ... (optional).")
  @Nullable String schemaColumn;

  @Option(
      names = "--schema",
      paramLabel = "SCHEMA",
      description = "Schema of rows without a schema column (default: ${DEFAULT-VALUE}).")
  String schema = "LegalEntity";

  @Option(names = "--birth-date-column", paramLabel = "COLUMN", description = "Optional.")
  @Nullable String birthDateColumn;

  @Option(names = "--country-column", paramLabel = "COLUMN", description = "Optional.")
  @Nullable String countryColumn;

  @Option(names = "--identifier-column", paramLabel = "COLUMN", description = "Optional.")
  @Nullable String identifierColumn;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "csv or jsonl (default: csv).",
      converter = FormatConverter.class)
  Format format = Format.CSV;

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description = "Score from which a result is a match (default: ${DEFAULT-VALUE}).")
  double threshold = Screener.DEFAULT_THRESHOLD;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    if (!(threshold > 0 && threshold <= 1)) {
      throw RedflagException.badInput("--threshold must be in (0, 1]");
    }
    Schema defaultSchema = parseSchema(schema, "--schema");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isDirectory(file)) {
      throw RedflagException.badInput(file + ": is a directory");
    }
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    Files.newInputStream(file),
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<String> header = parser.getHeaderNames();
      for (String column :
          new String[] {
            nameColumn, schemaColumn, birthDateColumn, countryColumn, identifierColumn
          }) {
        if (column != null && !header.contains(column)) {
          throw RedflagException.badInput(file + ": header has no '" + column + "' column");
        }
      }
      Screener screener =
          Screener.create(
              Watchlists.current(home.resolve()).entries(),
              threshold,
              Math.min(threshold, Screener.DEFAULT_CUTOFF));
      CSVPrinter csv = null;
      if (format == Format.CSV) {
        csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        List<String> outHeader = new ArrayList<>(header);
        outHeader.addAll(
            List.of("score", "match", "list_id", "list_name", "matched_name", "explanation"));
        csv.printRecord(outHeader);
      }
      int rows = 0;
      int matches = 0;
      @Nullable ProgressBar bar = quiet ? null : progressBar(dataLines(file));
      try {
        for (CSVRecord row : parser) {
          ScreeningQuery query = query(row, defaultSchema);
          List<ScreeningResult> results = screener.screen(query);
          ScreeningResult top = results.isEmpty() ? null : results.get(0);
          if (top != null && top.match()) {
            matches++;
          }
          if (csv != null) {
            List<String> values = new ArrayList<>(row.toList());
            while (values.size() < header.size()) {
              values.add("");
            }
            values.add(top == null ? "" : String.format(Locale.ROOT, "%.4f", top.score()));
            values.add(Boolean.toString(top != null && top.match()));
            values.add(top == null ? "" : top.entry().id());
            values.add(top == null ? "" : top.entry().name());
            values.add(top == null ? "" : top.matchedName());
            values.add(top == null ? "" : top.explanation());
            csv.printRecord(values);
          } else {
            ObjectNode node = JSON.createObjectNode();
            ObjectNode input = node.putObject("row");
            row.toMap().forEach(input::put);
            ArrayNode array = node.putArray("results");
            for (ScreeningResult r : results.subList(0, Math.min(5, results.size()))) {
              ObjectNode o = array.addObject();
              o.put("id", r.entry().id());
              o.put("name", r.entry().name());
              o.put("matchedName", r.matchedName());
              o.put("score", Math.round(r.score() * 10000) / 10000.0);
              o.put("match", r.match());
              o.put("explanation", r.explanation());
            }
            out.println(JSON.writeValueAsString(node));
          }
          rows++;
          if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, " %,d matches", matches));
          }
        }
      } finally {
        if (bar != null) {
          bar.maxHint(rows);
          bar.close();
        }
      }
      if (csv != null) {
        csv.flush();
      }
      out.flush();
      if (!quiet) {
        err.printf(Locale.ROOT, "redflag: screened %,d rows, %,d matches%n", rows, matches);
        err.flush();
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw Terminal.csvReadFailure(file.toString(), e);
    }
    return ExitCode.OK;
  }

  /**
   * A bar on stderr with rows screened, rows per second and matches so far. Its length is the
   * number of lines after the header: quoted fields spanning lines make it a little long, and it is
   * set to the rows counted at the end.
   */
  private static ProgressBar progressBar(long lines) {
    return Terminal.progressBar("screen", lines, " rows");
  }

  /** Lines after the header, or -1 (an indefinite bar) when the file cannot be counted. */
  private static long dataLines(Path file) {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return Math.max(0, lines.count() - 1);
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  private ScreeningQuery query(CSVRecord row, Schema defaultSchema) {
    String name = row.isSet(nameColumn) ? row.get(nameColumn).strip() : "";
    if (name.isEmpty()) {
      throw RedflagException.badInput(
          file + ": line " + row.getParser().getCurrentLineNumber() + ": empty name");
    }
    Schema s =
        schemaColumn == null || !row.isSet(schemaColumn) || row.get(schemaColumn).isBlank()
            ? defaultSchema
            : parseSchema(row.get(schemaColumn), "line " + row.getParser().getCurrentLineNumber());
    String birthDate = value(row, birthDateColumn);
    String country = value(row, countryColumn);
    String identifier = value(row, identifierColumn);
    return new ScreeningQuery(
        s,
        List.of(name),
        birthDate,
        country == null ? List.of() : List.of(country),
        identifier == null ? List.of() : List.of(identifier));
  }

  private static @Nullable String value(CSVRecord row, @Nullable String column) {
    if (column == null || !row.isSet(column) || row.get(column).isBlank()) {
      return null;
    }
    return row.get(column).strip();
  }

  private Schema parseSchema(String value, String where) {
    try {
      return Schema.parse(value);
    } catch (IllegalArgumentException e) {
      throw RedflagException.badInput(file + ": " + where + ": " + e.getMessage());
    }
  }

  /** Accepts {@code csv} and {@code jsonl} in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '" + value + "'; valid: csv, jsonl");
      }
    }
  }
}
