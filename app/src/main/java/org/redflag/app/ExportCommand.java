package org.redflag.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.redflag.app.export.Exports;
import org.redflag.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redflag export}: the store in formats other tools read. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the store: ftm = FollowTheMoney JSON lines (articles, entities, mentions, sanctions,"
          + " events, each pointing at its document), stix = a STIX 2.1 bundle (identity,"
          + " location, relationship, report), csv = one row per global entity, graphml = the"
          + " co-mention network for Gephi."
    },
    footer = {"", "Example:", "  redflag export --format ftm --output entities.ftm.jsonl"})
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      required = true,
      paramLabel = "FORMAT",
      description = "One of ${COMPLETION-CANDIDATES}.")
  Exports.Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here (atomically) instead of standard output.")
  @Nullable Path output;

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() throws IOException {
    try (Store store = Store.open(home.resolve())) {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        Exports.write(format, store, out);
        out.flush();
      } else {
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), ".export", ".tmp");
        try {
          int n;
          try (Writer w =
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
            n = Exports.write(format, store, w);
          }
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          spec.commandLine().getErr().printf("redflag: %,d records written to %s%n", n, abs);
        } catch (IOException | UncheckedIOException e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
      }
    }
    return ExitCode.OK;
  }
}
