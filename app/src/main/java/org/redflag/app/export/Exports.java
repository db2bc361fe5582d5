package org.redflag.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.SanctionHit;
import org.redflag.store.EntityRow;
import org.redflag.store.EventRow;
import org.redflag.store.Store;
import org.redflag.store.StoredDocument;

/**
 * Writes the whole store in one of the export formats. Entities are the global entities (after
 * cross-document resolution); every mention, event and sanction carries the document it comes from.
 */
public final class Exports {
  /** The export formats. */
  public enum Format {
    ftm,
    stix,
    csv,
    graphml
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Exports() {}

  /** Writes the store in {@code format} to {@code out}; returns the number of records written. */
  public static int write(Format format, Store store, Writer out) throws IOException {
    Data data = Data.load(store);
    return switch (format) {
      case ftm -> ftm(data, out);
      case stix -> stix(data, out);
      case csv -> csv(data, out);
      case graphml -> graphml(data, out);
    };
  }

  /** What every format draws on, loaded once. */
  private record Data(
      Map<String, List<EntityRow>> clusters,
      Map<Long, String> clusterOfKey,
      List<EventRow> events,
      Map<String, StoredDocument> documents) {

    static Data load(Store store) {
      Map<String, List<EntityRow>> clusters = new LinkedHashMap<>();
      Map<Long, String> clusterOfKey = new HashMap<>();
      Set<String> docIds = new LinkedHashSet<>();
      store.forEachEntity(
          r -> {
            String c = r.cluster() != null ? r.cluster() : "entity:" + r.key();
            clusters.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
            clusterOfKey.put(r.key(), c);
            docIds.add(r.documentId());
          });
      List<EventRow> events = new ArrayList<>();
      store.forEachEvent(
          e -> {
            events.add(e);
            docIds.add(e.documentId());
          });
      Map<String, StoredDocument> documents = new LinkedHashMap<>();
      for (String id : docIds) {
        store.document(id).ifPresent(d -> documents.put(id, d));
      }
      return new Data(clusters, clusterOfKey, events, documents);
    }

    String name(String cluster) {
      Map<String, Integer> counts = new HashMap<>();
      clusters.get(cluster).forEach(r -> counts.merge(r.name(), 1, Integer::sum));
      return counts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
          .orElseThrow()
          .getKey();
    }

    Set<String> aliases(String cluster) {
      Set<String> out = new LinkedHashSet<>();
      clusters.get(cluster).forEach(r -> out.addAll(r.aliases()));
      return out;
    }

    @Nullable String country(String cluster) {
      return clusters.get(cluster).stream()
          .map(EntityRow::country)
          .filter(c -> c != null)
          .findFirst()
          .orElse(null);
    }

    EntityType type(String cluster) {
      return clusters.get(cluster).get(0).type();
    }

    Map<String, SanctionHit> hits(String cluster) {
      Map<String, SanctionHit> out = new LinkedHashMap<>();
      for (EntityRow r : clusters.get(cluster)) {
        r.sanctions().forEach(h -> out.putIfAbsent(h.list() + ":" + h.listId(), h));
      }
      return out;
    }

    Set<String> documentsOf(String cluster) {
      Set<String> out = new LinkedHashSet<>();
      clusters.get(cluster).forEach(r -> out.add(r.documentId()));
      return out;
    }

    List<String> clustersOf(Collection<Long> keys) {
      List<String> out = new ArrayList<>();
      keys.forEach(k -> out.add(clusterOfKey.getOrDefault(k, "entity:" + k)));
      return out;
    }

    /** Pairs "a TAB b" of global entities mentioned in the same document, with how many. */
    Map<String, Integer> coMentions() {
      Map<String, Set<String>> byDoc = new HashMap<>();
      clusters.forEach(
          (c, rows) ->
              rows.forEach(
                  r ->
                      byDoc
                          .computeIfAbsent(r.documentId(), k -> new java.util.TreeSet<>())
                          .add(c)));
      Map<String, Integer> pairs = new TreeMap<>();
      for (Set<String> cs : byDoc.values()) {
        List<String> l = new ArrayList<>(cs);
        for (int i = 0; i < l.size(); i++) {
          for (int j = i + 1; j < l.size(); j++) {
            pairs.merge(l.get(i) + "\t" + l.get(j), 1, Integer::sum);
          }
        }
      }
      return pairs;
    }
  }

  private static String ftmSchema(EntityType type) {
    return switch (type) {
      case PERSON -> "Person";
      case ORGANIZATION -> "Organization";
      case VESSEL -> "Vessel";
      case COUNTRY -> "PublicBody";
      case LOCATION -> "Address";
      case OTHER -> "LegalEntity";
    };
  }

