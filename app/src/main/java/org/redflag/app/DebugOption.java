package org.redflag.app;

import picocli.CommandLine.Option;

/** The {@code --debug} option: {@link ErrorHandler} then prints the stack traces of errors. */
final class DebugOption {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;
}
