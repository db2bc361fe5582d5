package org.redflag.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.redflag.lists.Watchlists;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/** The bundled list entries and a fixed list of person-name queries, the same on every run. */
final class BenchData {
  private BenchData() {}

  /** Queries made: one in {@link #HIT_EVERY} is a listed name, the rest recombined names. */
  static final int QUERIES = 4_096;

  static final int HIT_EVERY = 10;

  static List<WatchlistEntry> entries() {
    return Watchlists.bundled().entries();
  }

  /**
   * The queries: the first {@link #QUERIES} names of {@code
   * ../shared/data/names/yente_candidate_generation/negatives_global.csv} (synthetic people of many
   * countries and scripts, the false-positive set of {@code docs/matching.md}) when the research
   * data is there (system property {@code redflag.shared}, default {@code ../shared}), else {@link
   * #recombined}.
   */
  static List<String> queries(List<WatchlistEntry> entries) {
    Path file =
        Path.of(
            System.getProperty("redflag.shared", "../shared"),
            "data/names/yente_candidate_generation/negatives_global.csv");
    if (Files.isReadable(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        List<String> out = new ArrayList<>(QUERIES);
        for (CSVRecord row :
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
          out.add(row.get("full_name"));
          if (out.size() == QUERIES) {
            System.out.println("queries: " + QUERIES + " names of " + file);
            return out;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    System.out.println("queries: " + QUERIES + " recombined listed names (" + file + " absent)");
    return recombined(entries);
  }

  /**
   * Person-name queries: every {@link #HIT_EVERY}th a listed person's name, the others a given name
   * of one listed person with the surname of another (mostly no match, as in real screening, where
   * nearly every customer is not listed). Seeded, so runs compare.
   */
  static List<String> recombined(List<WatchlistEntry> entries) {
    List<String[]> people = new ArrayList<>();
    for (WatchlistEntry e : entries) {
      String[] parts = e.name().replace(",", " ").trim().split("\\s+");
      if (e.schema() == Schema.PERSON && parts.length >= 2) {
        people.add(parts);
      }
    }
    Random random = new Random(20261127);
    List<String> out = new ArrayList<>(QUERIES);
    for (int i = 0; i < QUERIES; i++) {
      String[] a = people.get(random.nextInt(people.size()));
      if (i % HIT_EVERY == 0) {
        out.add(String.join(" ", a));
      } else {
        String[] b = people.get(random.nextInt(people.size()));
        out.add(a[a.length - 1] + " " + b[0]);
      }
    }
    return out;
  }
}
