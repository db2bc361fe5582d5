package org.redflag.lists.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.ListFile;
import org.redflag.lists.ListFormatException;

/**
 * Streams the records of an XML list: each element named as a record is collected into a small
 * {@link Node} tree and handed over, so memory holds one record at a time. Names are local names
 * (namespaces are ignored); DTDs and external entities are off.
 */
public final class XmlRecords {
  private static final XMLInputFactory FACTORY = Xml.newSafeFactory();

  private XmlRecords() {}

  /** One element: its local name, attributes, trimmed text and child elements. */
  public record Node(
      String name, Map<String, String> attributes, String text, List<Node> children) {

    /** The value of an attribute, or {@code ""}. */
    public String attr(String attribute) {
      return attributes.getOrDefault(attribute, "").strip();
    }

    /** The first child named {@code child}, or {@code null}. */
    public @Nullable Node child(String child) {
      for (Node n : children) {
        if (n.name.equals(child)) {
          return n;
        }
      }
      return null;
    }

    /** Every child named {@code child}. */
    public List<Node> all(String child) {
      List<Node> out = new ArrayList<>();
      for (Node n : children) {
        if (n.name.equals(child)) {
          out.add(n);
        }
      }
      return out;
    }

    /** The text of the first child named {@code child}, or {@code ""}. */
    public String text(String child) {
      Node n = child(child);
      return n == null ? "" : n.text;
    }

    /** Every node at the end of a path of child names, e.g. {@code Names/Name}. */
    public List<Node> path(String path) {
      List<Node> level = List.of(this);
      for (String step : path.split("/")) {
        List<Node> next = new ArrayList<>();
        for (Node n : level) {
          next.addAll(n.all(step));
        }
        level = next;
      }
      return level;
    }
  }

  /** Receives each record with the line it starts on. */
  @FunctionalInterface
  public interface Handler {
    /** Handles one record. */
    void record(Node record, int line);
  }

  /**
   * Reads {@code file}, checking that its root element is one of {@code roots}, and passes each
   * element named in {@code records} to {@code handler}.
   *
   * @return the root element's attributes
   * @throws ListFormatException when the file is not well-formed XML or has another root
   */
  public static Map<String, String> read(
      ListFile file, Set<String> roots, Set<String> records, String what, Handler handler)
      throws IOException {
    XMLStreamReader xml = null;
    try (InputStream in = file.open()) {
      xml = FACTORY.createXMLStreamReader(in);
      while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
        // skip the prolog
      }
      if (!xml.isStartElement() || !roots.contains(xml.getLocalName())) {
        throw new ListFormatException(
            file.name(),
            xml.getLocation().getLineNumber(),
            "not "
                + what
                + ": expected root element "
                + String.join(" or ", roots)
                + ", found "
                + (xml.isStartElement() ? xml.getLocalName() : "no element"));
      }
      Map<String, String> rootAttributes = attributes(xml);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && records.contains(xml.getLocalName())) {
          int line = xml.getLocation().getLineNumber();
          handler.record(node(xml), line);
        }
      }
      return rootAttributes;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
      throw new ListFormatException(
          file.name(), line, "malformed XML: " + lastLine(e.getMessage()));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // the underlying stream is closed anyway
        }
      }
    }
  }

  private static Node node(XMLStreamReader xml) throws XMLStreamException {
    String name = xml.getLocalName();
    Map<String, String> attrs = attributes(xml);
    List<Node> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        children.add(node(xml));
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        return new Node(name, attrs, text.toString().strip(), children);
      }
    }
  }

  private static Map<String, String> attributes(XMLStreamReader xml) {
    int n = xml.getAttributeCount();
    if (n == 0) {
      return Map.of();
    }
    Map<String, String> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      m.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return m;
  }

  private static String lastLine(@Nullable String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.lastIndexOf('\n');
    return nl >= 0 ? m.substring(nl + 1).strip() : m;
  }
}
