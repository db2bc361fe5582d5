package org.redflag.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListDiff;
import org.redflag.lists.Snapshot;
import org.redflag.lists.SnapshotInfo;
import org.redflag.lists.Source;
import org.redflag.lists.SourceStatus;
import org.redflag.lists.UpdateConfig;
import org.redflag.lists.UpdateResult;
import org.redflag.lists.WatchlistStore;
import org.redflag.lists.Watchlists;
import org.redflag.model.RedflagException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag lists}: import, update, inspect and compare watchlist snapshots. */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    description = {
      "Manages the watchlist snapshots screened against: import list files, download the"
          + " official lists, show what is in force, and compare two snapshots or two files.",
      "Sources: ofac-sdn, ofac-cons, us-csl, un-sc, eu-fsf, uk-sanctions, uk-ofsi, bis-dpl,"
          + " opensanctions."
    },
    subcommands = {
      ListsCommand.Import.class,
      ListsCommand.Update.class,
      ListsCommand.Status.class,
      ListsCommand.Diff.class
    },
    footer = {
      "",
      "Examples:",
      "  redflag lists import ofac-sdn sdn.csv alt.csv add.csv sdn_comments.csv",
      "  redflag lists update un-sc",
      "  redflag lists status",
      "  redflag lists diff --source ofac-sdn --format json sdn_2024-05-01.csv sdn_2024-05-03.csv",
      "  redflag lists diff 2026-11-01 current",
      "",
      "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input."
    })
