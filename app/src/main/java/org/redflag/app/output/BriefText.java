package org.redflag.app.output;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redflag.events.EventCoder;
import org.redflag.model.Brief;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.model.SanctionHit;
import picocli.CommandLine.Help.Ansi;

/**
 * The brief as text for a reader: listed entities first with their list entries, then the other
 * entities by type with their aliases, then the dates. Colour only when {@code ansi} is on.
 */
public final class BriefText {
  private static final Map<EntityType, String> HEADINGS = new EnumMap<>(EntityType.class);

  static {
    HEADINGS.put(EntityType.PERSON, "People");
    HEADINGS.put(EntityType.ORGANIZATION, "Organizations");
    HEADINGS.put(EntityType.COUNTRY, "Countries");
    HEADINGS.put(EntityType.LOCATION, "Places");
    HEADINGS.put(EntityType.VESSEL, "Vessels");
    HEADINGS.put(EntityType.OTHER, "Other");
  }

  private BriefText() {}

  /** Renders the brief. */
  public static String render(Brief brief, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    Document doc = brief.document();
    out.append(
            ansi.string("@|bold " + esc(doc.title() == null ? "(untitled)" : doc.title()) + "|@"))
        .append('\n');
    out.append(doc.date() == null ? "date unknown" : doc.date().toString());
    if (doc.url() != null) {
      out.append(" · ").append(doc.url());
    }
    out.append('\n');

    List<Entity> listed = brief.entities().stream().filter(Entity::isListed).toList();
    out.append('\n')
        .append(ansi.string("@|bold LISTED PARTIES (" + listed.size() + ")|@"))
        .append('\n');
    if (listed.isEmpty()) {
      out.append("  none of the people and organizations named is on a loaded list\n");
    }
    for (Entity e : listed) {
      out.append("  ")
          .append(ansi.string("@|bold,red " + esc(e.name()) + "|@"))
          .append("  ")
          .append(e.type())
          .append(e.country() == null ? "" : " " + e.country())
          .append('\n');
      List<String> others = otherNames(e);
      if (!others.isEmpty()) {
        out.append("    also written: ").append(String.join(", ", others)).append('\n');
      }
      for (SanctionHit h : e.sanctions()) {
        out.append("    ")
            .append(ansi.string("@|red " + esc(h.list() + " " + h.listId()) + "|@"))
            .append("  ")
            .append(h.name())
            .append(h.programs().isEmpty() ? "" : "  [" + String.join(", ", h.programs()) + "]")
            .append(String.format("  score %.2f", h.score()))
            .append('\n');
        if (!h.explanation().isBlank()) {
          out.append("      ").append(h.explanation()).append('\n');
        }
      }
    }

    out.append('\n').append(ansi.string("@|bold ENTITIES|@")).append('\n');
    for (EntityType type : EntityType.values()) {
      List<String> items = new ArrayList<>();
      for (Entity e : brief.entities()) {
        if (e.type() == type && !e.isListed()) {
          List<String> others = otherNames(e);
          items.add(
              e.name()
                  + (e.government() ? " (government)" : "")
                  + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")"));
        }
      }
      if (!items.isEmpty()) {
        out.append("  ").append(HEADINGS.get(type)).append(": ").append(String.join("; ", items));
        out.append('\n');
      }
    }

    out.append('\n').append(ansi.string("@|bold DATES|@")).append('\n');
    if (brief.dates().isEmpty()) {
      out.append("  none found\n");
    }
    for (DateMention d : brief.dates()) {
      out.append("  ")
          .append(String.format("%-24s", d.text().replace('\n', ' ')))
          .append(" -> ")
          .append(d.value())
          .append(d.modifier() == null ? "" : " (" + d.modifier().toLowerCase() + ")")
          .append('\n');
    }
    appendEvents(brief, ansi, out);
    return out.toString();
  }

  /** A short timeline: dated events first in date order, then the undated in text order. */
  private static void appendEvents(Brief brief, Ansi ansi, StringBuilder out) {
    out.append('\n').append(ansi.string("@|bold EVENTS|@")).append('\n');
    if (brief.events().isEmpty()) {
      out.append("  none found\n");
    }
    Map<String, String> names = new java.util.HashMap<>();
    brief.entities().forEach(e -> names.put(e.id(), e.name()));
    List<Event> events = new java.util.ArrayList<>(brief.events());
    events.sort(
        java.util.Comparator.comparing(
            (Event e) -> e.date() == null ? "~" : e.date(), java.util.Comparator.naturalOrder()));
    for (Event e : events) {
      String who =
          String.join(" and ", e.actor().stream().map(id -> names.getOrDefault(id, id)).toList());
      String whom =
          String.join(", ", e.recipient().stream().map(id -> names.getOrDefault(id, id)).toList());
      out.append("  ")
          .append(String.format("%-10s", e.date() == null ? "undated" : e.date()))
          .append(' ')
          .append(e.type())
          .append(e.mode() == null ? "" : "/" + e.mode());
      String meaning = EventCoder.describe(e.cameo());
      if (meaning != null) {
        out.append(" (").append(e.cameo()).append(' ').append(meaning).append(')');
      }
      out.append(": ")
          .append(esc(who.isEmpty() ? "?" : who))
          .append(whom.isEmpty() ? "" : " -> " + esc(whom));
      if (!e.goods().isEmpty()) {
        out.append(" [").append(String.join(", ", e.goods())).append(']');
      }
      if (e.route().size() > 2) {
        out.append(" via ")
            .append(
                esc(
                    String.join(
                        ", ",
                        e.route().subList(1, e.route().size() - 1).stream()
                            .map(id -> names.getOrDefault(id, id))
                            .toList())));
      }
      out.append(" (").append(e.certainty());
      if (!e.source().equals(Event.AUTHOR)) {
        out.append(", says ").append(esc(names.getOrDefault(e.source(), e.source())));
      }
      if (Event.inferred(e.coder())) {
        out.append(", type inferred");
      }
      out.append(")\n");
    }
  }

  /**
   * The other names the document itself uses for the entity: curated aliases and pronouns left out.
   */
  private static List<String> otherNames(Entity e) {
    Set<String> names = new LinkedHashSet<>();
    e.mentions().stream()
        .filter(m -> !m.detector().equals("pronoun"))
        .forEach(m -> names.add(m.text().replace('\n', ' ')));
    names.remove(e.name());
    return List.copyOf(names);
  }

  /** Escapes picocli's markup characters in data. */
  private static String esc(String s) {
    return s.replace("@|", "@ |").replace("|@", "| @");
  }
}
