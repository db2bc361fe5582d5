package org.redflag.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.app.pipeline.Engine;
import org.redflag.store.Store;

/**
 * The redflag server: the REST API and the web workbench, on one engine and one store. {@link
 * #create} builds it, {@link #start} binds it; {@code /health} answers at once while the engine
 * loads, {@code /ready} and the routes that analyze answer 503 until it is loaded.
 */
public final class App {
  /** Paths under which every request needs an API key when keys are configured. */
  static final List<String> PROTECTED =
      List.of(
          "/analyze",
          "/match",
          "/search",
          "/entities",
          "/events",
          "/routes",
          "/documents",
          "/lists",
          "/ingest",
          "/alerts");

  private final ServerConfig config;
  private final Javalin javalin;
  private final Store store;

  private App(ServerConfig config, Javalin javalin, Store store) {
    this.config = config;
    this.javalin = javalin;
    this.store = store;
  }

  /**
   * Builds the server over the store under {@code config.home()} and an engine that is loading (or
   * loaded); nothing is bound until {@link #start}.
   *
   * @param engine completes when the engine is loaded, exceptionally when it failed
   * @param log receives one line per request and server errors
   * @throws org.redflag.model.RedflagException when no key is configured for a non-loopback host,
   *     or the store cannot be opened
   */
  public static App create(
      ServerConfig config, CompletableFuture<Engine> engine, Consumer<String> log) {
    config.requireSafe();
    Store store = Store.open(config.home());
    ObjectMapper mapper =
        new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Javalin javalin =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.startupWatcherEnabled = false;
              cfg.http.maxRequestSize = config.maxBodyBytes();
              cfg.jsonMapper(new JavalinJackson(mapper, false));
              cfg.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                  });
              cfg.requestLogger.http(
                  (ctx, ms) ->
                      log.accept(
                          String.format(
                              "{\"method\":\"%s\",\"path\":\"%s\",\"status\":%d,\"ms\":%.1f}",
                              ctx.method(),
                              ctx.path().replace("\\", "\\\\").replace("\"", "\\\""),
                              ctx.statusCode(),
                              ms)));
            });
    Errors.register(javalin, log);
    javalin.before(ctx -> guard(ctx, config));
    javalin.before(App::securityHeaders);
    new Api(config, engine, store, mapper).register(javalin);
    return new App(config, javalin, store);
  }

  private static void guard(Context ctx, ServerConfig config) {
    String path = ctx.path();
    boolean isProtected =
        PROTECTED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    if (!isProtected) {
      return;
    }
    String length = ctx.header("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > config.maxBodyBytes()) {
          throw new io.javalin.http.HttpResponseException(
              HttpStatus.CONTENT_TOO_LARGE.getCode(),
              "request body larger than " + config.maxBodyBytes() + " bytes");
        }
      } catch (NumberFormatException e) {
        throw new io.javalin.http.BadRequestResponse("bad Content-Length");
      }
    }
    if (config.apiKeys().isEmpty()) {
      return;
    }
    String key = presentedKey(ctx);
    if (key == null) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new io.javalin.http.UnauthorizedResponse(
          "an API key is required (Authorization: Bearer KEY, or X-API-Key: KEY)");
    }
    if (!accepted(key, config.apiKeys())) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new io.javalin.http.UnauthorizedResponse("API key not accepted");
    }
  }

  /**
   * The workbench may only load and call this origin (nothing is fetched from elsewhere, and a
   * document's text cannot pull anything in); no framing, no sniffing, no referrer.
   */
  private static void securityHeaders(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static @Nullable String presentedKey(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null) {
      String a = auth.trim();
      for (String scheme : List.of("Bearer ", "ApiKey ")) {
        if (a.regionMatches(true, 0, scheme, 0, scheme.length())) {
          return a.substring(scheme.length()).trim();
        }
      }
    }
    String header = ctx.header("X-API-Key");
    return header == null || header.isBlank() ? null : header.trim();
  }

  private static boolean accepted(String key, Set<String> keys) {
    byte[] given = key.getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (String k : keys) {
      ok |= MessageDigest.isEqual(given, k.getBytes(StandardCharsets.UTF_8));
    }
    return ok;
  }

  /** Binds the configured address and port; returns the port bound. */
  public int start() {
    javalin.start(config.host(), config.port());
    return javalin.port();
  }

  /** The port bound, once started. */
  public int port() {
    return javalin.port();
  }

  /** Stops serving and closes the store. */
  public void stop() {
    javalin.stop();
    store.close();
  }
}
