package org.redflag.store;

import java.util.Objects;

/**
 * An analyst's ruling on cross-document resolution, remembered across re-resolutions.
 *
 * @param kind merge (the two are one entity) or split (never one entity)
 * @param a a name (normalized by the resolver) or a global entity id
 * @param b another name or global entity id
 * @param madeAt when it was made (ISO instant)
 */
public record Decision(Kind kind, String a, String b, String madeAt) {

  /** What the analyst ruled. */
  public enum Kind {
    MERGE,
    SPLIT
  }

  public Decision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(madeAt, "madeAt");
  }
}
