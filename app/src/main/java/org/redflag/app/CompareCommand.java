package org.redflag.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.redflag.match.NameComparator;
import org.redflag.model.RedflagException;
import org.redflag.model.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redflag compare}: pairwise name scores for the rows of a CSV file. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Scores pairs of names: reads a CSV file whose header includes schema,name1,name2 and prints"
          + " the same rows with score,match appended. Scores run from 0 to 1 (with --algorithm"
          + " ofac, x100 is the score OFAC's Sanctions List Search shows); match is score >= the"
          + " algorithm's threshold (default 0.80, ofac 0.85)."
    },
    footer = {
      "",
      "Example:",
      "  printf 'schema,name1,name2\\nPerson,Lukashenka,Lukashenko\\n' > pairs.csv",
      "  redflag compare --csv pairs.csv --algorithm ofac",
      "",
      "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input."
    })
final class CompareCommand implements Callable<Integer> {

  /** Which scorer to use. */
  enum Algorithm {
    DEFAULT,
    OFAC;

    NameComparator comparator() {
      return this == OFAC ? NameComparator.ofac() : NameComparator.standard();
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--csv",
      required = true,
      paramLabel = "FILE",
      description = "CSV file with a header including schema,name1,name2; - for standard input.")
  String file;

  @Option(
      names = "--algorithm",
      paramLabel = "NAME",
      converter = AlgorithmConverter.class,
      description = "default (the matcher's own scorer) or ofac (default: default).")
  Algorithm algorithm = Algorithm.DEFAULT;

  @Override
  public Integer call() {
    NameComparator comparator = algorithm.comparator();
    PrintWriter out = spec.commandLine().getOut();
    try (BufferedReader in = Terminal.openUtf8(file);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<String> header = parser.getHeaderNames();
      for (String column : List.of("schema", "name1", "name2")) {
        if (!header.contains(column)) {
          throw RedflagException.badInput(file + ": header has no '" + column + "' column");
        }
      }
      List<String> outHeader = new ArrayList<>(header);
      outHeader.add("score");
      outHeader.add("match");
      CSVPrinter printer =
          new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
      printer.printRecord(outHeader);
      for (CSVRecord row : parser) {
        Schema schema = schema(row);
        double score = comparator.score(schema, row.get("name1"), row.get("name2"));
        List<String> values = new ArrayList<>(row.toList());
        while (values.size() < header.size()) {
          values.add("");
        }
        values.add(String.format(Locale.ROOT, "%.4f", score));
        values.add(Boolean.toString(score >= comparator.threshold()));
        printer.printRecord(values);
      }
      printer.flush();
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw Terminal.csvReadFailure(file, e);
    }
    return ExitCode.OK;
  }

  private Schema schema(CSVRecord row) {
    if (!row.isSet("name1") || !row.isSet("name2")) {
      throw RedflagException.badInput(
          file + ": line " + row.getParser().getCurrentLineNumber() + ": missing columns");
    }
    try {
      return Schema.parse(row.get("schema"));
    } catch (IllegalArgumentException e) {
      throw RedflagException.badInput(
          file + ": line " + row.getParser().getCurrentLineNumber() + ": " + e.getMessage());
    }
  }

  /** Accepts {@code default} and {@code ofac} in any case. */
  static final class AlgorithmConverter implements picocli.CommandLine.ITypeConverter<Algorithm> {
    @Override
    public Algorithm convert(String value) {
      try {
        return Algorithm.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown algorithm '" + value + "'; valid: default, ofac");
      }
    }
  }
}
