package org.redflag.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.redflag.graph.CorroboratedEvent;
import org.redflag.graph.EventFilter;
import org.redflag.graph.GlobalEntity;
import org.redflag.graph.Knowledge;
import org.redflag.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redflag events}: events across documents, with their corroboration. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists events across stored documents: the reports of one happening (same PLOVER type,"
          + " same actors and recipients, dates within two weeks) are one event, with how many"
          + " documents report it, who asserts it and how sure each is.",
    },
    footer = {
      "",
      "Examples:",
      "  redflag events --entity Lukashenko --since 2023 --min-reports 2",
      "  redflag events --source 'Institute for the Study of War'"
    })
final class EventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only events it takes part in.")
  @Nullable String entity;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only this PLOVER type.")
  @Nullable String type;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only events dated on or after, e.g. 2023 or 2023-02.")
  @Nullable String since;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Only events some report attributes to this source (or 'author').")
  @Nullable String source;

  @Option(
      names = "--min-reports",
      paramLabel = "N",
      description = "Only events reported by at least N documents. Default: 1.")
  int minReports = 1;

  @Option(names = "--limit", paramLabel = "N", description = "Most events. Default: 50.")
  int limit = 50;

  @Mixin FormatOption format = new FormatOption();

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.open(home.resolve())) {
      List<CorroboratedEvent> events =
          Knowledge.over(store)
              .events(
                  new EventFilter(
                      entity, type, since, source, Math.max(1, minReports), Math.max(1, limit)));
      if (format.json()) {
        out.println(Json.write(events));
      } else if (events.isEmpty()) {
        out.println("No stored events match.");
      } else {
        for (CorroboratedEvent e : events) {
          out.println(render(e));
          e.reports().forEach(r -> out.println("    " + EntityCommand.reportLine(r)));
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /** One line: date (or {@code ~} the first report's document date), type, parties, evidence. */
  static String render(CorroboratedEvent e) {
    return String.format(
        "%s %s%s: %s -> %s  [%s; %d report%s, %d source%s]%s",
        e.date() != null
            ? e.date()
            : e.reports().isEmpty() || e.reports().get(0).documentDate() == null
                ? "undated"
                : "~" + e.reports().get(0).documentDate(),
        e.type(),
        e.mode() == null ? "" : "/" + e.mode(),
        names(e.actors()),
        names(e.recipients()),
        e.certainty(),
        e.corroboration(),
        e.corroboration() == 1 ? "" : "s",
        e.sources().size(),
        e.sources().size() == 1 ? "" : "s",
        e.goods().isEmpty() ? "" : " goods: " + String.join(", ", e.goods()));
  }

  static String names(List<GlobalEntity> entities) {
    return entities.isEmpty()
        ? "-"
        : String.join(", ", entities.stream().map(GlobalEntity::name).toList());
  }
}
