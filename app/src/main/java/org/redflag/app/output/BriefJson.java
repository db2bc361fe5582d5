package org.redflag.app.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.redflag.model.Brief;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.Event;
import org.redflag.model.Mention;
import org.redflag.model.SanctionHit;

/**
 * The brief as JSON, field by field as DESIGN.md's contract names them: {@code document}, {@code
 * entities}, {@code dates}, {@code events}. Extra fields are additions, never renames. For a paged
 * input (a PDF) the document says how many {@code pages} it has and every mention, date and
 * evidence span carries its 1-based {@code page}; other inputs get neither field.
 */
public final class BriefJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BriefJson() {}

  /** The brief as one line of JSON (for {@code jsonl}). */
  public static String line(Brief brief) {
    return write(brief, false);
  }

  /** The brief as indented JSON. */
  public static String pretty(Brief brief) {
    return write(brief, true);
  }

  private static String write(Brief brief, boolean indent) {
    try {
      return (indent ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT) : MAPPER.writer())
          .writeValueAsString(tree(brief));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** The brief as a JSON tree. */
  public static ObjectNode tree(Brief brief) {
    ObjectNode root = MAPPER.createObjectNode();
    Document doc = brief.document();
    root.set("document", document(doc));
    ArrayNode entities = root.putArray("entities");
    brief.entities().forEach(e -> entities.add(entity(e, doc)));
    ArrayNode dates = root.putArray("dates");
    brief.dates().forEach(d -> dates.add(date(d, doc)));
    ArrayNode events = root.putArray("events");
    brief.events().forEach(e -> events.add(event(e, doc)));
    return root;
  }

  /** Adds the 1-based {@code page} of {@code start} when the document has pages. */
  private static ObjectNode page(ObjectNode n, Document doc, int start) {
    doc.pageAt(start).ifPresent(p -> n.put("page", p));
    return n;
  }

  private static ObjectNode document(Document d) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", d.id());
    n.put("title", d.title());
    n.put("url", d.url());
    n.put("date", d.date() == null ? null : d.date().toString());
    if (!d.pages().isEmpty()) {
      n.put("pages", d.pages().size());
    }
    return n;
  }

  private static ObjectNode entity(Entity e, Document doc) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("name", e.name());
    n.put("type", e.type().name());
    n.put("country", e.country());
    n.put("government", e.government());
    strings(n.putArray("aliases"), e.aliases());
    ArrayNode mentions = n.putArray("mentions");
    for (Mention m : e.mentions()) {
      ObjectNode mention =
          mentions.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
      page(mention, doc, m.start());
    }
    ArrayNode sanctions = n.putArray("sanctions");
    for (SanctionHit h : e.sanctions()) {
      ObjectNode s = sanctions.addObject();
      s.put("list", h.list());
      s.put("listId", h.listId());
      s.put("name", h.name());
      strings(s.putArray("programs"), h.programs());
      s.put("score", Math.round(h.score() * 1000) / 1000.0);
      s.put("matchedName", h.matchedName());
      s.put("explanation", h.explanation());
    }
    return n;
  }

  private static ObjectNode date(DateMention d, Document doc) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", d.text());
    n.put("start", d.start());
    n.put("end", d.end());
    page(n, doc, d.start());
    n.put("value", d.value());
    if (d.modifier() != null) {
      n.put("modifier", d.modifier());
    }
    return n;
  }

  private static ObjectNode event(Event e, Document doc) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("type", e.type());
    n.put("mode", e.mode());
    strings(n.putArray("context"), e.context());
    n.put("cameo", e.cameo());
    strings(n.putArray("actor"), e.actor());
    strings(n.putArray("recipient"), e.recipient());
    n.put("date", e.date());
    n.put("location", e.location());
    n.put("certainty", e.certainty());
    n.put("cue", e.cue());
    n.put("source", e.source());
    strings(n.putArray("goods"), e.goods());
    strings(n.putArray("route"), e.route());
    if (e.coder() != null) {
      n.put("coder", e.coder());
    }
    ObjectNode evidence =
        n.putObject("evidence")
            .put("text", e.evidence().text())
            .put("start", e.evidence().start())
            .put("end", e.evidence().end());
    page(evidence, doc, e.evidence().start());
    return n;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
