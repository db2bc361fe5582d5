package org.redflag.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.redflag.model.RedflagException;

/**
 * Maps every failure to a status and a JSON body {@code {"status", "error", "message"}}, once for
 * the whole API: bad input 400, missing things 404, failures 500. Only 500s are logged with their
 * stack trace; no response ever carries one.
 */
final class Errors {
  private Errors() {}

  static void register(Javalin app, Consumer<String> log) {
    app.exception(
        HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        RedflagException.class,
        (e, ctx) -> {
          if (e.kind() == RedflagException.Kind.BAD_INPUT) {
            write(ctx, 400, e.getMessage());
          } else {
            serverError(ctx, e, log);
          }
        });
    app.exception(Exception.class, (e, ctx) -> serverError(ctx, e, log));
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            write(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
          }
        });
  }

  private static void serverError(Context ctx, Exception e, Consumer<String> log) {
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    log.accept("error in " + ctx.method() + " " + ctx.path() + ": " + trace);
    String msg = e instanceof RedflagException ? e.getMessage() : "internal error";
    write(ctx, 500, msg);
  }

  static void write(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", HttpStatus.forStatus(status).getMessage());
    body.put("message", message);
    ctx.status(status).json(body);
  }
}
