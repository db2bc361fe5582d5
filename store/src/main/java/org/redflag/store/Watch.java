package org.redflag.store;

import java.util.Objects;

/**
 * A saved question: report new events about an entity or a country.
 *
 * @param target a global entity id, or {@code country:XX} for an ISO alpha-2 code
 * @param label what the analyst typed, for display
 * @param lastEventKey the last event key already reported (0 for none)
 */
public record Watch(String target, String label, long lastEventKey) {
  public Watch {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(label, "label");
  }
}
