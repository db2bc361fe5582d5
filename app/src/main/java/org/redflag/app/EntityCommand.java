package org.redflag.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.redflag.graph.CorroboratedEvent;
import org.redflag.graph.GlobalEntity;
import org.redflag.graph.Knowledge;
import org.redflag.graph.Network;
import org.redflag.graph.Profile;
import org.redflag.graph.Resolution;
import org.redflag.model.Event;
import org.redflag.model.RedflagException;
import org.redflag.model.SanctionHit;
import org.redflag.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag entity}: what the store knows about one entity, across documents. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Profiles an entity across every stored document: the spellings used, its watchlist"
          + " entries, mentions per month, its events as a timeline and its strongest"
          + " connections. NAME is a name (the best match is taken) or a global id such as"
          + " ofac-sdn:9760 or country:RU.",
      "With --network K, prints the entities around it to K hops instead."
    },
    subcommands = {EntityCommand.Merge.class, EntityCommand.Split.class, EntityCommand.Path.class},
    footer = {
      "",
      "Examples:",
      "  redflag entity Lukashenko",
      "  redflag entity --network 2 --format json country:BY",
      "  redflag entity merge 'Wagner Group' 'PMC Wagner'",
      "  redflag entity split ofac-sdn:9760 'Viktor Lukashenko'",
      "  redflag entity path Lukashenko 'Xi Jinping'"
    })
final class EntityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "A name or a global id.")
  @Nullable String name;

  @Option(
      names = "--network",
      paramLabel = "K",
      description = "Print the network to K hops (co-mentions) instead of the profile.")
  int network;

  @Option(
      names = "--per-node",
      paramLabel = "N",
      description = "Strongest ties followed from each entity in --network. Default: 10.")
  int perNode = 10;

  @Mixin FormatOption format = new FormatOption();

  @Mixin DebugOption debug = new DebugOption();

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() {
    if (name == null) {
      throw RedflagException.badInput("name an entity, e.g. 'redflag entity Lukashenko'");
    }
    if (network < 0 || perNode < 1) {
      throw RedflagException.badInput("--network must be 0 or more and --per-node at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.open(home.resolve())) {
      Knowledge k = Knowledge.over(store);
      if (network > 0) {
        Network n = k.network(name, network, perNode);
        out.println(format.json() ? Json.write(n) : render(n));
      } else {
        Optional<Profile> p = k.profile(name);
        if (p.isEmpty()) {
          throw RedflagException.badInput("no stored entity matches '" + name + "'");
        }
        out.println(format.json() ? Json.write(p.get()) : render(p.get()));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  static String label(GlobalEntity e) {
    return e.name() + " [" + e.id() + "]";
  }

  static String render(Profile p) {
    StringBuilder sb = new StringBuilder();
    GlobalEntity e = p.entity();
    sb.append(label(e))
        .append("  ")
        .append(e.type())
        .append(e.country() == null ? "" : " " + e.country())
        .append(", in ")
        .append(e.documents())
        .append(" documents\n");
    sb.append("  Spellings: ");
    sb.append(
        String.join(
            ", ",
            p.aliases().entrySet().stream()
                .limit(12)
                .map(a -> a.getKey() + " (" + a.getValue() + ")")
                .toList()));
    sb.append('\n');
    for (SanctionHit h : p.listEntries()) {
      sb.append(
          String.format(
              "  Listed: %s %s %s %s (score %.2f)%n",
              h.list(), h.listId(), h.name(), h.programs(), h.score()));
    }
    sb.append("  Mentions by month: ");
    sb.append(
        String.join(
            ", ",
            p.mentionsByMonth().entrySet().stream()
                .map(m -> m.getKey() + ": " + m.getValue())
                .toList()));
    sb.append('\n');
    if (!p.timeline().isEmpty()) {
      sb.append("  Events:\n");
      p.timeline().forEach(ev -> sb.append("    ").append(EventsCommand.render(ev)).append('\n'));
    }
    if (!p.connections().isEmpty()) {
      sb.append("  Connections (documents in common):\n");
      for (Profile.Connection c : p.connections()) {
        sb.append("    ").append(label(c.entity())).append("  ").append(c.documents()).append('\n');
      }
    }
    return sb.toString().stripTrailing();
  }

  static String render(Network n) {
    StringBuilder sb = new StringBuilder();
    sb.append(label(n.centre()))
        .append(": ")
        .append(n.nodes().size())
        .append(" entities, ")
        .append(n.edges().size())
        .append(" ties\n");
    Map<String, GlobalEntity> byId =
        n.nodes().stream()
            .collect(java.util.stream.Collectors.toMap(GlobalEntity::id, x -> x, (a, b) -> a));
    for (Network.Edge edge : n.edges()) {
      sb.append(
          String.format(
              "  %s -- %s  (%d documents)%n",
              byId.get(edge.a()).name(), byId.get(edge.b()).name(), edge.documents()));
    }
    return sb.toString().stripTrailing();
  }

  /** {@code redflag entity merge A B}. */
  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description =
          "Records that A and B are one entity (names or global ids); remembered by every later"
              + " resolution.")
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Mixin HomeOption home = new HomeOption();

    @Override
    public Integer call() {
      try (Store store = Store.open(home.resolve())) {
        report(spec, Knowledge.over(store).merge(a, b), "merged");
      }
      return ExitCode.OK;
    }
  }

  /** {@code redflag entity split A B}. */
  @Command(
      name = "split",
      mixinStandardHelpOptions = true,
      description =
          "Records that entities named B are not entity A (a name or a global id); remembered by"
              + " every later resolution.")
  static final class Split implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Mixin HomeOption home = new HomeOption();

    @Override
    public Integer call() {
      try (Store store = Store.open(home.resolve())) {
        report(spec, Knowledge.over(store).split(a, b), "split");
      }
      return ExitCode.OK;
    }
  }

  private static void report(CommandSpec spec, Resolution r, String what) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Decision recorded (%s); %,d entities in documents now form %,d global entities (%,d"
            + " reassigned).%n",
        what, r.entities(), r.globalEntities(), r.changed());
    out.flush();
  }

  /** {@code redflag entity path A B}. */
  @Command(
      name = "path",
      mixinStandardHelpOptions = true,
      description =
          "Prints the shortest chains of connections (shared documents) between two entities.")
  static final class Path implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Option(names = "--limit", paramLabel = "N", description = "Paths printed. Default: 3.")
    int limit = 3;

    @Mixin FormatOption format = new FormatOption();

    @Mixin HomeOption home = new HomeOption();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = Store.open(home.resolve())) {
        List<List<GlobalEntity>> paths = Knowledge.over(store).paths(a, b, Math.max(1, limit));
        if (format.json()) {
          out.println(Json.write(paths));
        } else if (paths.isEmpty()) {
          out.println("No path within 4 hops.");
        } else {
          for (List<GlobalEntity> p : paths) {
            out.println(String.join(" -- ", p.stream().map(EntityCommand::label).toList()));
          }
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  static String reportLine(CorroboratedEvent.Report r) {
    return String.format(
        "%s %s: %s%s \"%s\" [%d,%d)%s",
        r.documentId(),
        r.documentDate() == null ? "undated" : r.documentDate(),
        r.source(),
        r.cue() == null ? "" : " (" + r.certainty() + ": " + r.cue() + ")",
        r.evidence(),
        r.start(),
        r.end(),
        Event.inferred(r.coder()) ? ", type inferred" : "");
  }
}
