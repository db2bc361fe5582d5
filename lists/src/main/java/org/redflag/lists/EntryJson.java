package org.redflag.lists;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.redflag.model.WatchlistEntry;

/**
 * Writes a {@link WatchlistEntry} as a JSON object with the model's property names ({@code id},
 * {@code source}, {@code sourceId}, {@code schema} as the FollowTheMoney name, {@code name}, {@code
 * aliases[] {name, weak}}, ..., {@code identifiers[] {type, value, country}}).
 */
final class EntryJson {
  private EntryJson() {}

  /** Writes {@code e}; with a change, adds {@code changedFields} and {@code before}. */
  static void write(JsonGenerator g, WatchlistEntry e, ListDiff.@Nullable Change change)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("source", e.source());
    g.writeStringField("sourceId", e.sourceId());
    writeFields(g, e, ListDiff.FIELDS);
    if (change != null) {
      g.writeArrayFieldStart("changedFields");
      for (String f : change.fields()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("before");
      writeFields(g, change.before(), change.fields());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeFields(JsonGenerator g, WatchlistEntry e, List<String> fields)
      throws IOException {
    for (String f : fields) {
      g.writeFieldName(f);
      writeValue(g, ListDiff.get(f, e));
    }
  }

  private static void writeValue(JsonGenerator g, @Nullable Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof org.redflag.model.Schema s) {
      g.writeString(s.ftmName());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof WatchlistEntry.Alias a) {
      g.writeStartObject();
      g.writeStringField("name", a.name());
      g.writeBooleanField("weak", a.weak());
      g.writeEndObject();
    } else if (v instanceof WatchlistEntry.Identifier i) {
      g.writeStartObject();
      g.writeStringField("type", i.type());
      g.writeStringField("value", i.value());
      g.writeStringField("country", i.country());
      g.writeEndObject();
    } else {
      g.writeString(v.toString());
    }
  }
}
