package org.redflag.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;

/**
 * A global entity at a glance.
 *
 * @param cluster the global entity id
 * @param name its most frequent name
 * @param type its type
 * @param country its country, or {@code null}
 * @param documents documents that mention it
 */
public record ClusterSummary(
    String cluster, String name, EntityType type, @Nullable String country, int documents) {
  public ClusterSummary {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