  private static int ftm(Data d, Writer out) throws IOException {
    int n = 0;
    for (StoredDocument doc : d.documents().values()) {
      ObjectNode p = MAPPER.createObjectNode();
      put(p, "title", doc.title());
      put(p, "sourceUrl", doc.url());
      put(p, "publishedAt", doc.date());
      put(p, "contentHash", doc.id());
      n += line(out, "doc-" + doc.id(), "Article", p);
    }
    for (String c : d.clusters().keySet()) {
      ObjectNode p = MAPPER.createObjectNode();
      if (d.type(c) == EntityType.LOCATION) {
        put(p, "full", d.name(c));
      } else {
        put(p, "name", d.name(c));
        ArrayNode alias = p.putArray("alias");
        d.aliases(c).stream().filter(a -> !a.equals(d.name(c))).forEach(alias::add);
      }
      put(p, d.type(c) == EntityType.COUNTRY ? "jurisdiction" : "country", lower(d.country(c)));
      n += line(out, c, ftmSchema(d.type(c)), p);
      for (SanctionHit h : d.hits(c).values()) {
        ObjectNode s = MAPPER.createObjectNode();
        put(s, "entity", c);
        put(s, "authority", h.list());
        put(s, "sourceUrl", h.list() + ":" + h.listId());
        ArrayNode programs = s.putArray("program");
        h.programs().forEach(programs::add);
        n += line(out, "sanction-" + c + "-" + h.list() + "-" + h.listId(), "Sanction", s);
      }
      for (EntityRow r : d.clusters().get(c)) {
        ObjectNode m = MAPPER.createObjectNode();
        put(m, "document", "doc-" + r.documentId());
        put(m, "resolved", c);
        put(m, "name", r.name());
        put(m, "detectedSchema", ftmSchema(r.type()));
        ArrayNode contexts = m.putArray("contextCountry");
        if (r.country() != null) {
          contexts.add(lower(r.country()));
        }
        n += line(out, "mention-" + r.documentId() + "-" + r.localId(), "Mention", m);
      }
    }
    for (EventRow e : d.events()) {
      Event ev = e.event();
      ObjectNode p = MAPPER.createObjectNode();
      put(p, "name", ev.type() + (ev.mode() == null ? "" : "/" + ev.mode()));
      put(p, "date", ev.date());
      put(p, "summary", ev.evidence().text());
      put(p, "proof", "doc-" + e.documentId());
      put(
          p,
          "description",
          "certainty "
              + ev.certainty()
              + (ev.cue() == null ? "" : " (" + ev.cue() + ")")
              + (Event.inferred(ev.coder()) ? "; type inferred" : ""));
      ArrayNode organizer = p.putArray("organizer");
      d.clustersOf(e.actors()).forEach(organizer::add);
      ArrayNode involved = p.putArray("involved");
      d.clustersOf(e.recipients()).forEach(involved::add);
      d.clustersOf(e.route()).forEach(involved::add);
      n += line(out, "event-" + e.documentId() + "-" + ev.id(), "Event", p);
    }
    return n;
  }

  private static void put(ObjectNode props, String name, @Nullable String value) {
    ArrayNode a = props.putArray(name);
    if (value != null && !value.isEmpty()) {
      a.add(value);
    }
  }

  private static @Nullable String lower(@Nullable String country) {
    return country == null ? null : country.toLowerCase(java.util.Locale.ROOT);
  }

  private static int line(Writer out, String id, String schema, ObjectNode props)
      throws IOException {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", id);
    o.put("schema", schema);
    ObjectNode clean = o.putObject("properties");
    props
        .fields()
        .forEachRemaining(
            f -> {
              if (!f.getValue().isArray() || !f.getValue().isEmpty()) {
                clean.set(f.getKey(), f.getValue());
              }
            });
    out.write(MAPPER.writeValueAsString(o));
    out.write('\n');
    return 1;
  }

