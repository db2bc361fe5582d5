package org.redflag.lists;

import org.redflag.model.RedflagException;

/**
 * Thrown when a list file is not in the format its source publishes, e.g. an HTML error page saved
 * under the name of a CSV file. The message names the file and the line; it is bad input (exit code
 * 2).
 */
public final class ListFormatException extends RedflagException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  /**
   * Creates the exception for {@code file} at {@code line} (1-based, or 0 when unknown).
   *
   * @param file the file name or path as the user gave it
   * @param line the 1-based line number, or 0 when unknown
   * @param message what was expected and what was found
   */
  public ListFormatException(String file, long line, String message) {
    super(Kind.BAD_INPUT, file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  /** The file name or path as the user gave it. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when unknown. */
  public long line() {
    return line;
  }
}
