package org.redflag.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.Event;
import org.redflag.nlp.Analysis;
import org.redflag.nlp.TextAnalyzer;

/**
 * Evaluation harness, not a test: event type accuracy and actor/recipient F1 on the PLOVER gold
 * standard records ({@code PLOVER_GSR_CAMEO.txt}, 322 sentences), actor/recipient F1 on
 * ConfliBERT's source/target spans ({@code cameo_ner_train.txt}, 1,153 sentences), and CAMEO
 * quad-class accuracy on ConfliBERT's {@code cameo_class_train.tsv}. All read research-only data
 * from {@code ../shared/data/nlp} (never committed) and print a one-line reason when it is absent.
 *
 * <p>Each set is split in two by position (within each gold type, alternately; the span file has no
 * type, so its sentences alternate): the dev part was looked at while writing the dictionary and
 * rules, the held-out part only reported. Run:
 *
 * <pre>
 * ./mvnw -q -pl events test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP="$(cat events/target/cp.txt):events/target/classes:events/target/test-classes"
 * java -Xmx2g -cp "$CP" org.redflag.events.PloverEvaluation [DATA_DIR] [--errors dev]
 * </pre>
 */
final class PloverEvaluation {

  static final Map<String, String> OLD_NAMES =
      Map.of(
          "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private PloverEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path dir =
        Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/data/nlp");
    String errors = null;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--errors")) {
        errors = args[i + 1];
      }
    }
    TextAnalyzer nlp = TextAnalyzer.load(System.err::println);
    EventCoder coder = EventCoder.create();
    Path gsr = dir.resolve("PLOVER_GSR_CAMEO.txt");
    if (Files.isRegularFile(gsr)) {
      gsr(gsr, nlp, coder, errors);
    } else {
      System.out.println("PLOVER GSR: skipped, " + gsr + " is absent (research-only data)");
    }
    Path ner = dir.resolve("conflibert_cameo/cameo_ner_train.txt");
    if (Files.isRegularFile(ner)) {
      ner(ner, nlp, coder);
    } else {
      System.out.println("CAMEO parties: skipped, " + ner + " is absent (research-only data)");
    }
    Path quad = dir.resolve("conflibert_cameo/cameo_class_train.tsv");
    if (Files.isRegularFile(quad)) {
      quad(quad, nlp, coder, errors);
    } else {
      System.out.println("CAMEO classes: skipped, " + quad + " is absent (research-only data)");
    }
  }

  /** Counts for one part. */
  private static final class Tally {
    int sentences;
    int typeRight;
    int anyRight;
    int noEvent;
    int predicted;
    int gold;
    int matchedPredicted;
    int matchedGold;
    final Map<String, int[]> perType = new TreeMap<>();

    String parties(String name) {
      return String.format(Locale.ROOT, "%-9s n=%4d  %s", name, sentences, prf());
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%-9s n=%3d  type accuracy %.3f (any coded event of the gold type %.3f; no event %d)  %s",
          name,
          sentences,
          (double) typeRight / sentences,
          (double) anyRight / sentences,
          noEvent,
          prf());
    }

    private String prf() {
      double p = predicted == 0 ? 0 : (double) matchedPredicted / predicted;
      double r = gold == 0 ? 0 : (double) matchedGold / gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(Locale.ROOT, "actor/recipient P %.3f R %.3f F1 %.3f", p, r, f);
    }
  }

  private static void gsr(Path file, TextAnalyzer nlp, EventCoder coder, @Nullable String errors)
      throws Exception {
    JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    Map<String, Integer> seen = new HashMap<>();
    Tally dev = new Tally();
    Tally held = new Tally();
    for (JsonNode rec : root) {
      String gold = rec.path("event").asText();
      if (gold.equals("DOCUMENT") || !rec.hasNonNull("text")) {
        continue;
      }
      gold = OLD_NAMES.getOrDefault(gold, gold);
      int k = seen.merge(gold, 1, Integer::sum);
      boolean isDev = k % 2 == 1;
      Tally t = isDev ? dev : held;
      LocalDate date = parseDate(rec.path("date").asText());
      Document doc = Document.of(null, null, date, rec.path("text").asText());
      Analysis a = nlp.analyze(doc);
      EventCoder.Coded c = coder.code(doc, a);
      Event main = primary(c.events());
      t.sentences++;
      int[] pt = t.perType.computeIfAbsent(gold, x -> new int[2]);
      pt[1]++;
      String got = main == null ? "-" : main.type();
      if (got.equals(gold)) {
        t.typeRight++;
        pt[0]++;
      }
      if (main == null) {
        t.noEvent++;
      }
      String finalGold = gold;
      if (c.events().stream().anyMatch(e -> e.type().equals(finalGold))) {
        t.anyRight++;
      }
      Map<String, Entity> byId = new HashMap<>();
      c.entities().forEach(e -> byId.put(e.id(), e));
      List<String> goldActors = texts(rec.path("source"));
      List<String> goldRecipients = texts(rec.path("target"));
      List<Entity> actors = new ArrayList<>();
      List<Entity> recipients = new ArrayList<>();
      if (main != null) {
        main.actor().forEach(id -> actors.add(byId.get(id)));
        main.recipient().forEach(id -> recipients.add(byId.get(id)));
      }
      int before = t.matchedGold;
      score(t, goldActors, actors);
      score(t, goldRecipients, recipients);
      if (errors != null
          && errors.equals(isDev ? "dev-parties" : "held-out-parties")
          && t.matchedGold - before < goldActors.size() + goldRecipients.size()) {
        System.out.println(
            "  "
                + goldActors
                + " -> "
                + goldRecipients
                + " <- "
                + actors.stream().map(e -> e == null ? "?" : e.name()).toList()
                + " -> "
                + recipients.stream().map(e -> e == null ? "?" : e.name()).toList()
                + " "
                + got
                + " | "
                + rec.path("text").asText());
      }
      if (errors != null && errors.equals(isDev ? "dev" : "held-out") && !got.equals(gold)) {
        System.out.println(
            "  "
                + gold
                + " <- "
                + got
                + "  "
                + rec.path("eventText").asText()
                + " | "
                + rec.path("text").asText());
      }
    }
    System.out.println("PLOVER GSR (" + file + "), old names mapped " + OLD_NAMES);
    System.out.println(dev.line("dev"));
    System.out.println(held.line("held-out"));
    Map<String, int[]> all = new TreeMap<>();
    for (Tally t : List.of(dev, held)) {
      t.perType.forEach(
          (k, v) -> {
            int[] sum = all.computeIfAbsent(k, x -> new int[2]);
            sum[0] += v[0];
            sum[1] += v[1];
          });
    }
    StringBuilder sb = new StringBuilder("per type (both parts):");
    all.forEach(
        (k, v) -> sb.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
    System.out.println(sb);
  }

  private static void score(Tally t, List<String> gold, List<Entity> predicted) {
    t.gold += gold.size();
    t.predicted += predicted.size();
    for (String g : gold) {
      if (predicted.stream().anyMatch(e -> matches(g, e))) {
        t.matchedGold++;
      }
    }
    for (Entity e : predicted) {
      if (gold.stream().anyMatch(g -> matches(g, e))) {
        t.matchedPredicted++;
      }
    }
  }

  /** Whether a gold actor text names the entity: one of its surface forms contains the other. */
  static boolean matches(String gold, @Nullable Entity e) {
    if (e == null) {
      return false;
    }
    String g = gold.toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    e.mentions().forEach(m -> names.add(m.text()));
    for (String n : names) {
      String x = n.toLowerCase(Locale.ROOT);
      if (x.length() > 1 && (g.contains(x) || x.contains(g))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(JsonNode actors) {
    List<String> out = new ArrayList<>();
    actors.forEach(a -> out.add(a.path("actorText").asText()));
    return out;
  }

  /**
   * The event a one-event gold sentence is about: the first with both an actor and a recipient,
   * else the first.
   */
  static @Nullable Event primary(List<Event> events) {
    for (Event e : events) {
      if (!e.actor().isEmpty() && !e.recipient().isEmpty()) {
        return e;
      }
    }
    return events.isEmpty() ? null : events.get(0);
  }

  private static @Nullable LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void quad(Path file, TextAnalyzer nlp, EventCoder coder, @Nullable String errors)
      throws Exception {
    Map<Integer, Integer> seen = new HashMap<>();
    int[][] right = new int[2][1];
    int[][] total = new int[2][1];
    int[][][] confusion = new int[2][5][5];
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\t");
      if (f.length != 2 || !f[1].matches("[0-4]")) {
        continue;
      }
      int gold = Integer.parseInt(f[1]);
      int part = seen.merge(gold, 1, Integer::sum) % 2 == 1 ? 0 : 1;
      Document doc = Document.of(null, null, null, f[0]);
      Event main = primary(coder.code(doc, nlp.analyze(doc)).events());
      int got = main == null ? 0 : SentenceTyper.CLASS_OF.getOrDefault(main.type(), 0);
      total[part][0]++;
      confusion[part][gold][got]++;
      if (got == gold) {
        right[part][0]++;
      } else if (errors != null && errors.equals(part == 0 ? "dev" : "held-out")) {
        System.out.println(
            "  " + gold + " <- " + got + " " + (main == null ? "-" : main.type()) + " | " + f[0]);
      }
    }
    System.out.println("CAMEO classes (" + file + "), 0 statement/appeal, 1-4 quad classes");
    for (int part = 0; part < 2; part++) {
      System.out.printf(
          Locale.ROOT,
          "%-9s n=%4d  accuracy %.3f  confusion (gold rows, predicted columns) %s%n",
          part == 0 ? "dev" : "held-out",
          total[part][0],
          (double) right[part][0] / total[part][0],
          java.util.Arrays.deepToString(confusion[part]));
    }
  }

  /**
   * Actor/recipient P/R/F1 against ConfliBERT's BIO spans: S (source) is scored against the main
   * event's actors and T (target) against its recipients, a span matching an entity as {@link
   * #matches} matches an {@code actorText}. R spans (parties of a reciprocal event, "Trump and King
   * Abdullah met") are not scored, and neither is a predicted party that matches one.
   */
  private static void ner(Path file, TextAnalyzer nlp, EventCoder coder) throws Exception {
    Tally[] parts = {new Tally(), new Tally()};
    int index = 0;
    for (String block : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String line : block.strip().split("\n")) {
        int space = line.lastIndexOf(' ');
        if (space > 0) {
          tokens.add(line.substring(0, space));
          tags.add(line.substring(space + 1).strip());
        }
      }
      if (tokens.isEmpty()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int[] start = new int[tokens.size()];
      int[] end = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        String tok = tokens.get(i);
        String prev = i > 0 ? tokens.get(i - 1) : "";
        boolean glued =
            i == 0 || tok.matches("[.,;:!?)%]|'s|'|’|-|n't|”") || prev.matches("[($€“‘]|’|-|'");
        if (!glued) {
          text.append(' ');
        }
        start[i] = text.length();
        text.append(tok);
        end[i] = text.length();
      }
      Map<String, List<String>> spans = new HashMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        String tag = tags.get(i);
        if (tag.startsWith("B-")) {
          int j = i;
          while (j + 1 < tokens.size() && tags.get(j + 1).equals("I-" + tag.substring(2))) {
            j++;
          }
          spans
              .computeIfAbsent(tag.substring(2), x -> new ArrayList<>())
              .add(text.substring(start[i], end[j]));
        }
      }
      Tally t = parts[index++ % 2];
      Document doc = Document.of(null, null, null, text.toString());
      EventCoder.Coded c = coder.code(doc, nlp.analyze(doc));
      Event main = primary(c.events());
      Map<String, Entity> byId = new HashMap<>();
      c.entities().forEach(e -> byId.put(e.id(), e));
      List<String> reciprocal = spans.getOrDefault("R", List.of());
      List<Entity> actors = new ArrayList<>();
      List<Entity> recipients = new ArrayList<>();
      if (main != null) {
        main.actor().forEach(id -> actors.add(byId.get(id)));
        main.recipient().forEach(id -> recipients.add(byId.get(id)));
      }
      actors.removeIf(e -> reciprocal.stream().anyMatch(g -> matches(g, e)));
      recipients.removeIf(e -> reciprocal.stream().anyMatch(g -> matches(g, e)));
      t.sentences++;
      score(t, spans.getOrDefault("S", List.of()), actors);
      score(t, spans.getOrDefault("T", List.of()), recipients);
    }
    System.out.println("CAMEO parties (" + file + "), S spans = actors, T spans = recipients");
    for (int part = 0; part < 2; part++) {
      System.out.println(parts[part].parties(part == 0 ? "dev" : "held-out"));
    }
  }
}
