package org.redflag.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code redflag} command; every job is a subcommand. */
@Command(
    name = "redflag",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Reads reporting about sanctions and their evasion and turns it into checkable intelligence:",
      "who is involved, who of them is on a sanctions or export-control list, and when things"
          + " happened."
    },
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      StatusCommand.class,
      EntityCommand.class,
      EventsCommand.class,
      RoutesCommand.class,
      AlertsCommand.class,
      WatchCommand.class,
      ExportCommand.class,
      TagCommand.class,
      MatchCommand.class,
      CompareCommand.class,
      ScreenCommand.class,
      ListsCommand.class,
      ServeCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input.",
      "Run 'redflag COMMAND --help' for the options of a command."
    })
final class RedflagCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command, e.g. 'redflag analyze FILE'");
  }
}
