package org.redflag.app;

import picocli.CommandLine.Option;

/** The {@code -f/--format} option shared by the commands that print text or JSON. */
final class FormatOption {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.text;

  /** Whether JSON output was asked for. */
  boolean json() {
    return format == OutputFormat.json;
  }
}
