package org.redflag.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redflag.lists.SnapshotInfo;
import org.redflag.lists.WatchlistStore;
import org.redflag.store.Store;
import org.redflag.store.StoreStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code redflag status}: what the store holds and which watchlists are in force. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Counts what the store under --home holds (documents, sources, entities, mentions, list"
          + " matches, dates, events, claims) and names the watchlist snapshot in force."
    })
final class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin FormatOption format = new FormatOption();

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreStatus s;
    try (Store store = Store.open(home.resolve())) {
      s = store.status();
    }
    SnapshotInfo lists;
    try {
      lists = WatchlistStore.at(home.resolve()).currentInfo();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (format.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("home", home.resolve().toString());
      json.put("store", s);
      Map<String, Object> snapshot = new LinkedHashMap<>();
      snapshot.put("id", lists.id());
      snapshot.put("sources", lists.sources());
      json.put("watchlists", snapshot);
      out.println(Json.write(json));
    } else {
      out.printf(
          "Store: %s (schema version %d)%n", home.resolve().resolve("store"), s.schemaVersion());
      out.printf("  documents        %,12d  (%,d sources received)%n", s.documents(), s.sources());
      out.printf(
          "  entities         %,12d  (%,d global entities)%n", s.entities(), s.globalEntities());
      out.printf("  mentions         %,12d%n", s.mentions());
      out.printf("  list matches     %,12d%n", s.listLinks());
      out.printf("  dates            %,12d%n", s.dates());
      out.printf("  events           %,12d%n", s.events());
      out.printf("  claims           %,12d%n", s.claims());
      out.printf("Watchlists in force: %s%n", lists.id());
      lists
          .sources()
          .forEach(
              src ->
                  out.printf(
                      "  %-14s %-10s %,9d entries  %s%n",
                      src.source(), src.date(), src.count(), src.origin()));
    }
    out.flush();
    return ExitCode.OK;
  }
}
