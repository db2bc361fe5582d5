package org.redflag.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.match.Feature;
import org.redflag.match.Screener;
import org.redflag.match.ScreeningQuery;
import org.redflag.match.ScreeningResult;
import org.redflag.model.RedflagException;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Batch screening in the request and response shape of OpenSanctions yente's {@code POST
 * /match/{dataset}}, so that yente clients can switch: queries keyed by id, each a FollowTheMoney
 * {@code schema} with {@code properties}; per id a {@code results} list of entities with {@code
 * score}, {@code match}, {@code features} and redflag's one-line {@code explanation}.
 *
 * <p>Datasets: {@code default} and {@code sanctions} are every list in force; a source id ({@code
 * ofac-sdn}, {@code un-sc}, ...) only that list. Properties read: {@code name} (required), {@code
 * alias}, {@code birthDate}/{@code incorporationDate}, {@code nationality}/{@code country}/{@code
 * citizenship}/{@code jurisdiction}, and identifier properties ({@code idNumber}, {@code
 * passportNumber}, {@code imoNumber}, {@code registrationNumber}, {@code taxNumber}, ...).
 */
final class YenteMatch {
  static final int DEFAULT_LIMIT = 5;
  static final int MAX_LIMIT = 100;

  private static final List<String> NAME_PROPS = List.of("name", "alias", "weakAlias");
  private static final List<String> DATE_PROPS = List.of("birthDate", "incorporationDate");
  private static final List<String> COUNTRY_PROPS =
      List.of("nationality", "country", "citizenship", "jurisdiction");
  private static final List<String> ID_PROPS =
      List.of(
          "idNumber",
          "passportNumber",
          "imoNumber",
          "registrationNumber",
          "taxNumber",
          "innCode",
          "ogrnCode",
          "leiCode",
          "swiftBic",
          "mmsi");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private YenteMatch() {}

  /** The parameters of one request. */
  record Params(int limit, double threshold, double cutoff) {
    static Params of(@Nullable String limit, @Nullable String threshold, @Nullable String cutoff) {
      int l = limit == null ? DEFAULT_LIMIT : parseInt("limit", limit);
      double t =
          threshold == null ? Screener.DEFAULT_THRESHOLD : parseScore("threshold", threshold);
      double c = cutoff == null ? Screener.DEFAULT_CUTOFF : parseScore("cutoff", cutoff);
      if (l < 1 || l > MAX_LIMIT) {
        throw RedflagException.badInput("limit must be 1.." + MAX_LIMIT);
      }
      if (c > t) {
        throw RedflagException.badInput("cutoff must not exceed threshold");
      }
      return new Params(l, t, c);
    }
  }

