package org.redflag.model;

import java.util.Objects;

/**
 * A failure the user can act on: bad input, or a failure while working. The message is one line
 * meant for the user; the CLI prints it without a stack trace and the HTTP API maps the kind to a
 * status code.
 */
public class RedflagException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure it is; decides the exit code (CLI) or status (HTTP). */
  public enum Kind {
    /** The input or the request is wrong: exit code 2, HTTP 400. */
    BAD_INPUT,
    /** Something failed while working (I/O, network, a broken data file): exit 1, HTTP 500. */
    FAILURE
  }

  private final Kind kind;

  public RedflagException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public RedflagException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** Creates an exception for bad input. */
  public static RedflagException badInput(String message) {
    return new RedflagException(Kind.BAD_INPUT, message);
  }

  /** Creates an exception for a failure while working. */
  public static RedflagException failure(String message, Throwable cause) {
    return new RedflagException(Kind.FAILURE, message, cause);
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }
}
