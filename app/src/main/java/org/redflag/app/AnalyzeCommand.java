package org.redflag.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;
import org.redflag.app.input.Input;
import org.redflag.app.input.Inputs;
import org.redflag.app.input.Limits;
import org.redflag.app.output.BriefJson;
import org.redflag.app.output.BriefText;
import org.redflag.app.pipeline.Engine;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag analyze}: turns articles into sanctions briefs. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads articles and prints a brief for each: who is involved (one entity per person,"
          + " organization or country, with every spelling used), who of them is on a sanctions"
          + " or export-control list (OFAC SDN, US Consolidated Screening List incl. the BIS"
          + " Entity List, UN Security Council, ...), and the dates mentioned, normalized.",
      "",
      "The first run loads the language models (about 10 s); progress goes to stderr."
    },
    footer = {
      "",
      "Inputs:",
      "  .txt files may start with 'title:', 'date:' (YYYY-MM-DD) and 'url:' lines and a blank"
          + " line.",
      "  .html files and http(s) URLs: the main text is extracted, navigation and ads dropped.",
      "  .pdf files and PDF URLs: the text page by page (a form feed line between pages).",
      "  .rss/.atom/.xml files and feed URLs: one brief per item (use --format jsonl).",
      "  A directory means every .txt/.html/.pdf/.rss/.atom file under it (a progress bar"
          + " shows on stderr).",
      "",
      "Examples:",
      "  redflag analyze examples/lukashenko-beijing.txt",
      "  redflag analyze --format json --date 2023-02-28 article.txt",
      "  redflag analyze --format jsonl news/ > briefs.jsonl",
      "  curl -s https://example.org/story | redflag analyze -",
      "",
      "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input."
    })
final class AnalyzeCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    jsonl
  }

  /** When to colour text output. */
  enum Color {
    auto,
    always,
    never
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Article files, directories, http(s) URLs, or - for standard input.")
  List<String> inputs;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "Output: ${COMPLETION-CANDIDATES}. json is one object (the contract in DESIGN.md);"
              + " jsonl is one object per line, for several inputs. Default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description =
          "Document date used to resolve relative dates (\"on Tuesday\", \"February 28\");"
              + " overrides the date in the input.")
  @Nullable LocalDate date;

  @Mixin HomeOption home = new HomeOption();

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest input accepted, e.g. 500k or 20m. Default: 10m.")
  long maxSize = Limits.DEFAULT.maxBytes();

  @Option(
      names = "--follow-links",
      description =
          "For feed items that carry only a summary, download the linked page (same limits) and"
              + " analyze its main text instead.")
  boolean followLinks;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "How long a URL download may take. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds = (int) Limits.DEFAULT.requestTimeout().toSeconds();

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour the text brief: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Color color = Color.auto;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress or model-loading messages on stderr.")
  boolean quiet;

  @Mixin DebugOption debug = new DebugOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeoutSeconds <= 0) {
      throw RedflagException.badInput("--timeout must be positive");
    }
    Limits limits =
        new Limits(
            maxSize,
            Limits.DEFAULT.connectTimeout(),
            Duration.ofSeconds(timeoutSeconds),
            Limits.DEFAULT.maxRedirects());
    List<Input> expanded = Inputs.expand(inputs);
    if (expanded.size() > 1 && format == Format.json) {
      throw RedflagException.badInput(
          expanded.size() + " documents to analyze: use --format jsonl (one JSON object per line)");
    }
    Inputs reader = new Inputs(limits, System.in);
    if (followLinks) {
      reader = reader.followingLinks();
    }
    Consumer<String> log = quiet ? m -> {} : m -> err.println("redflag: " + m);
    List<Document> first = List.of();
    if (expanded.size() == 1) {
      // Read first: a bad input fails in milliseconds, before the models load.
      first = reader.readAll(expanded.get(0));
      if (first.size() == 1) {
        Engine engine = Engine.start(home.resolve(), log);
        print(out, engine.analyze(withDate(first.get(0))));
        return ExitCode.OK;
      }
      if (format == Format.json) {
        throw RedflagException.badInput(
            expanded.get(0).name()
                + ": a feed of "
                + first.size()
                + " items: use --format jsonl (one JSON object per line)");
      }
    }
    Engine engine = Engine.start(home.resolve(), log);
    int failed = 0;
    try (ProgressBar bar = progressBar(Math.max(expanded.size(), first.size()))) {
      for (Input input : expanded) {
        try {
          List<Document> docs = first.isEmpty() ? reader.readAll(input) : first;
          if (bar != null && docs.size() > 1) {
            bar.maxHint(bar.getMax() + docs.size() - (first.isEmpty() ? 1 : docs.size()));
          }
          for (Document doc : docs) {
            print(out, engine.analyze(withDate(doc)));
            if (bar != null) {
              bar.step();
            }
          }
        } catch (RedflagException e) {
          failed++;
          err.println("redflag: " + e.getMessage());
          if (bar != null) {
            bar.step();
          }
        }
      }
    }
    if (failed > 0) {
      err.printf("redflag: %d of %d inputs failed%n", failed, expanded.size());
      return ExitCode.SOFTWARE;
    }
    return ExitCode.OK;
  }

  private Document withDate(Document doc) {
    return date == null ? doc : doc.withDate(date);
  }

  private void print(PrintWriter out, Brief brief) {
    String text =
        switch (format) {
          case json -> BriefJson.pretty(brief);
          case jsonl -> BriefJson.line(brief);
          case text -> BriefText.render(brief, ansi());
        };
    out.println(text);
    out.flush();
  }

  private Ansi ansi() {
    return switch (color) {
      case always -> Ansi.ON;
      case never -> Ansi.OFF;
      case auto -> System.getenv("NO_COLOR") != null ? Ansi.OFF : Ansi.AUTO;
    };
  }

  private @Nullable ProgressBar progressBar(int total) {
    if (quiet) {
      return null;
    }
    return Terminal.progressBar("analyze", total, " docs");
  }

  /** Parses {@code YYYY-MM-DD}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (RuntimeException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a date like 2023-02-28");
      }
    }
  }

  /** Parses sizes like {@code 500000}, {@code 500k}, {@code 20m}. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
        unit = v.endsWith("k") ? 1L << 10 : v.endsWith("m") ? 1L << 20 : 1L << 30;
        v = v.substring(0, v.length() - 1);
      }
      try {
        long n = Long.parseLong(v) * unit;
        if (n <= 0) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a size like 500k or 20m");
      }
    }
  }
}
