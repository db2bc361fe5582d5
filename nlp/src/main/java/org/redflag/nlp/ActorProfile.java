package org.redflag.nlp;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Event;

/**
 * What kind of actor an entity is: a CAMEO/PLOVER-style actor code and, for a person, the role the
 * article gives them.
 *
 * @param entity the entity id
 * @param code country (ISO alpha-3) plus sector, e.g. {@code USA GOV} for the CIA or its director,
 *     {@code RUS GOV} for the Kremlin, {@code RUS} for Russia as a place, {@code USA MED} for CNN,
 *     {@code IGO} for the UN; {@code null} when nothing can be inferred
 * @param sectorDetail what the sector code leaves out, e.g. {@code intelligence}, or {@code null}
 * @param role the person's role, normalized: {@code director of CIA}, {@code ambassador of China to
 *     Belarus}, or {@code null}
 * @param roleOf entity id of the organization or country the role belongs to, or {@code null}
 * @param evidence the title and name the role comes from ("CIA chief William Burns"), or {@code
 *     null}
 */
public record ActorProfile(
    String entity,
    @Nullable String code,
    @Nullable String sectorDetail,
    @Nullable String role,
    @Nullable String roleOf,
    Event.@Nullable Span evidence) {

  public ActorProfile {
    Objects.requireNonNull(entity, "entity");
  }
}
