package org.redflag.lists.un;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFiles;
import org.redflag.lists.ListFormatException;
import org.redflag.lists.ListReader;
import org.redflag.lists.parse.Countries;
import org.redflag.lists.parse.Dates;
import org.redflag.lists.parse.Xml;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;

/**
 * Reads the UN Security Council consolidated list XML, streaming with StAX (no DTDs, no external
 * entities).
 *
 * <p>Each {@code INDIVIDUAL} or {@code ENTITY} is a flat record whose children are either text
 * ({@code FIRST_NAME}, {@code REFERENCE_NUMBER}, ...) or a group of text children ({@code
 * INDIVIDUAL_ALIAS}, {@code NATIONALITY/VALUE}, ...); a record is collected as such and then
 * mapped. Alias quality {@code Low} is a weak alias; {@code Good}, {@code a.k.a.} and {@code
 * f.k.a.} are strong. The id is the UN reference number ({@code CDi.001}).
 */
public final class UnXmlReader implements ListReader {
  /** The {@code un-sc} source id. */
  public static final String SOURCE = "un-sc";

  private static final String SOURCE_URL =
      "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list";
  private static final XMLInputFactory FACTORY = Xml.newSafeFactory();

  @Override
  public @Nullable String read(ListFiles files, Consumer<WatchlistEntry> sink) throws IOException {
    String date = null;
    for (ListFile file : files.files()) {
      String d = readFile(file, sink);
      if (d != null && (date == null || d.compareTo(date) > 0)) {
        date = d;
      }
    }
    return date;
  }

