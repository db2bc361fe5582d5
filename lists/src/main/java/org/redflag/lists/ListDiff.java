package org.redflag.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.redflag.model.WatchlistEntry;

/**
 * What changed between two snapshots: entries added, removed, and changed (with the fields that
 * changed), matched by entry id ({@code source:sourceId}).
 *
 * @param added entries only in the newer snapshot, by id
 * @param removed entries only in the older snapshot, by id
 * @param changed entries in both whose fields differ, by id
 */
public record ListDiff(
    List<WatchlistEntry> added, List<WatchlistEntry> removed, List<Change> changed) {

  /** The fields compared, in {@link WatchlistEntry} order; lists are compared as sets. */
  public static final List<String> FIELDS =
      List.of(
          "schema",
          "name",
          "aliases",
          "birthDates",
          "birthPlaces",
          "countries",
          "addresses",
          "identifiers",
          "programs",
          "listingDate",
          "remarks",
          "sourceUrl");

  private static final Map<String, Function<WatchlistEntry, @Nullable Object>> GETTERS = getters();

  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * One entry in both snapshots with different content.
   *
   * @param before the entry in the older snapshot
   * @param after the entry in the newer snapshot
   * @param fields the names of the fields that differ (see {@link #FIELDS})
   */
  public record Change(WatchlistEntry before, WatchlistEntry after, List<String> fields) {
    public Change {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      fields = List.copyOf(fields);
    }
  }

  /**
   * Compares two snapshots, or only their entries of {@code only} when it is not null.
   *
   * @return the differences, each list sorted by entry id
   */
  public static ListDiff between(Snapshot older, Snapshot newer, @Nullable Source only) {
    Map<String, WatchlistEntry> before = byId(older, only);
    Map<String, WatchlistEntry> after = byId(newer, only);
    List<WatchlistEntry> added = new ArrayList<>();
    List<WatchlistEntry> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (WatchlistEntry e : after.values()) {
      WatchlistEntry old = before.get(e.id());
      if (old == null) {
        added.add(e);
      } else {
        List<String> fields = changedFields(old, e);
        if (!fields.isEmpty()) {
          changed.add(new Change(old, e, fields));
        }
      }
    }
    for (WatchlistEntry e : before.values()) {
      if (!after.containsKey(e.id())) {
        removed.add(e);
      }
    }
    Comparator<WatchlistEntry> byId = Comparator.comparing(WatchlistEntry::id);
    added.sort(byId);
    removed.sort(byId);
    changed.sort(Comparator.comparing(c -> c.after().id()));
    return new ListDiff(added, removed, changed);
  }

  /** The names of the fields in which two versions of an entry differ. */
  public static List<String> changedFields(WatchlistEntry a, WatchlistEntry b) {
    List<String> fields = new ArrayList<>();
    for (String f : FIELDS) {
      Object x = GETTERS.get(f).apply(a);
      Object y = GETTERS.get(f).apply(b);
      if (x instanceof List<?> lx && y instanceof List<?> ly) {
        if (!new HashSet<>(lx).equals(new HashSet<>(ly))) {
          fields.add(f);
        }
      } else if (!Objects.equals(x, y)) {
        fields.add(f);
      }
    }
    return fields;
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * The diff as text: a summary line, then one line per entry, {@code +} added, {@code -} removed,
   * {@code ~} changed with the changed fields.
   */
  public String toText(String olderLabel, String newerLabel) {
    StringBuilder s = new StringBuilder();
    s.append(olderLabel)
        .append(" -> ")
        .append(newerLabel)
        .append(": ")
        .append(added.size())
        .append(" added, ")
        .append(removed.size())
        .append(" removed, ")
        .append(changed.size())
        .append(" changed\n");
    for (WatchlistEntry e : added) {
      s.append("+ ").append(line(e)).append('\n');
    }
    for (WatchlistEntry e : removed) {
      s.append("- ").append(line(e)).append('\n');
    }
    for (Change c : changed) {
      s.append("~ ")
          .append(line(c.after()))
          .append(" (")
          .append(String.join(", ", c.fields()))
          .append(")\n");
    }
    return s.toString();
  }

  private static String line(WatchlistEntry e) {
    return e.id()
        + "  "
        + e.name()
        + (e.programs().isEmpty() ? "" : "  [" + String.join(", ", e.programs()) + "]");
  }

  /**
   * The diff as one JSON object: {@code old}, {@code new}, {@code added} and {@code removed}
   * (arrays of entities), {@code changed} (entities in their new form with {@code changedFields}
   * and {@code before}, the old values of those fields).
   */
  public String toJson(String olderLabel, String newerLabel) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("old", olderLabel);
      g.writeStringField("new", newerLabel);
      g.writeArrayFieldStart("added");
      for (WatchlistEntry e : added) {
        EntryJson.write(g, e, null);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("removed");
      for (WatchlistEntry e : removed) {
        EntryJson.write(g, e, null);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("changed");
      for (Change c : changed) {
        EntryJson.write(g, c.after(), c);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  static @Nullable Object get(String field, WatchlistEntry e) {
    return GETTERS.get(field).apply(e);
  }

  private static Map<String, WatchlistEntry> byId(Snapshot s, @Nullable Source only) {
    Map<String, WatchlistEntry> m = new LinkedHashMap<>();
    for (WatchlistEntry e : s.entries()) {
      if (only == null || e.source().equals(only.id())) {
        m.put(e.id(), e);
      }
    }
    return m;
  }

  private static Map<String, Function<WatchlistEntry, @Nullable Object>> getters() {
    Map<String, Function<WatchlistEntry, @Nullable Object>> m = new LinkedHashMap<>();
    m.put("schema", WatchlistEntry::schema);
    m.put("name", WatchlistEntry::name);
    m.put("aliases", WatchlistEntry::aliases);
    m.put("birthDates", WatchlistEntry::birthDates);
    m.put("birthPlaces", WatchlistEntry::birthPlaces);
    m.put("countries", WatchlistEntry::countries);
    m.put("addresses", WatchlistEntry::addresses);
    m.put("identifiers", WatchlistEntry::identifiers);
    m.put("programs", WatchlistEntry::programs);
    m.put("listingDate", WatchlistEntry::listingDate);
    m.put("remarks", WatchlistEntry::remarks);
    m.put("sourceUrl", WatchlistEntry::sourceUrl);
    return Map.copyOf(m);
  }
}
