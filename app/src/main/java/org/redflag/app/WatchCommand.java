package org.redflag.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.redflag.graph.Knowledge;
import org.redflag.model.RedflagException;
import org.redflag.store.Store;
import org.redflag.store.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag watch}: saves a watch on an entity or a country. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Saves a watch on an entity (a name or global id) or a country (ISO code such as RU):"
          + " 'redflag alerts' then reports events about it stored from now on."
    },
    footer = {
      "",
      "Examples:",
      "  redflag watch Lukashenko",
      "  redflag watch BY",
      "  redflag watch --list"
    })
final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "TARGET",
      description = "A name, global id or country code.")
  @Nullable String target;

  @Option(names = "--list", description = "List the saved watches.")
  boolean list;

  @Mixin HomeOption home = new HomeOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!list && target == null) {
      throw RedflagException.badInput("name what to watch, e.g. 'redflag watch BY', or use --list");
    }
    try (Store store = Store.open(home.resolve())) {
      if (target != null) {
        Watch w = Knowledge.over(store).watch(target);
        out.printf("Watching %s (%s)%n", w.target(), w.label());
      }
      if (list) {
        store.watches().forEach(w -> out.printf("%s  (%s)%n", w.target(), w.label()));
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
