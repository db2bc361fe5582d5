package org.redflag.app.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.redflag.app.input.Input;
import org.redflag.app.input.Inputs;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;
import org.redflag.store.PutResult;
import org.redflag.store.Store;

/**
 * Reads inputs, analyzes the documents the store does not hold yet on {@code threads} threads and
 * stores each brief as soon as it is ready (one transaction each). The analyzer is started only
 * when a document needs it, so a re-run over stored documents costs no model loading.
 */
public final class Ingest {
  private final Store store;
  private final Inputs reader;
  private final Supplier<Function<Document, Brief>> analyzer;
  private final int threads;
  private final @Nullable LocalDate date;

  /**
   * @param store where briefs go
   * @param reader reads inputs into documents
   * @param analyzer starts the analyzer (called at most once, on the first new document); the
   *     function it returns must be thread-safe
   * @param threads analysis threads
   * @param date document date overriding the inputs' own, or {@code null}
   */
  public Ingest(
      Store store,
      Inputs reader,
      Supplier<Function<Document, Brief>> analyzer,
      int threads,
      @Nullable LocalDate date) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.store = store;
    this.reader = reader;
    this.analyzer = analyzer;
    this.threads = threads;
    this.date = date;
  }

  /**
   * Ingests every input (a feed counts as one input of many documents), calling {@code step} once
   * per input read.
   */
  public IngestSummary run(List<Input> inputs, Runnable step) {
    long t0 = System.nanoTime();
    AtomicInteger added = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger near = new AtomicInteger();
    List<IngestSummary.Failure> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Ingest::daemon);
    // Bounds the documents read ahead of the analyzers.
    Semaphore inFlight = new Semaphore(threads * 2);
    Function<Document, Brief> analyze = null;
    try {
      for (Input input : inputs) {
        List<Document> docs;
        try {
          docs = reader.readAll(input); // a feed is one input of many documents
        } catch (RedflagException e) {
          synchronized (failures) {
            failures.add(new IngestSummary.Failure(input.name(), e.getMessage()));
          }
          step.run();
          continue;
        }
        for (Document doc : docs) {
          Document dated = date == null ? doc : doc.withDate(date);
          if (store.contains(dated.id())) {
            // Known text: record where this copy came from, without analyzing it again.
            store.put(new Brief(dated, List.of(), List.of(), List.of()));
            duplicates.incrementAndGet();
            continue;
          }
          if (analyze == null) {
            analyze = analyzer.get();
          }
          Function<Document, Brief> a = analyze;
          String name = dated.url() == null ? input.name() : dated.url();
          inFlight.acquireUninterruptibly();
          pool.execute(
              () -> {
                try {
                  PutResult r = store.put(a.apply(dated));
                  switch (r.outcome()) {
                    case NEW -> added.incrementAndGet();
                    case DUPLICATE -> duplicates.incrementAndGet();
                    case NEAR_DUPLICATE -> near.incrementAndGet();
                  }
                } catch (RuntimeException e) {
                  String msg =
                      e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                  synchronized (failures) {
                    failures.add(new IngestSummary.Failure(name, msg));
                  }
                } finally {
                  inFlight.release();
                }
              });
        }
        step.run();
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    List<IngestSummary.Failure> failed;
    synchronized (failures) {
      failed = List.copyOf(failures);
    }
    return new IngestSummary(
        inputs.size(),
        added.get(),
        duplicates.get(),
        near.get(),
        failed.size(),
        (System.nanoTime() - t0) / 1e9,
        failed);
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.HOURS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "redflag-ingest");
    t.setDaemon(true);
    return t;
  }
}
