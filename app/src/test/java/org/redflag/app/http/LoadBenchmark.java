package org.redflag.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput and latency of {@code POST /match/default} (one name per request) and {@code POST
 * /analyze} (the example article) under 16 concurrent clients on loopback, against a server started
 * in this JVM over a temporary home. Outside {@code mvn test}; run:
 *
 * <pre>
 * ./mvnw -q -pl app test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp app/target/classes:app/target/test-classes:$(cat /tmp/cp.txt) \
 *   org.redflag.app.http.LoadBenchmark [CLIENTS] [MATCH_SECONDS] [ANALYZE_SECONDS]
 * </pre>
 */
public final class LoadBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> NAMES =
      List.of(
          "Alexander Lukashenko",
          "Vladimir Putin",
          "Xi Jinping",
          "Kim Jong Un",
          "Igor Sechin",
          "Ramzan Kadyrov",
          "Bashar al-Assad",
          "Viktor Lukashenko",
          "Ali Khamenei",
          "John Smith");

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int matchSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int analyzeSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Path home = Files.createTempDirectory("redflag-load");
    try (TestServer server =
        new TestServer(ServerConfig.defaults(home).withApiKeys(Set.of()), TestServer.engine())) {
      TestServer.engine().get(10, TimeUnit.MINUTES);
      String article = Files.readString(Path.of("examples/lukashenko-beijing.txt"));
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
      AtomicInteger n = new AtomicInteger();
      run(
          "match (1 name)",
          clients,
          matchSeconds,
          () -> {
            String name = NAMES.get(Math.floorMod(n.getAndIncrement(), NAMES.size()));
            String body =
                JSON.writeValueAsString(
                    Map.of(
                        "queries",
                        Map.of(
                            "q",
                            Map.of(
                                "schema", "Person", "properties", Map.of("name", List.of(name))))));
            return post(server.base + "/match/default", body);
          },
          client);
      run(
          "analyze (example, 2,990 chars)",
          clients,
          analyzeSeconds,
          () -> post(server.base + "/analyze", JSON.writeValueAsString(Map.of("text", article))),
          client);
    }
    System.exit(0);
  }

  interface RequestFactory {
    HttpRequest next() throws Exception;
  }

  private static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static void run(
      String label, int clients, int seconds, RequestFactory requests, HttpClient client)
      throws Exception {
    // Warm-up: a few requests, not measured.
    for (int i = 0; i < 3; i++) {
      client.send(requests.next(), HttpResponse.BodyHandlers.discarding());
    }
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    java.util.Map<String, Integer> why = new java.util.concurrent.ConcurrentHashMap<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  long s = System.nanoTime();
                  try {
                    HttpResponse<Void> r =
                        client.send(requests.next(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                      failures.incrementAndGet();
                      why.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                    }
                  } catch (Exception e) {
                    failures.incrementAndGet();
                    why.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                  }
                  latencies.add(System.nanoTime() - s);
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "%-32s %d clients: %,d requests in %.1f s = %.1f req/s; p50 %.1f ms, p99 %.1f ms, max %.1f"
            + " ms; %d failed %s%n",
        label,
        clients,
        sorted.size(),
        elapsed,
        sorted.size() / elapsed,
        pct(sorted, 0.50),
        pct(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
        failures.get(),
        why.isEmpty() ? "" : why);
  }

  private static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
