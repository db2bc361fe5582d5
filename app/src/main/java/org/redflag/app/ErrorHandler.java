package org.redflag.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.redflag.model.RedflagException;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to one line on stderr and an exit code: 2 for bad usage or bad input, 1 for
 * failures while working. Stack traces only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    int code = exitCode(ex);
    err.println(cli.getColorScheme().errorText("redflag: " + message(ex)));
    if (debug(parseResult)) {
      ex.printStackTrace(err);
    } else if (code == ExitCode.SOFTWARE && !(ex instanceof RedflagException)) {
      err.println("(run with --debug for details)");
    }
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(cli.getColorScheme().errorText("redflag: " + ex.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    err.flush();
    return ExitCode.USAGE;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof RedflagException re) {
      return re.kind() == RedflagException.Kind.BAD_INPUT ? ExitCode.USAGE : ExitCode.SOFTWARE;
    }
    return ExitCode.SOFTWARE;
  }

  static String message(Throwable ex) {
    if (ex instanceof RedflagException) {
      return ex.getMessage();
    }
    if (ex instanceof UncheckedIOException || ex instanceof IOException) {
      Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
      return "I/O error: " + io.getMessage();
    }
    if (ex instanceof OutOfMemoryError) {
      return "out of memory; give Java more heap, e.g. REDFLAG_JAVA_OPTS=-Xmx4g";
    }
    String msg = ex.getMessage();
    return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
