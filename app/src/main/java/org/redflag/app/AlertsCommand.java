package org.redflag.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redflag.graph.Knowledge;
import org.redflag.graph.ListAlerts;
import org.redflag.graph.WatchReport;
import org.redflag.lists.Snapshot;
import org.redflag.lists.WatchlistStore;
import org.redflag.store.ListLink;
import org.redflag.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code redflag alerts}: list changes and watched entities since the last check. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Re-screens every stored person, organization and vessel against the watchlist snapshot in"
          + " force (run it after 'redflag lists update') and reports who is newly listed or"
          + " delisted compared with the previous re-screening (the first time: with what analysis"
          + " matched at ingest). Then reports new events for every saved watch ('redflag watch')."
    })
final class AlertsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin FormatOption format = new FormatOption();

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String id;
    Snapshot snapshot;
    try {
      WatchlistStore lists = WatchlistStore.at(home.resolve());
      id = lists.currentId();
      snapshot = lists.load(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ListAlerts alerts;
    List<WatchReport> watches;
    try (Store store = Store.open(home.resolve())) {
      Knowledge k = Knowledge.over(store);
      alerts = k.rescreen(id, snapshot.entries());
      watches = k.checkWatches();
    }
    if (format.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("lists", alerts);
      json.put("watches", watches);
      out.println(Json.write(json));
    } else {
      printListAlerts(out, alerts);
      for (WatchReport w : watches) {
        out.printf("Watch %s [%s]: %d new events%n", w.label(), w.target(), w.events().size());
        w.events().forEach(e -> out.println("  " + EventsCommand.render(e)));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * Re-screens the stored entities against a new snapshot and prints who is newly listed or
   * delisted; does nothing when {@code home} has no store yet. Used by {@code lists update}.
   */
  static void rescreenAfterUpdate(
      PrintWriter out, Path home, String snapshotId, Snapshot snapshot) {
    if (!Files.isDirectory(home.resolve("store"))) {
      return;
    }
    try (Store store = Store.open(home)) {
      if (store.isReadOnly()) {
        out.println("(the store is being written by another process: run 'redflag alerts' later)");
        return;
      }
      printListAlerts(out, Knowledge.over(store).rescreen(snapshotId, snapshot.entries()));
    }
  }

  private static void printListAlerts(PrintWriter out, ListAlerts alerts) {
    out.printf(
        "Watchlists %s against %s: %,d entities screened, %d newly listed, %d delisted%n",
        alerts.snapshot(),
        alerts.previous(),
        alerts.screened(),
        alerts.newlyListed().size(),
        alerts.delisted().size());
    print(out, "NEWLY LISTED", alerts.newlyListed());
    print(out, "DELISTED", alerts.delisted());
  }

  private static void print(PrintWriter out, String what, List<ListAlerts.Change> changes) {
    for (ListAlerts.Change c : changes) {
      out.printf(
          "  %s %s (%d documents): %s%n",
          what,
          EntityCommand.label(c.entity()),
          c.entity().documents(),
          String.join("; ", c.entries().stream().map(ListLink::id).map(String::valueOf).toList()));
    }
  }
}