  private static @Nullable String readFile(ListFile file, Consumer<WatchlistEntry> sink)
      throws IOException {
    XMLStreamReader xml = null;
    try (InputStream in = file.open()) {
      xml = FACTORY.createXMLStreamReader(in);
      while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
        // skip the prolog
      }
      if (!xml.isStartElement() || !xml.getLocalName().equals("CONSOLIDATED_LIST")) {
        throw new ListFormatException(
            file.name(),
            xml.getLocation().getLineNumber(),
            "not a UN consolidated list: expected root element CONSOLIDATED_LIST, found "
                + (xml.isStartElement() ? xml.getLocalName() : "no element"));
      }
      String generated = xml.getAttributeValue(null, "dateGenerated");
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          String tag = xml.getLocalName();
          if (tag.equals("INDIVIDUAL") || tag.equals("ENTITY")) {
            int line = xml.getLocation().getLineNumber();
            Map<String, List<Map<String, List<String>>>> rec = readRecord(xml);
            sink.accept(entry(file, line, tag.equals("INDIVIDUAL"), rec));
          }
        }
      }
      return generated == null || generated.length() < 10 ? null : generated.substring(0, 10);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new ListFormatException(
          file.name(), Math.max(line, 0), "malformed XML: " + firstLine(e.getMessage()));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // closing a reader over a stream that is closed anyway cannot lose data
        }
      }
    }
  }

  /**
   * Collects a record: each child element name maps to its occurrences; a text child is one
   * occurrence {@code {"": [text]}}, a group child one map from grandchild name to texts.
   */
  private static Map<String, List<Map<String, List<String>>>> readRecord(XMLStreamReader xml)
      throws XMLStreamException {
    Map<String, List<Map<String, List<String>>>> rec = new HashMap<>();
    int depth = 1;
    String child = null;
    Map<String, List<String>> group = null;
    StringBuilder text = new StringBuilder();
    while (depth > 0) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        text.setLength(0);
        if (depth == 2) {
          child = xml.getLocalName();
          group = new HashMap<>();
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (depth == 3 && group != null) {
          String t = text.toString().strip();
          if (!t.isEmpty()) {
            group.computeIfAbsent(xml.getLocalName(), k -> new ArrayList<>(1)).add(t);
          }
        } else if (depth == 2 && child != null && group != null) {
          String t = text.toString().strip();
          if (group.isEmpty() && !t.isEmpty()) {
            group.put("", List.of(t));
          }
          if (!group.isEmpty()) {
            rec.computeIfAbsent(child, k -> new ArrayList<>(1)).add(group);
          }
          child = null;
          group = null;
        }
        text.setLength(0);
        depth--;
      }
    }
    return rec;
  }

  private static WatchlistEntry entry(
      ListFile file, int line, boolean person, Map<String, List<Map<String, List<String>>>> rec) {
    StringBuilder name = new StringBuilder();
    for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      String t = text(rec, part);
      if (t != null) {
        name.append(name.length() > 0 ? " " : "").append(t);
      }
    }
    String id = text(rec, "REFERENCE_NUMBER");
    if (id == null) {
      id = text(rec, "DATAID");
    }
    if (name.length() == 0 || id == null) {
      throw new ListFormatException(
          file.name(), line, "UN record without a name or a reference number");
    }
    String prefix = person ? "INDIVIDUAL_" : "ENTITY_";
    WatchlistEntry.Builder b =
        WatchlistEntry.builder(
                SOURCE, id, person ? Schema.PERSON : Schema.LEGAL_ENTITY, name.toString())
            .sourceUrl(SOURCE_URL)
            .listingDate(text(rec, "LISTED_ON"))
            .remarks(text(rec, "COMMENTS1"));
    String program = text(rec, "UN_LIST_TYPE");
    if (program != null) {
      b.program(program);
    }
    String original = text(rec, "NAME_ORIGINAL_SCRIPT");
    if (original != null) {
      b.alias(original, false);
    }
    for (Map<String, List<String>> a : groups(rec, prefix + "ALIAS")) {
      String alias = first(a, "ALIAS_NAME");
      if (alias != null) {
        b.alias(alias, "low".equals(lower(first(a, "QUALITY"))));
      }
    }
    for (Map<String, List<String>> n : groups(rec, "NATIONALITY")) {
      n.getOrDefault("VALUE", List.of()).forEach(v -> b.country(Countries.codeOrName(v)));
    }
    for (Map<String, List<String>> d : groups(rec, prefix + "DATE_OF_BIRTH")) {
      String date = first(d, "DATE");
      if (date != null) {
        Dates.parseAll(date).forEach(b::birthDate);
      } else if (first(d, "YEAR") != null) {
        b.birthDate(first(d, "YEAR"));
      } else {
        for (String key : List.of("FROM_YEAR", "TO_YEAR")) {
          String y = first(d, key);
          if (y != null) {
            b.birthDate(y);
          }
        }
      }
    }
    for (Map<String, List<String>> p : groups(rec, prefix + "PLACE_OF_BIRTH")) {
      String place = join(p, "CITY", "STATE_PROVINCE", "COUNTRY");
      if (!place.isEmpty()) {
        b.birthPlace(place);
      }
    }
    for (Map<String, List<String>> a : groups(rec, prefix + "ADDRESS")) {
      String address = join(a, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY");
      if (!address.isEmpty()) {
        b.address(address);
      }
    }
    for (Map<String, List<String>> d : groups(rec, prefix + "DOCUMENT")) {
      String number = first(d, "NUMBER");
      if (number != null) {
        String country = first(d, "ISSUING_COUNTRY");
        if (country == null) {
          country = first(d, "COUNTRY_OF_ISSUE");
        }
        b.identifier(
            documentType(first(d, "TYPE_OF_DOCUMENT")),
            number,
            country == null ? null : Countries.codeOrName(country));
      }
    }
    return b.build();
  }

  private static String documentType(@Nullable String type) {
    String t = lower(type);
    if (t == null) {
      return "id";
    }
    if (t.contains("passport")) {
      return "passport";
    }
    if (t.contains("national identi")) {
      return "nationalId";
    }
    if (t.contains("tax")) {
      return "taxId";
    }
    return "id";
  }

  private static List<Map<String, List<String>>> groups(
      Map<String, List<Map<String, List<String>>>> rec, String name) {
    return rec.getOrDefault(name, List.of());
  }

  private static @Nullable String text(
      Map<String, List<Map<String, List<String>>>> rec, String name) {
    List<Map<String, List<String>>> g = rec.get(name);
    return g == null ? null : first(g.get(0), "");
  }

  private static @Nullable String first(Map<String, List<String>> group, String name) {
    List<String> v = group.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static String join(Map<String, List<String>> group, String... names) {
    StringBuilder s = new StringBuilder();
    for (String n : names) {
      String v = first(group, n);
      if (v != null) {
        s.append(s.length() > 0 ? ", " : "").append(v);
      }
    }
    return s.toString();
  }

  private static @Nullable String lower(@Nullable String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.lastIndexOf('\n');
    return nl >= 0 ? m.substring(nl + 1).strip() : m;
  }
}