final class ListsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: import, update, status or diff");
  }

  static Source source(String id) {
    try {
      return Source.fromId(id);
    } catch (IllegalArgumentException e) {
      throw RedflagException.badInput(e.getMessage());
    }
  }

  static void requireFile(Path file) {
    if (!Files.exists(file)) {
      throw RedflagException.badInput("no such file: " + file);
    }
  }

  /** {@code redflag lists import SOURCE FILE...}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Reads list files of one source and puts in force a new snapshot in which that source"
            + " comes from them (the other sources are kept). The files are read fully first; if"
            + " one is not in the source's format, nothing changes.",
        "ofac-sdn/ofac-cons take the primary CSV and optionally alt, add and comments CSVs;"
            + " gzip-compressed files are read as such."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HomeOption home = new HomeOption();

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Source id, e.g. ofac-sdn.")
    String source = "";

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "List files.")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description =
            "Date of the data, when the files don't say (default: from the files, else today).")
    @Nullable String date;

    @Option(
        names = "--append",
        description =
            "Read the files after the source's current files instead of replacing them"
                + " (an OpenSanctions delta on top of its entities file).")
    boolean append;

    @Mixin DebugOption debug = new DebugOption();

    @Override
    public Integer call() throws IOException {
      Source s = source(source);
      files.forEach(ListsCommand::requireFile);
      if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        throw RedflagException.badInput("--date must be YYYY-MM-DD, was '" + date + "'");
      }
      SnapshotInfo info;
      try {
        info = WatchlistStore.at(home.resolve()).importFiles(s, files, date, append);
      } catch (UnsupportedOperationException e) {
        throw RedflagException.badInput(e.getMessage());
      }
      SourceStatus st =
          info.sources().stream().filter(x -> x.source().equals(s.id())).findFirst().orElseThrow();
      spec.commandLine()
          .getOut()
          .printf(
              "imported %s: %d entries, data of %s; snapshot %s is now in force%n",
              st.source(), st.count(), st.date(), info.id());
      AlertsCommand.rescreenAfterUpdate(
          spec.commandLine().getOut(),
          home.resolve(),
          info.id(),
          WatchlistStore.at(home.resolve()).load(info.id()));
      return ExitCode.OK;
    }
  }

  /** {@code redflag lists update [SOURCE...]}. */
  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = {
        "Downloads sources from their official URLs (all that have one, or the SOURCEs given),"
            + " reads them fully, and puts in force a new snapshot with every source that"
            + " succeeded. A source that fails keeps its previous data; the error says why.",
        "URLs: built-in defaults, overridden by HOME/lists/sources.properties (SOURCE = URL"
            + " [URL...]) and by --url."
      })
  static final class Update implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HomeOption home = new HomeOption();

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Sources to update.")
    List<String> sources = new ArrayList<>();

    @Option(
        names = "--url",
        paramLabel = "SOURCE=URL",
        description = "Download SOURCE from URL instead (repeat for a source with several files).")
    List<String> urls = new ArrayList<>();

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        description = "Longest time for one download (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 300;

    @Option(
        names = "--attempts",
        paramLabel = "N",
        description = "Attempts per file before a source fails (default: ${DEFAULT-VALUE}).")
    int attempts = 3;

    @Mixin DebugOption debug = new DebugOption();

    @Override
    public Integer call() throws IOException {
      if (timeoutSeconds <= 0 || attempts <= 0) {
        throw RedflagException.badInput("--timeout and --attempts must be positive");
      }
      List<Source> wanted = sources.stream().map(ListsCommand::source).toList();
      Path homeDir = home.resolve();
      UpdateConfig config;
      try {
        config =
            UpdateConfig.defaults().withPropertiesFile(homeDir.resolve("lists/sources.properties"));
        Map<Source, List<URI>> overrides = new LinkedHashMap<>();
        for (String u : urls) {
          int eq = u.indexOf('=');
          if (eq <= 0) {
            throw RedflagException.badInput("--url must be SOURCE=URL, was '" + u + "'");
          }
          overrides
              .computeIfAbsent(source(u.substring(0, eq)), k -> new ArrayList<>())
              .add(URI.create(u.substring(eq + 1)));
        }
        for (Map.Entry<Source, List<URI>> e : overrides.entrySet()) {
          config = config.withUrls(e.getKey(), e.getValue());
        }
        config =
            config.withLimits(
                config.connectTimeout(),
                java.time.Duration.ofSeconds(timeoutSeconds),
                attempts,
                config.retryDelay(),
                config.maxBytes());
      } catch (IllegalArgumentException e) {
        throw RedflagException.badInput(e.getMessage());
      }
      UpdateResult result;
      try {
        result = WatchlistStore.at(homeDir).update(wanted, config);
      } catch (IllegalArgumentException e) {
        throw RedflagException.badInput(e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (result.snapshot() != null) {
        for (SourceStatus st : result.snapshot().sources()) {
          if (st.origin().startsWith("http")
              && !result.failures().containsKey(source(st.source()))
              && (wanted.isEmpty() || wanted.contains(source(st.source())))) {
            out.printf("updated %s: %d entries, data of %s%n", st.source(), st.count(), st.date());
          }
        }
        out.printf("snapshot %s is now in force%n", result.snapshot().id());
        AlertsCommand.rescreenAfterUpdate(
            out,
            homeDir,
            result.snapshot().id(),
            WatchlistStore.at(homeDir).load(result.snapshot().id()));
      }
      result
          .failures()
          .forEach((s, why) -> err.printf("redflag: lists update: %s failed: %s%n", s.id(), why));
      if (!result.ok()) {
        err.println("redflag: lists update: failed sources keep their previous data");
      }
      out.flush();
      err.flush();
      return result.ok() ? ExitCode.OK : ExitCode.SOFTWARE;
    }
  }

  /** {@code redflag lists status}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "Shows the snapshot in force: for each source its data date, entry count and origin.")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HomeOption home = new HomeOption();

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text or json (default: ${DEFAULT-VALUE}).")
    ListsFormat format = ListsFormat.text;

    @Option(names = "--history", description = "List every snapshot kept, oldest first.")
    boolean history;

    @Mixin DebugOption debug = new DebugOption();

    @Override
    public Integer call() throws IOException {
      WatchlistStore store = WatchlistStore.at(home.resolve());
      List<SnapshotInfo> infos = history ? store.history() : List.of(store.currentInfo());
      PrintWriter out = spec.commandLine().getOut();
      if (format == ListsFormat.json) {
        ObjectMapper json = new ObjectMapper();
        ArrayNode all = json.createArrayNode();
        for (SnapshotInfo info : infos) {
          ObjectNode o = all.addObject();
          o.put("snapshot", info.id());
          o.put("created", info.created().toString());
          o.put("current", info.current());
          ArrayNode sources = o.putArray("sources");
          for (SourceStatus st : info.sources()) {
            sources
                .addObject()
                .put("source", st.source())
                .put("date", st.date())
                .put("count", st.count())
                .put("origin", st.origin());
          }
        }
        out.println(history ? all.toString() : all.get(0).toString());
      } else {
        for (SnapshotInfo info : infos) {
          out.printf("snapshot %s%s%n", info.id(), info.current() ? " (in force)" : "");
          out.printf("  %-13s %-10s %8s  %s%n", "source", "date", "entries", "origin");
          for (SourceStatus st : info.sources()) {
            out.printf("  %-13s %-10s %8d  %s%n", st.source(), st.date(), st.count(), st.origin());
          }
        }
      }
      return ExitCode.OK;
    }
  }

  /** Output formats of {@code status} and {@code diff}. */
  enum ListsFormat {
    text,
    json
  }

  /** {@code redflag lists diff [--source S] OLD NEW}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = {
        "Shows the entries added, removed and changed (with the changed fields) from OLD to NEW.",
        "OLD and NEW are snapshot ids (see 'lists status --history'), dates (YYYY-MM-DD: the last"
            + " snapshot made by that day), 'current' or 'bundled', or files or directories of"
            + " one source (the source of files is recognised from their content; give --source"
            + " for directories)."
      })
  static final class Diff implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HomeOption home = new HomeOption();

    @Option(names = "--source", paramLabel = "SOURCE", description = "Compare this source only.")
    @Nullable String source;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text or json (default: ${DEFAULT-VALUE}).")
    ListsFormat format = ListsFormat.text;

    @Parameters(index = "0", paramLabel = "OLD")
    String older = "";

    @Parameters(index = "1", paramLabel = "NEW")
    String newer = "";

    @Mixin DebugOption debug = new DebugOption();

    @Override
    public Integer call() throws IOException {
      Source only = source == null ? guessFromFiles() : source(source);
      WatchlistStore store = WatchlistStore.at(home.resolve());
      Snapshot a = side(store, older, only);
      Snapshot b = side(store, newer, only);
      ListDiff diff = ListDiff.between(a, b, only);
      PrintWriter out = spec.commandLine().getOut();
      out.print(format == ListsFormat.json ? diff.toJson(older, newer) : diff.toText(older, newer));
      out.flush();
      return ExitCode.OK;
    }

    /** The source of OLD and NEW when they are files, guessed from their content; else null. */
    private @Nullable Source guessFromFiles() throws IOException {
      Source guessed = null;
      for (String ref : List.of(older, newer)) {
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) {
          Source s =
              Source.guess(path)
                  .orElseThrow(
                      () ->
                          RedflagException.badInput(
                              "cannot tell which list '" + ref + "' is: give --source"));
          if (guessed != null && guessed != s) {
            throw RedflagException.badInput(
                "OLD looks like " + guessed.id() + " and NEW like " + s.id() + ": give --source");
          }
          guessed = s;
        }
      }
      return guessed;
    }

    private static Snapshot side(WatchlistStore store, String ref, @Nullable Source only)
        throws IOException {
      Path path = Path.of(ref);
      boolean looksLikeFile = Files.exists(path) || ref.contains("/") || ref.contains(".");
      if (looksLikeFile) {
        requireFile(path);
        if (only == null) {
          throw RedflagException.badInput(
              "'" + ref + "' is a directory: say which source it holds with --source");
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
          try (Stream<Path> s = Files.list(path)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
          }
          if (files.isEmpty()) {
            throw RedflagException.badInput("no files in directory " + path);
          }
        } else {
          files = List.of(path);
        }
        try {
          return Watchlists.read(only, files);
        } catch (UnsupportedOperationException e) {
          throw RedflagException.badInput(e.getMessage());
        }
      }
      try {
        return store.load(ref);
      } catch (IllegalArgumentException e) {
        throw RedflagException.badInput(e.getMessage());
      }
    }
  }
}