  /**
   * Answers one request.
   *
   * @param datasets the source ids in force
   * @throws RedflagException (bad input) when the request is not a yente match request
   * @throws NotFoundResponse when the dataset is unknown
   * @throws HttpResponseException 413 when there are more than {@code maxBatch} queries
   */
  static ObjectNode answer(
      @Nullable JsonNode body,
      String dataset,
      Set<String> datasets,
      Screener screener,
      Params params,
      int maxBatch) {
    if (!dataset.equals("default") && !dataset.equals("sanctions") && !datasets.contains(dataset)) {
      throw new NotFoundResponse(
          "no dataset '" + dataset + "'; use default, sanctions or one of " + datasets);
    }
    if (body == null || !body.isObject() || !body.path("queries").isObject()) {
      throw RedflagException.badInput(
          "expected {\"queries\": {\"ID\": {\"schema\": \"Person\", \"properties\": {\"name\":"
              + " [\"...\"]}}}}");
    }
    JsonNode queries = body.get("queries");
    if (queries.isEmpty()) {
      throw RedflagException.badInput("\"queries\" is empty");
    }
    if (queries.size() > maxBatch) {
      throw new HttpResponseException(
          HttpStatus.CONTENT_TOO_LARGE.getCode(),
          queries.size() + " queries in one request; at most " + maxBatch);
    }
    List<Map.Entry<String, ScreeningQuery>> parsed = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> q = it.next();
      parsed.add(Map.entry(q.getKey(), parse(q.getKey(), q.getValue())));
    }
    ObjectNode out = JSON.objectNode();
    ObjectNode responses = out.putObject("responses");
    for (Map.Entry<String, ScreeningQuery> q : parsed) {
      List<ScreeningResult> results =
          screener.screen(q.getValue()).stream()
              .filter(r -> r.score() >= params.cutoff())
              .filter(r -> inDataset(r.entry(), dataset))
              .toList();
      ObjectNode response = responses.putObject(q.getKey());
      response.put("status", 200);
      ArrayNode array = response.putArray("results");
      results.stream().limit(params.limit()).forEach(r -> array.add(result(r, params)));
      ObjectNode total = response.putObject("total");
      total.put("value", results.size());
      total.put("relation", "eq");
      response.set("query", queries.get(q.getKey()));
    }
    ObjectNode matcher = out.putObject("matcher");
    matcher.put("name", "redflag");
    matcher.put("threshold", params.threshold());
    matcher.put("cutoff", params.cutoff());
    out.put("limit", params.limit());
    return out;
  }

  private static boolean inDataset(WatchlistEntry e, String dataset) {
    return dataset.equals("default") || dataset.equals("sanctions") || e.source().equals(dataset);
  }

  static ScreeningQuery parse(String id, JsonNode q) {
    if (!q.isObject()) {
      throw RedflagException.badInput("query '" + id + "': expected an object");
    }
    JsonNode schemaNode = q.get("schema");
    if (schemaNode == null || !schemaNode.isTextual()) {
      throw RedflagException.badInput("query '" + id + "': \"schema\" missing");
    }
    Schema schema;
    try {
      schema = Schema.parse(schemaNode.asText());
    } catch (IllegalArgumentException e) {
      throw RedflagException.badInput("query '" + id + "': " + e.getMessage());
    }
    JsonNode props = q.path("properties");
    if (!props.isObject()) {
      throw RedflagException.badInput("query '" + id + "': \"properties\" missing");
    }
    List<String> names = values(props, NAME_PROPS, id);
    if (names.isEmpty()) {
      throw RedflagException.badInput("query '" + id + "': properties.name missing");
    }
    List<String> dates = values(props, DATE_PROPS, id);
    return new ScreeningQuery(
        schema,
        names,
        dates.isEmpty() ? null : dates.get(0),
        values(props, COUNTRY_PROPS, id),
        values(props, ID_PROPS, id));
  }

  private static List<String> values(JsonNode props, List<String> keys, String id) {
    Set<String> out = new LinkedHashSet<>();
    for (String key : keys) {
      JsonNode v = props.get(key);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        for (JsonNode item : v) {
          if (!item.isValueNode()) {
            throw RedflagException.badInput(
                "query '" + id + "': properties." + key + " must hold strings");
          }
          add(out, item.asText());
        }
      } else if (v.isValueNode()) {
        add(out, v.asText());
      } else {
        throw RedflagException.badInput(
            "query '" + id + "': properties." + key + " must be a string or a list of strings");
      }
    }
    return List.copyOf(out);
  }

  private static void add(Set<String> out, String value) {
    if (!value.isBlank()) {
      out.add(value.trim());
    }
  }

  static ObjectNode result(ScreeningResult r, Params params) {
    WatchlistEntry e = r.entry();
    ObjectNode node = JSON.objectNode();
    node.put("id", e.id());
    node.put("caption", e.name());
    node.put("schema", e.schema().ftmName());
    ObjectNode props = node.putObject("properties");
    props.putArray("name").add(e.name());
    ArrayNode alias = JSON.arrayNode();
    ArrayNode weak = JSON.arrayNode();
    e.aliases().forEach(a -> (a.weak() ? weak : alias).add(a.name()));
    putIfAny(props, "alias", alias);
    putIfAny(props, "weakAlias", weak);
    putIfAny(props, "birthDate", strings(e.birthDates()));
    putIfAny(props, "birthPlace", strings(e.birthPlaces()));
    putIfAny(
        props, e.schema() == Schema.PERSON ? "nationality" : "country", strings(e.countries()));
    putIfAny(props, "address", strings(e.addresses()));
    putIfAny(props, "idNumber", strings(e.identifiers().stream().map(i -> i.value()).toList()));
    putIfAny(props, "program", strings(e.programs()));
    if (e.remarks() != null) {
      props.putArray("notes").add(e.remarks());
    }
    if (e.sourceUrl() != null) {
      props.putArray("sourceUrl").add(e.sourceUrl());
    }
    node.putArray("datasets").add(e.source());
    node.putArray("referents");
    node.put("target", true);
    node.put("score", Math.round(r.score() * 10000) / 10000.0);
    node.put("match", r.score() >= params.threshold());
    ObjectNode features = node.putObject("features");
    for (Feature f : r.features()) {
      features.put(f.name(), Math.round(f.score() * 10000) / 10000.0);
    }
    node.put("explanation", r.explanation());
    node.put("matchedName", r.matchedName());
    return node;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = JSON.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static void putIfAny(ObjectNode node, String key, ArrayNode values) {
    if (!values.isEmpty()) {
      node.set(key, values);
    }
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw RedflagException.badInput(name + " must be a whole number, was '" + value + "'");
    }
  }

  private static double parseScore(String name, String value) {
    double d;
    try {
      d = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw RedflagException.badInput(name + " must be a number 0..1, was '" + value + "'");
    }
    if (!(d >= 0 && d <= 1)) {
      throw RedflagException.badInput(name + " must be a number 0..1, was '" + value + "'");
    }
    return d;
  }
}
