package org.redflag.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.redflag.graph.GlobalEntity;
import org.redflag.graph.Knowledge;
import org.redflag.graph.Route;
import org.redflag.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redflag routes}: how goods may reach sanctioned destinations, ranked. */
@Command(
    name = "routes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists circumvention routes reported across stored documents: goods moving from an origin"
          + " through intermediaries to a destination, ranked by corroboration (distinct"
          + " documents) weighted by certainty (fact 1, expected 0.7, speculative 0.4, denied 0)"
          + " and halved per year of age before the newest report."
    },
    footer = {"", "Example:", "  redflag routes --to RU --goods microchips --format json"})
final class RoutesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--to",
      paramLabel = "DEST",
      description = "Only routes ending here: an ISO country code, a name or a global id.")
  @Nullable String to;

  @Option(names = "--goods", paramLabel = "WORD", description = "Only routes carrying these goods.")
  @Nullable String goods;

  @Option(names = "--limit", paramLabel = "N", description = "Most routes. Default: 20.")
  int limit = 20;

  @Mixin FormatOption format = new FormatOption();

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.open(home.resolve())) {
      List<Route> routes = Knowledge.over(store).routes(to, goods, Math.max(1, limit));
      if (format.json()) {
        out.println(Json.write(routes));
      } else if (routes.isEmpty()) {
        out.println("No stored routes match.");
      } else {
        for (Route r : routes) {
          out.printf(
              "%.2f  %s  %s  [%s; %d report%s; latest %s]%s%n",
              r.score(),
              String.join(" > ", r.path().stream().map(GlobalEntity::name).toList()),
              r.goods().isEmpty() ? "-" : String.join(", ", r.goods()),
              r.certainty(),
              r.corroboration(),
              r.corroboration() == 1 ? "" : "s",
              r.latest() == null ? "undated" : r.latest(),
              r.destinationListed() ? "  SANCTIONED DESTINATION" : "");
          r.reports().forEach(rep -> out.println("    " + EntityCommand.reportLine(rep)));
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
