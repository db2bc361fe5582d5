package org.redflag.lists;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot kept under a redflag home directory, described without reading its lists.
 *
 * @param id the snapshot id, e.g. {@code 20261127T113300Z}; {@code bundled} for the bundled one
 * @param created when it was made ({@link Instant#EPOCH} for the bundled one)
 * @param current whether it is the snapshot in force
 * @param sources what each source contributes
 */
public record SnapshotInfo(
    String id, Instant created, boolean current, List<SourceStatus> sources) {
  public SnapshotInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
    sources = List.copyOf(sources);
  }
}
