package org.redflag.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;
import org.redflag.model.SanctionHit;

/**
 * An entity as one document sees it, as stored.
 *
 * @param key the store's key for it
 * @param documentId the document it is part of
 * @param localId its id in that document's brief, e.g. {@code e3}
 * @param name canonical name in the document
 * @param type entity type
 * @param country ISO alpha-2 code, or {@code null}
 * @param government whether the document means the country's government
 * @param aliases spellings the document uses
 * @param sanctions list entries it matched when the document was analyzed
 * @param mentions how many times the document mentions it
 * @param firstOffset offset of its first mention (-1 when it has none)
 * @param documentDate the document date (ISO), or {@code null}
 * @param cluster the global entity it was resolved to, or {@code null} before resolution
 */
public record EntityRow(
    long key,
    String documentId,
    String localId,
    String name,
    EntityType type,
    @Nullable String country,
    boolean government,
    List<String> aliases,
    List<SanctionHit> sanctions,
    int mentions,
    int firstOffset,
    @Nullable String documentDate,
    @Nullable String cluster) {

  public EntityRow {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(localId, "localId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    sanctions = List.copyOf(sanctions);
  }
}
