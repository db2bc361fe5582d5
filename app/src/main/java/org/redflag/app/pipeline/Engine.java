package org.redflag.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.events.EventCoder;
import org.redflag.lists.Snapshot;
import org.redflag.lists.WatchlistStore;
import org.redflag.match.Screener;
import org.redflag.match.ScreeningQuery;
import org.redflag.match.ScreeningResult;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.SanctionHit;
import org.redflag.model.Schema;
import org.redflag.nlp.Analysis;
import org.redflag.nlp.TextAnalyzer;

/**
 * The analysis engine: the language models and the watchlist index, loaded once per process, and
 * {@link #analyze}, a pure function of the document, the snapshot and the models.
 */
public final class Engine {
  /** Most list entries reported per entity; the best come first. */
  static final int MAX_HITS_PER_ENTITY = 5;

  private final EventCoder events = EventCoder.create();
  private final Path home;

  /**
   * The snapshot in use with its index and gazetteer, swapped as one by {@link #refreshLists}; each
   * document is analyzed against the one it read first.
   */
  private final AtomicReference<Indexed> lists;

  private Engine(Path home, Indexed indexed) {
    this.home = home;
    this.lists = new AtomicReference<>(indexed);
  }

  /**
   * Loads the watchlist snapshot in force under {@code home} and the language models, in parallel,
   * reporting progress through {@code log}; the listed names then become a gazetteer of the
   * language analysis.
   */
  public static Engine start(Path home, Consumer<String> log) {
    CompletableFuture<Indexed> lists =
        CompletableFuture.supplyAsync(() -> index(home, currentId(home), log));
    TextAnalyzer.load(log); // CoreNLP loads while the lists are read and indexed
    try {
      return new Engine(home, lists.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Puts in use the watchlist snapshot now in force under the home directory, if it is not the one
   * in use: a long-running server calls it after {@code lists update}. Analyses under way finish on
   * the snapshot they started with.
   *
   * @return whether another snapshot was put in use
   */
  public synchronized boolean refreshLists(Consumer<String> log) {
    String id = currentId(home);
    if (id.equals(lists.get().snapshotId())) {
      return false;
    }
    lists.set(index(home, id, log));
    return true;
  }

  /** Reads snapshot {@code id}, indexes it and builds the gazetteer of its listed names. */
  private static Indexed index(Path home, String id, Consumer<String> log) {
    long t0 = System.nanoTime();
    Snapshot snapshot;
    try {
      snapshot = WatchlistStore.at(home).load(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the watchlist snapshot under " + home, e);
    }
    Screener screener = Screener.create(snapshot.entries());
    log.accept(
        String.format(
            "Watchlists: %,d entries from %s, indexed in %.1f s",
            snapshot.entries().size(), describe(snapshot), (System.nanoTime() - t0) / 1e9));
    // Builds the gazetteer of listed names here, then waits for CoreNLP if need be.
    TextAnalyzer nlp = TextAnalyzer.load(log, snapshot.entries());
    return new Indexed(id, snapshot, screener, nlp);
  }

  private static String currentId(Path home) {
    try {
      return WatchlistStore.at(home).currentId();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the watchlist snapshot under " + home, e);
    }
  }

  private record Indexed(
      String snapshotId, Snapshot snapshot, Screener screener, TextAnalyzer nlp) {}

  /** The watchlist snapshot this engine screens against. */
  public Snapshot snapshot() {
    return lists.get().snapshot();
  }

  /** The screener over {@link #snapshot()}'s entries, with the default threshold and cutoff. */
  public Screener screener() {
    return lists.get().screener();
  }

  /** Analyzes one document: entities, their list entries, dates and events. */
  public Brief analyze(Document doc) {
    Indexed in = lists.get();
    Analysis analysis = in.nlp().analyze(doc);
    EventCoder.Coded coded = events.code(doc, analysis);
    List<Entity> entities = new ArrayList<>();
    for (Entity e : coded.entities()) {
      entities.add(e.withSanctions(screen(in.screener(), e)));
    }
    entities.sort(Comparator.comparing((Entity e) -> !e.isListed()));
    return new Brief(doc, entities, analysis.dates(), coded.events());
  }

  /** The list entries that match any of the entity's names, best first. */
  static List<SanctionHit> screen(Screener screener, Entity entity) {
    Schema schema = schemaOf(entity.type());
    if (schema == null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    List<String> countries = entity.country() == null ? List.of() : List.of(entity.country());
    List<ScreeningResult> results =
        screener.screen(new ScreeningQuery(schema, List.copyOf(names), null, countries));
    Map<String, SanctionHit> best = new LinkedHashMap<>();
    for (ScreeningResult r : results) {
      if (!r.match()) {
        continue;
      }
      best.merge(
          r.entry().id(),
          new SanctionHit(
              r.entry().source(),
              r.entry().sourceId(),
              r.entry().name(),
              r.entry().programs(),
              r.score(),
              r.matchedName(),
              r.explanation()),
          (a, b) -> a.score() >= b.score() ? a : b);
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(SanctionHit::score).reversed())
        .limit(MAX_HITS_PER_ENTITY)
        .toList();
  }

  private static @Nullable Schema schemaOf(EntityType type) {
    return switch (type) {
      case PERSON -> Schema.PERSON;
      case ORGANIZATION -> Schema.ORGANIZATION;
      case VESSEL -> Schema.VESSEL;
      default -> null;
    };
  }

  private static String describe(Snapshot snapshot) {
    List<String> parts = new ArrayList<>();
    snapshot.sources().forEach(s -> parts.add(s.source() + " " + s.date()));
    return String.join(", ", parts);
  }
}
