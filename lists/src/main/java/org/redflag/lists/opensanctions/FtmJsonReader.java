package org.redflag.lists.opensanctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.ListReader;
import org.redflag.lists.parse.Countries;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads FollowTheMoney entities, one JSON object per line: OpenSanctions' {@code entities.ftm.json}
 * ({@code {"id", "schema", "properties": {...}}}) or a delta file ({@code {"op": "ADD"|"MOD"|"DEL",
 * "entity": {...}}}).
 *
 * <p>Parties (Person, Organization, Company, LegalEntity, Vessel, Airplane) become entries, named
 * by their {@code caption} (OpenSanctions' display name) with the other names as aliases. Their
 * programs are their own {@code programId} values plus those ({@code programId}, else {@code
 * program}) of the {@code Sanction} entities that name them, so entries are emitted after the whole
 * file is read. Other schemata (Address, Ownership, ...) are skipped. {@code alias} and {@code
 * previousName} are strong aliases, {@code weakAlias} weak ones. In a delta file, {@code ADD} and
 * {@code MOD} entities are read and {@code DEL} lines are skipped: a delta is read as the entities
 * it carries, not applied to an earlier snapshot.
 */
public final class FtmJsonReader implements ListReader {
  /** The {@code opensanctions} source id. */
  public static final String SOURCE = "opensanctions";

  private static final Set<String> PARTIES =
      Set.of("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane");
  private static final Map<String, String> IDENTIFIERS =
      Map.of(
          "passportNumber", "passport",
          "idNumber", "idNumber",
          "taxNumber", "taxId",
          "innCode", "taxId",
          "registrationNumber", "registrationNumber",
          "ogrnCode", "registrationNumber",
          "imoNumber", "imo",
          "swiftBic", "swiftBic",
          "mmsi", "mmsi");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    Map<String, WatchlistEntry.Builder> parties = new LinkedHashMap<>();
    Map<String, List<String>> programs = new HashMap<>();
    String date = null;
    for (ListFile file : files.files()) {
      try (BufferedReader in = new BufferedReader(file.openReader(), 1 << 16)) {
        String text;
        long line = 0;
        while ((text = in.readLine()) != null) {
          line++;
          if (text.isBlank()) {
            continue;
          }
          JsonNode node;
          try {
            node = JSON.readTree(text);
          } catch (JsonProcessingException e) {
            throw new ListFormatException(
                file.name(), line, "not a FollowTheMoney JSON line: " + e.getOriginalMessage());
          }
          if (node == null || !node.isObject()) {
            throw new ListFormatException(file.name(), line, "not a FollowTheMoney JSON object");
          }
          if (node.has("op")) {
            if (node.path("op").asText().equals("DEL")) {
              String gone = node.path("entity").path("id").asText("");
              parties.remove(gone);
              programs.remove(gone);
              continue;
            }
            node = node.path("entity");
          }
          String id = node.path("id").asText("");
          String schema = node.path("schema").asText("");
          if (id.isEmpty() || schema.isEmpty()) {
            throw new ListFormatException(
                file.name(), line, "FollowTheMoney entity without an id or a schema");
          }
          String seen = node.path("last_change").asText(node.path("last_seen").asText(""));
          if (seen.length() >= 10 && (date == null || seen.substring(0, 10).compareTo(date) > 0)) {
            date = seen.substring(0, 10);
          }
          JsonNode props = node.path("properties");
          if (schema.equals("Sanction")) {
            List<String> p = values(props, "programId");
            if (p.isEmpty()) {
              p = values(props, "program");
            }
            for (String target : values(props, "entity")) {
              programs.computeIfAbsent(target, k -> new ArrayList<>()).addAll(p);
            }
          } else if (PARTIES.contains(schema)) {
            WatchlistEntry.Builder b = entry(id, schema, props, node);
            if (b != null) {
              parties.remove(id);
              parties.put(id, b);
            }
          }
        }
      }
    }
    parties.forEach(
        (id, b) -> {
          programs.getOrDefault(id, List.of()).forEach(b::program);
          sink.accept(b.build());
        });
    return date;
  }

  private static WatchlistEntry.@Nullable Builder entry(
      String id, String schema, JsonNode props, JsonNode node) {
    List<String> names = values(props, "name");
    String caption = node.path("caption").asText("");
    String name = !caption.isEmpty() ? caption : names.isEmpty() ? "" : names.get(0);
    if (name.isEmpty()) {
      return null;
    }
    WatchlistEntry.Builder b = WatchlistEntry.builder(SOURCE, id, Schema.parse(schema), name);
    for (String n : names) {
      if (!n.equals(name)) {
        b.alias(n, false);
      }
    }
    values(props, "alias").forEach(a -> b.alias(a, false));
    values(props, "previousName").forEach(a -> b.alias(a, false));
    values(props, "weakAlias").forEach(a -> b.alias(a, true));
    values(props, "birthDate").forEach(b::birthDate);
    values(props, "incorporationDate").forEach(b::birthDate);
    values(props, "birthPlace").forEach(b::birthPlace);
    for (String key : List.of("nationality", "citizenship", "jurisdiction", "country")) {
      values(props, key).forEach(c -> b.country(Countries.codeOrName(c)));
    }
    values(props, "address").forEach(b::address);
    IDENTIFIERS.forEach(
        (key, type) -> values(props, key).forEach(v -> b.identifier(type, v, null)));
    values(props, "programId").forEach(b::program);
    List<String> listed = values(props, "listingDate");
    if (listed.isEmpty()) {
      listed = values(props, "createdAt");
    }
    b.listingDate(listed.isEmpty() ? null : listed.get(0));
    List<String> notes = values(props, "notes");
    b.remarks(notes.isEmpty() ? null : String.join("; ", notes));
    List<String> urls = values(props, "sourceUrl");
    b.sourceUrl(
        urls.isEmpty() ? "https://www.opensanctions.org/entities/" + id + "/" : urls.get(0));
    return b;
  }

  private static List<String> values(JsonNode props, String key) {
    JsonNode v = props.path(key);
    if (!v.isArray() || v.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode x : v) {
      String s = x.asText("").strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
