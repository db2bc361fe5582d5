package org.redflag.lists.parse;

import javax.xml.stream.XMLInputFactory;

/**
 * Creates StAX factories that never read a DTD or an external entity (no XXE, no billion laughs).
 */
public final class Xml {
  private Xml() {}

  /** A new factory with DTD support, external entities and entity replacement off. */
  public static XMLInputFactory newSafeFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
