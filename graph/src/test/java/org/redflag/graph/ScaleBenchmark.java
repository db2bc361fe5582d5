package org.redflag.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.Mention;
import org.redflag.model.SanctionHit;
import org.redflag.store.Store;
import org.redflag.store.StoreStatus;

/**
 * Store-level scale: writes N synthetic briefs (default 100,000; 8 entities and one event each,
 * drawn from 20,000 people, 5,000 companies and 30 countries), resolves them, and measures entity
 * find and profile latency. Not part of {@code mvn test}.
 *
 * <p>Run: {@code java -cp <graph test classpath> org.redflag.graph.ScaleBenchmark DIR [N]}; add
 * {@code reresolve} to resolve and query an existing store of N briefs without writing, or {@code
 * query} to query it only.
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  private static final String[] FIRST = {
    "Alexander",
    "Viktor",
    "Ivan",
    "Sergei",
    "Olga",
    "Maria",
    "Dmitry",
    "Igor",
    "Yuri",
    "Anna",
    "Li",
    "Wang",
    "Zhang",
    "Chen",
    "Ali",
    "Hassan",
    "Reza",
    "Mehdi",
    "Kim",
    "Park",
    "John",
    "Peter",
    "Ahmed",
    "Omar",
    "Fatima",
    "Elena",
    "Pavel",
    "Nikolai",
    "Boris",
    "Tatiana",
    "Andrei",
    "Mikhail",
    "Oleg",
    "Roman",
    "Vladimir",
    "Gennady",
    "Arkady",
    "Leonid",
    "Svetlana",
    "Irina"
  };
  private static final String[] COUNTRIES = {
    "RU", "BY", "CN", "IR", "KP", "KZ", "AM", "GE", "TR", "AE", "IN", "HK", "UZ", "KG", "TJ", "AZ",
    "SY", "VE", "CU", "MM", "RS", "IL", "SA", "EG", "US", "GB", "DE", "FR", "JP", "KR"
  };

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Random random = new Random(42);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      people.add(FIRST[i % FIRST.length] + " " + syllables(random, 3) + "ov");
    }
    List<String> companies = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      companies.add(syllables(random, 3) + " " + (i % 2 == 0 ? "Trading LLC" : "Industries JSC"));
    }
    String[] vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = syllables(random, 2 + i % 3).toLowerCase();
    }
    long t0 = System.nanoTime();
    String mode = args.length > 2 ? args[2] : "write";
    boolean write = mode.equals("write");
    try (Store store = Store.open(home)) {
      if (write) {
        List<Brief> batch = new ArrayList<>();
        for (int d = 0; d < n; d++) {
          batch.add(brief(d, random, people, companies, vocabulary));
          if (batch.size() == 1000) {
            store.putAll(batch);
            batch.clear();
          }
        }
        store.putAll(batch);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("wrote %,d briefs in %.1f s (%.0f/s)%n", n, seconds, n / seconds);
      } else {
        // The same random draws as the writing run, so the queried names exist.
        for (int d = 0; d < n; d++) {
          brief(d, random, people, companies, vocabulary);
        }
      }
      if (mode.equals("incremental")) {
        List<Brief> more = new ArrayList<>();
        for (int d = n; d < n + 1000; d++) {
          more.add(brief(d, new Random(d), people, companies, vocabulary));
        }
        long w0 = System.nanoTime();
        store.putAll(more);
        long r0 = System.nanoTime();
        Resolution inc = Knowledge.over(store).resolveNew();
        System.out.printf(
            "1,000 more briefs written in %.1f s; incremental resolution of %,d entities in %.1f s"
                + " (%,d global entities touched)%n",
            (r0 - w0) / 1e9, inc.entities(), (System.nanoTime() - r0) / 1e9, inc.globalEntities());
      }
      if (!mode.equals("query") && !mode.equals("incremental")) {
        t0 = System.nanoTime();
        Resolution r = Knowledge.over(store).resolve();
        System.out.printf(
            "resolved %,d entities into %,d global entities in %.1f s%n",
            r.entities(), r.globalEntities(), (System.nanoTime() - t0) / 1e9);
      }
      StoreStatus s = store.status();
      System.out.println(s);
      Knowledge k = Knowledge.over(store);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        names.add(people.get(random.nextInt(people.size())));
      }
      for (int i = 0; i < 20; i++) {
        k.profile(names.get(i));
      }
      long[] find = new long[names.size()];
      long[] profile = new long[names.size()];
      for (int i = 0; i < names.size(); i++) {
        long q = System.nanoTime();
        k.find(names.get(i), 5);
        find[i] = System.nanoTime() - q;
        q = System.nanoTime();
        k.profile(names.get(i));
        profile[i] = System.nanoTime() - q;
      }
      long q = System.nanoTime();
      k.profile("country:RU");
      double country = (System.nanoTime() - q) / 1e6;
      System.out.printf(
          "person queries (%d): find p50 %.1f ms p95 %.1f ms; profile p50 %.1f ms p95 %.1f ms max"
              + " %.1f ms; profile of country:RU (%,d documents) %.0f ms%n",
          names.size(),
          pct(find, 50),
          pct(find, 95),
          pct(profile, 50),
          pct(profile, 95),
          pct(profile, 100),
          k.find("country:RU", 1).get(0).documents(),
          country);
    }
    try (Stream<Path> files = Files.walk(home)) {
      System.out.printf(
          "store size: %.0f MB%n",
          files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1e6);
    }
  }

  private static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static String syllables(Random random, int count) {
    String[] s = {"ka", "ro", "mi", "ten", "vol", "gra", "shi", "lu", "den", "bor", "za", "pet"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(s[random.nextInt(s.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  private static Brief brief(
      int d, Random random, List<String> people, List<String> companies, String[] vocabulary) {
    StringBuilder body = new StringBuilder("Report ").append(d).append('.');
    List<Entity> entities = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String name;
      EntityType type;
      String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
      if (i < 5) {
        name = people.get(random.nextInt(people.size()));
        type = EntityType.PERSON;
      } else if (i < 7) {
        name = companies.get(random.nextInt(companies.size()));
        type = EntityType.ORGANIZATION;
      } else {
        name = country;
        type = EntityType.COUNTRY;
      }
      if (used.contains(name)) {
        continue;
      }
      used.add(name);
      for (int w = 0; w < 12; w++) {
        body.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      body.append(' ');
      int start = body.length();
      body.append(name);
      List<SanctionHit> hits =
          type == EntityType.PERSON && name.hashCode() % 50 == 0
              ? List.of(
                  new SanctionHit(
                      "ofac-sdn",
                      "S" + Math.abs(name.hashCode()),
                      name,
                      List.of("RUSSIA-EO14024"),
                      0.95,
                      name,
                      "synthetic"))
              : List.of();
      entities.add(
          new Entity(
              "e" + (entities.size() + 1),
              name,
              type,
              country,
              List.of(name),
              List.of(new Mention(name, start, body.length(), type, "synthetic")),
              false,
              hits));
    }
    Event event =
        Event.builder("v1", "AID", new Event.Span("Report", 0, 6))
            .actor("e1")
            .recipient("e2")
            .date(LocalDate.of(2022, 1, 1).plusDays(d % 700).toString())
            .certainty("fact", null)
            .build();
    return new Brief(
        Document.of(
            "Report " + d, null, LocalDate.of(2022, 1, 1).plusDays(d % 700), body.toString()),
        entities,
        List.of(),
        List.of(event));
  }
}
