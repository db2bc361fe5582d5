package org.redflag.lists;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code lists update} did.
 *
 * @param snapshot the new snapshot in force, or {@code null} when no source could be updated (the
 *     previous one stays in force)
 * @param failures for each source that failed, why, in one line; those sources keep their previous
 *     data
 */
public record UpdateResult(@Nullable SnapshotInfo snapshot, Map<Source, String> failures) {
  public UpdateResult {
    failures = Map.copyOf(failures);
  }

  /** Whether every requested source was updated. */
  public boolean ok() {
    return failures.isEmpty();
  }
}
