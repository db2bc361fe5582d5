package org.redflag.app;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.redflag.app.http.App;
import org.redflag.app.http.ServerConfig;
import org.redflag.app.pipeline.Engine;
import org.redflag.model.RedflagException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redflag serve}: the REST API and the web workbench over the store under --home. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves the REST API (described at /openapi.json, see docs/api.md) and the web workbench"
          + " (open / in a browser) on the same engine and store as the other commands.",
      "Answers /health at once; the models load in the background and /ready says when"
          + " /analyze, /match and /ingest can answer. One JSON line per request on stderr.",
      "API keys: --api-key, or $REDFLAG_API_KEYS (comma-separated). Without a key the server"
          + " only binds a loopback address."
    },
    footer = {
      "",
      "Examples:",
      "  redflag serve",
      "  REDFLAG_API_KEYS=s3cret redflag serve --host 0.0.0.0 --port 9000",
      "",
      "Exit codes: 0 stopped, 1 failure while working, 2 bad usage (e.g. no key for a public"
          + " address)."
    })
final class ServeCommand implements Callable<Integer> {
  /** How often a running server looks for a new watchlist snapshot. */
  static final int LISTS_CHECK_SECONDS = 60;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "${env:REDFLAG_PORT:-8080}",
      description = "Port to listen on (0: any free one). Default: $REDFLAG_PORT, else 8080.")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "${env:REDFLAG_HOST:-127.0.0.1}",
      description = "Address to bind. Default: $REDFLAG_HOST, else 127.0.0.1 (this machine only).")
  String host;

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      description = "An accepted API key (repeatable); adds to $REDFLAG_API_KEYS.")
  Set<String> apiKeys = new LinkedHashSet<>();

  @Option(
      names = "--max-batch",
      paramLabel = "N",
      description = "Most queries in one /match request. Default: ${DEFAULT-VALUE}.")
  int maxBatch = ServerConfig.DEFAULT_MAX_BATCH;

  @Option(
      names = {"-q", "--quiet"},
      description = "Log no requests (errors and model loading still go to stderr).")
  boolean quiet;

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535 || maxBatch < 1) {
      throw RedflagException.badInput("--port must be 0..65535 and --max-batch at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> log =
        m -> {
          synchronized (err) {
            err.println(m);
            err.flush();
          }
        };
    Set<String> keys =
        new LinkedHashSet<>(ServerConfig.parseKeys(System.getenv(ServerConfig.KEYS_ENV)));
    keys.addAll(ServerConfig.parseKeys(String.join(",", apiKeys)));
    ServerConfig config =
        ServerConfig.defaults(home.resolve())
            .withAddress(host, port)
            .withApiKeys(keys)
            .withLimits(ServerConfig.DEFAULT_MAX_BODY_BYTES, maxBatch);
    config.requireSafe();
    CompletableFuture<Engine> engine =
        CompletableFuture.supplyAsync(
            () -> Engine.start(home.resolve(), m -> log.accept("redflag: " + m)));
    engine.whenComplete(
        (e, ex) ->
            log.accept(
                ex == null
                    ? "redflag: ready"
                    : "redflag: the engine failed to load: " + ErrorHandler.message(ex)));
    engine.thenAccept(e -> watchLists(e, log));
    Consumer<String> requests =
        quiet
            ? m -> {
              if (!m.startsWith("{")) {
                log.accept(m);
              }
            }
            : log;
    App app = App.create(config, engine, requests);
    int bound = app.start();
    log.accept(
        "redflag: serving http://"
            + host
            + ":"
            + bound
            + "/ (API keys: "
            + (keys.isEmpty() ? "none, loopback only" : keys.size())
            + ")");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /**
   * Checks every {@link #LISTS_CHECK_SECONDS} seconds whether another watchlist snapshot is in
   * force ({@code lists update} or {@code lists import} by another process) and puts it in use; a
   * snapshot that fails to load leaves the one in use in place.
   */
  private static void watchLists(Engine engine, Consumer<String> log) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "redflag-lists-check");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            if (engine.refreshLists(m -> log.accept("redflag: " + m))) {
              log.accept("redflag: now screening against the new watchlist snapshot");
            }
          } catch (RuntimeException ex) {
            log.accept(
                "redflag: keeping the watchlist snapshot in use; the new one failed to load: "
                    + ErrorHandler.message(ex));
          }
        },
        LISTS_CHECK_SECONDS,
        LISTS_CHECK_SECONDS,
        TimeUnit.SECONDS);
  }
}
