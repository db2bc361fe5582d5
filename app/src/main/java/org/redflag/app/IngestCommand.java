package org.redflag.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;
import org.redflag.app.ingest.Ingest;
import org.redflag.app.ingest.IngestSummary;
import org.redflag.app.input.Input;
import org.redflag.app.input.Inputs;
import org.redflag.app.input.Limits;
import org.redflag.app.pipeline.Engine;
import org.redflag.graph.Knowledge;
import org.redflag.graph.Resolution;
import org.redflag.model.RedflagException;
import org.redflag.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag ingest}: analyzes articles and keeps the briefs in the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyzes articles and keeps their briefs in the store under --home: documents, entities,"
          + " mentions, list matches, dates, events and who claims them, each with its offsets.",
      "Idempotent: a document already stored (same text) is skipped without analysis, a"
          + " near-duplicate (the same story with small edits) is recorded as another source of"
          + " the stored one. Safe to kill: every document reported stored stays stored, and a"
          + " re-run continues where it stopped.",
      "Ends by resolving the new entities across documents (incrementally: existing global"
          + " entities are looked up, not recomputed) and printing a summary."
    },
    footer = {
      "",
      "Examples:",
      "  redflag ingest news/",
      "  redflag ingest --format json https://example.org/story article.txt",
      "",
      "Exit codes: 0 success, 1 some inputs failed (see the summary), 2 bad usage or bad input."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Article files (.txt, .html, .pdf), RSS/Atom feeds (each item is a document),"
              + " directories, http(s) URLs, or - for standard input.")
  List<String> inputs;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Summary: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.text;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = AnalyzeCommand.DateConverter.class,
      description = "Document date used to resolve relative dates; overrides the inputs' dates.")
  @Nullable LocalDate date;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description = "Documents analyzed at once. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress or model-loading messages on stderr.")
  boolean quiet;

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw RedflagException.badInput("--threads must be at least 1");
    }
    List<Input> expanded = Inputs.expand(inputs);
    Consumer<String> log = quiet ? m -> {} : m -> err.println("redflag: " + m);
    IngestSummary summary;
    Resolution resolution = null;
    try (Store store = Store.open(home.resolve())) {
      if (store.isReadOnly()) {
        throw new RedflagException(
            RedflagException.Kind.FAILURE,
            "the store under "
                + home.resolve()
                + " is being written by another redflag process (ingest or serve); try again"
                + " when it ends");
      }
      Ingest ingest =
          new Ingest(
              store,
              new Inputs(Limits.DEFAULT, System.in),
              () -> Engine.start(home.resolve(), log)::analyze,
              threads,
              date);
      try (ProgressBar bar = progressBar(expanded.size())) {
        summary = ingest.run(expanded, bar == null ? () -> {} : bar::step);
      }
      if (summary.added() > 0) {
        resolution = Knowledge.over(store).resolveNew();
      }
    }
    print(out, summary, resolution);
    if (!quiet) {
      summary.failures().forEach(f -> err.println("redflag: " + f.message()));
    }
    return summary.failed() > 0 ? ExitCode.SOFTWARE : ExitCode.OK;
  }

  private void print(PrintWriter out, IngestSummary s, @Nullable Resolution r) {
    if (format == OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("inputs", s.inputs());
      json.put("new", s.added());
      json.put("duplicate", s.duplicates());
      json.put("nearDuplicate", s.nearDuplicates());
      json.put("failed", s.failed());
      json.put("seconds", Math.round(s.seconds() * 100) / 100.0);
      json.put("documentsPerSecond", Math.round(s.documentsPerSecond() * 100) / 100.0);
      json.put("failures", s.failures());
      if (r != null) {
        json.put("resolution", r);
      }
      out.println(Json.write(json));
    } else {
      out.printf(
          "%d inputs: %d new, %d duplicate, %d near-duplicate, %d failed (%.1f s, %.2f docs/s)%n",
          s.inputs(),
          s.added(),
          s.duplicates(),
          s.nearDuplicates(),
          s.failed(),
          s.seconds(),
          s.documentsPerSecond());
      if (r != null) {
        out.printf(
            "Entities: %,d in documents resolved to %,d global entities%n",
            r.entities(), r.globalEntities());
      }
    }
    out.flush();
  }

  private @Nullable ProgressBar progressBar(int total) {
    if (quiet) {
      return null;
    }
    return Terminal.progressBar("ingest", total, " docs");
  }
}
