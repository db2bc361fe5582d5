package org.redflag.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --home DIR} option shared by every command that keeps state. */
public final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "Where redflag keeps its state (watchlist snapshots, store). Default: $REDFLAG_HOME,"
              + " else ~/.redflag.")
  @Nullable Path home;

  /** The home directory: the option, else {@code REDFLAG_HOME}, else {@code ~/.redflag}. */
  public Path resolve() {
    if (home != null) {
      return home;
    }
    String env = System.getenv("REDFLAG_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".redflag");
  }
}
