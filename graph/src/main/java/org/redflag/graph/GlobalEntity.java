package org.redflag.graph;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;

/**
 * One real-world entity across documents.
 *
 * @param id global id
 * @param name most frequent name
 * @param type type
 * @param country ISO alpha-2 code, or {@code null}
 * @param documents documents that mention it
 */
public record GlobalEntity(
    String id, String name, EntityType type, @Nullable String country, int documents) {
  public GlobalEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
