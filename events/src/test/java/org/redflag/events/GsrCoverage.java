package org.redflag.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.process.Morphology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluation harness, not a test: how much of the PLOVER GSR held-out half anything learned from
 * the dev half alone could reach. For each held-out record it asks whether a content word of its
 * gold event phrase ({@code eventText}, lemmatized) occurs in the event phrase of a dev record of
 * the same type. The GSR has about one example per CAMEO sub-code, so most held-out records use
 * words the dev records never show with that type; the share that do is a rough ceiling for a
 * dictionary or model built from the dev half (docs/events.md). Run (CP as in {@link
 * PloverEvaluation}):
 *
 * <pre>
 * java -cp "$CP" org.redflag.events.GsrCoverage [DATA_DIR]
 * </pre>
 */
final class GsrCoverage {

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "to", "the", "a", "an", "of", "on", "in", "for", "with", "from", "by", "and", "or",
          "that", "be", "have", "will", "would", "not", "it", "its", "as", "at", "say", "more",
          "than");

  private GsrCoverage() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/nlp", "PLOVER_GSR_CAMEO.txt");
    if (!Files.isRegularFile(file)) {
      System.out.println("GSR coverage: skipped, " + file + " is absent (research-only data)");
      return;
    }
    JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    Morphology morphology = new Morphology();
    Set<String> devTyped = new HashSet<>();
    Set<String> devAny = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<JsonNode, String> heldOut = new HashMap<>();
    for (JsonNode rec : root) {
      String gold = rec.path("event").asText();
      if (gold.equals("DOCUMENT") || !rec.hasNonNull("text")) {
        continue;
      }
      gold = PloverEvaluation.OLD_NAMES.getOrDefault(gold, gold);
      if (seen.merge(gold, 1, Integer::sum) % 2 == 1) {
        for (String w : words(rec, morphology)) {
          devTyped.add(gold + " " + w);
          devAny.add(w);
        }
      } else {
        heldOut.put(rec, gold);
      }
    }
    int sameType = 0;
    int anyType = 0;
    for (Map.Entry<JsonNode, String> e : heldOut.entrySet()) {
      Set<String> words = words(e.getKey(), morphology);
      if (words.stream().anyMatch(w -> devTyped.contains(e.getValue() + " " + w))) {
        sameType++;
      }
      if (words.stream().anyMatch(devAny::contains)) {
        anyType++;
      }
    }
    int n = heldOut.size();
    System.out.printf(
        Locale.ROOT,
        "GSR held-out n=%d: a content word of the gold event phrase occurs in a dev event phrase"
            + " of the same type %.3f, of any type %.3f%n",
        n,
        (double) sameType / n,
        (double) anyType / n);
  }

  private static Set<String> words(JsonNode rec, Morphology morphology) {
    Set<String> out = new HashSet<>();
    for (String w : rec.path("eventText").asText().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      String lemma = w.isEmpty() ? w : morphology.stem(w);
      if (!lemma.isEmpty() && !FUNCTION_WORDS.contains(lemma) && !FUNCTION_WORDS.contains(w)) {
        out.add(lemma);
      }
    }
    return out;
  }
}