  private static String stixId(String type, String key) {
    return type
        + "--"
        + UUID.nameUUIDFromBytes((type + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static int stix(Data d, Writer out) throws IOException {
    String now = Instant.now().toString();
    ArrayNode objects = MAPPER.createArrayNode();
    Map<String, String> refs = new HashMap<>();
    for (String c : d.clusters().keySet()) {
      ObjectNode o = objects.addObject();
      EntityType type = d.type(c);
      boolean location = type == EntityType.COUNTRY || type == EntityType.LOCATION;
      String stixType = location ? "location" : "identity";
      String id = stixId(stixType, c);
      refs.put(c, id);
      o.put("type", stixType);
      o.put("spec_version", "2.1");
      o.put("id", id);
      o.put("created", now);
      o.put("modified", now);
      o.put("name", d.name(c));
      if (location) {
        o.put("country", d.country(c) == null ? "ZZ" : d.country(c));
      } else {
        o.put(
            "identity_class",
            type == EntityType.PERSON
                ? "individual"
                : type == EntityType.ORGANIZATION ? "organization" : "unknown");
        Map<String, SanctionHit> hits = d.hits(c);
        if (!hits.isEmpty()) {
          o.put("description", "Watchlist entries: " + String.join(", ", hits.keySet()));
          ArrayNode labels = o.putArray("labels");
          labels.add("sanctioned");
        }
      }
      ArrayNode ext = o.putArray("external_references");
      ObjectNode ref = ext.addObject();
      ref.put("source_name", "redflag");
      ref.put("external_id", c);
    }
    for (EventRow e : d.events()) {
      Event ev = e.event();
      List<String> actors = d.clustersOf(e.actors());
      List<String> targets = new ArrayList<>(d.clustersOf(e.recipients()));
      if (targets.isEmpty()) {
        targets.addAll(d.clustersOf(e.route()));
      }
      for (String a : actors) {
        for (String t : targets) {
          if (!refs.containsKey(a) || !refs.containsKey(t) || a.equals(t)) {
            continue;
          }
          ObjectNode r = objects.addObject();
          r.put("type", "relationship");
          r.put("spec_version", "2.1");
          r.put("id", stixId("relationship", e.documentId() + ev.id() + a + t));
          r.put("created", now);
          r.put("modified", now);
          r.put("relationship_type", "related-to");
          r.put("source_ref", refs.get(a));
          r.put("target_ref", refs.get(t));
          r.put(
              "description",
              ev.type()
                  + (ev.mode() == null ? "" : "/" + ev.mode())
                  + " ("
                  + ev.certainty()
                  + (Event.inferred(ev.coder()) ? ", type inferred" : "")
                  + "): "
                  + ev.evidence().text());
          refs.put(
              "rel:" + e.documentId() + ":" + ev.id() + ":" + a + ":" + t, r.get("id").asText());
        }
      }
    }
    Map<String, List<String>> docRefs = new LinkedHashMap<>();
    d.clusters()
        .forEach(
            (c, rows) ->
                rows.forEach(
                    r ->
                        docRefs
                            .computeIfAbsent(r.documentId(), k -> new ArrayList<>())
                            .add(refs.get(c))));
    for (Map.Entry<String, List<String>> dr : docRefs.entrySet()) {
      StoredDocument doc = d.documents().get(dr.getKey());
      ObjectNode o = objects.addObject();
      o.put("type", "report");
      o.put("spec_version", "2.1");
      o.put("id", stixId("report", dr.getKey()));
      o.put("created", now);
      o.put("modified", now);
      o.put("name", doc != null && doc.title() != null ? doc.title() : "document " + dr.getKey());
      o.put("published", doc != null && doc.date() != null ? doc.date() + "T00:00:00Z" : now);
      ArrayNode types = o.putArray("report_types");
      types.add("threat-report");
      ArrayNode objs = o.putArray("object_refs");
      new LinkedHashSet<>(dr.getValue()).forEach(objs::add);
      if (doc != null && doc.url() != null) {
        ObjectNode ref = o.putArray("external_references").addObject();
        ref.put("source_name", "source");
        ref.put("url", doc.url());
      }
    }
    ObjectNode bundle = MAPPER.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", "bundle--" + UUID.randomUUID());
    bundle.set("objects", objects);
    out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(bundle));
    out.write('\n');
    return objects.size();
  }

  private static int csv(Data d, Writer out) throws IOException {
    int n = 0;
    try (CSVPrinter p =
        new CSVPrinter(
            new java.io.FilterWriter(out) {
              @Override
              public void close() throws IOException {
                flush();
              }
            },
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    "id",
                    "name",
                    "type",
                    "country",
                    "documents",
                    "mentions",
                    "aliases",
                    "list_entries")
                .get())) {
      for (String c : d.clusters().keySet()) {
        int mentions = d.clusters().get(c).stream().mapToInt(EntityRow::mentions).sum();
        p.printRecord(
            c,
            d.name(c),
            d.type(c),
            d.country(c),
            d.documentsOf(c).size(),
            mentions,
            String.join("; ", d.aliases(c)),
            String.join("; ", d.hits(c).keySet()));
        n++;
      }
    }
    return n;
  }

  private static int graphml(Data d, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      key(x, "label", "node", "string");
      key(x, "type", "node", "string");
      key(x, "country", "node", "string");
      key(x, "documents", "node", "int");
      key(x, "listed", "node", "boolean");
      key(x, "weight", "edge", "int");
      x.writeStartElement("graph");
      x.writeAttribute("id", "redflag");
      x.writeAttribute("edgedefault", "undirected");
      int n = 0;
      for (String c : d.clusters().keySet()) {
        x.writeStartElement("node");
        x.writeAttribute("id", c);
        data(x, "label", d.name(c));
        data(x, "type", d.type(c).name());
        data(x, "country", d.country(c) == null ? "" : d.country(c));
        data(x, "documents", Integer.toString(d.documentsOf(c).size()));
        data(x, "listed", Boolean.toString(!d.hits(c).isEmpty()));
        x.writeEndElement();
        n++;
      }
      int e = 0;
      for (Map.Entry<String, Integer> pair : d.coMentions().entrySet()) {
        String[] ends = pair.getKey().split("\t");
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + e++);
        x.writeAttribute("source", ends[0]);
        x.writeAttribute("target", ends[1]);
        data(x, "weight", Integer.toString(pair.getValue()));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
      out.write('\n');
      return n + e;
    } catch (XMLStreamException ex) {
      throw new IOException("cannot write GraphML: " + ex.getMessage(), ex);
    }
  }

  private static void key(XMLStreamWriter x, String name, String scope, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", name);
    x.writeAttribute("for", scope);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
