package org.redflag.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.Watchlists;
import org.redflag.match.Screener;
import org.redflag.match.ScreeningQuery;
import org.redflag.match.ScreeningResult;
import org.redflag.model.RedflagException;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag match}: screens parties read as JSON lines against the watchlists. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Screens parties against the watchlists in force (the bundled snapshot unless lists were"
          + " imported under --home).",
      "Reads JSON lines {\"id\", \"schema\", \"name\", \"birthDate\"?, \"country\"?} (schema: Person,"
          + " Organization, Company, LegalEntity, Vessel, Airplane; country: a code or name, or an"
          + " array of them; optional \"identifiers\": passport, IMO or tax numbers, decisive when"
          + " equal) and prints one JSON line per input line: {\"id\", \"results\":"
          + " [{\"entity\", \"score\", \"match\", \"explanation\"}]}, best first. Scores run from 0"
          + " to 1; match is score >= the threshold."
    },
    footer = {
      "",
      "Example:",
      "  echo '{\"id\":\"q1\",\"schema\":\"Person\",\"name\":\"Alexander Lukashenko\"}' | redflag"
          + " match",
      "",
      "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input."
    })
final class MatchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin HomeOption home = new HomeOption();

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "JSON lines file, or - (the default) for standard input.")
  String file = "-";

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description = "Score from which a result is a match (default: ${DEFAULT-VALUE}).")
  double threshold = Screener.DEFAULT_THRESHOLD;

  @Option(
      names = "--cutoff",
      paramLabel = "SCORE",
      description = "Results scoring below this are not printed (default: ${DEFAULT-VALUE}).")
  double cutoff = Screener.DEFAULT_CUTOFF;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N results per party (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Override
  public Integer call() {
    if (!(cutoff >= 0 && cutoff <= threshold && threshold <= 1)) {
      throw RedflagException.badInput("need 0 <= --cutoff <= --threshold <= 1");
    }
    if (limit < 1) {
      throw RedflagException.badInput("--limit must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Screener screener = null;
    int lineNumber = 0;
    try (BufferedReader in = Terminal.openUtf8(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Query query = parse(line, lineNumber);
        if (screener == null) {
          screener =
              Screener.create(Watchlists.current(home.resolve()).entries(), threshold, cutoff);
        }
        List<ScreeningResult> results = screener.screen(query.query());
        ObjectNode row = JSON.createObjectNode();
        row.set("id", query.id());
        ArrayNode array = row.putArray("results");
        results.stream().limit(limit).forEach(r -> array.add(result(r)));
        out.println(JSON.writeValueAsString(row));
        out.flush();
      }
    } catch (CharacterCodingException e) {
      throw RedflagException.badInput(file + ": not UTF-8 text");
    } catch (NoSuchFileException e) {
      throw RedflagException.badInput(file + ": no such file");
    } catch (IOException e) {
      throw RedflagException.failure(file + ": " + e.getMessage(), e);
    }
    return ExitCode.OK;
  }

  private record Query(JsonNode id, ScreeningQuery query) {}

  private static Query parse(String line, int lineNumber) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw RedflagException.badInput("line " + lineNumber + ": not JSON");
    }
    if (node == null || !node.isObject()) {
      throw RedflagException.badInput("line " + lineNumber + ": expected a JSON object");
    }
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isNumber())) {
      throw RedflagException.badInput("line " + lineNumber + ": \"id\" missing");
    }
    String name = text(node, "name");
    if (name == null || name.isBlank()) {
      throw RedflagException.badInput("line " + lineNumber + ": \"name\" missing");
    }
    String schemaName = text(node, "schema");
    if (schemaName == null) {
      throw RedflagException.badInput("line " + lineNumber + ": \"schema\" missing");
    }
    Schema schema;
    try {
      schema = Schema.parse(schemaName);
    } catch (IllegalArgumentException e) {
      throw RedflagException.badInput("line " + lineNumber + ": " + e.getMessage());
    }
    List<String> countries = new ArrayList<>();
    JsonNode country = node.get("country");
    if (country != null && country.isArray()) {
      country.forEach(c -> countries.add(c.asText()));
    } else if (country != null && country.isTextual() && !country.asText().isBlank()) {
      countries.add(country.asText());
    }
    List<String> identifiers = new ArrayList<>();
    JsonNode ids = node.get("identifiers");
    if (ids != null && ids.isArray()) {
      ids.forEach(i -> identifiers.add(i.asText()));
    } else if (ids != null && ids.isTextual()) {
      identifiers.add(ids.asText());
    }
    String birthDate = text(node, "birthDate");
    return new Query(
        id,
        new ScreeningQuery(
            schema,
            List.of(name),
            birthDate == null || birthDate.isBlank() ? null : birthDate,
            countries,
            identifiers));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static ObjectNode result(ScreeningResult r) {
    ObjectNode node = JSON.createObjectNode();
    node.set("entity", entity(r.entry()));
    node.put("score", Math.round(r.score() * 10000) / 10000.0);
    node.put("match", r.match());
    node.put("explanation", r.explanation());
    node.put("matchedName", r.matchedName());
    return node;
  }

  private static ObjectNode entity(WatchlistEntry e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", e.id());
    node.put("source", e.source());
    node.put("sourceId", e.sourceId());
    node.put("schema", e.schema().ftmName());
    node.put("name", e.name());
    ArrayNode aliases = node.putArray("aliases");
    e.aliases().forEach(a -> aliases.add(a.name()));
    ArrayNode birthDates = node.putArray("birthDates");
    e.birthDates().forEach(birthDates::add);
    ArrayNode countries = node.putArray("countries");
    e.countries().forEach(countries::add);
    ArrayNode programs = node.putArray("programs");
    e.programs().forEach(programs::add);
    return node;
  }
}
