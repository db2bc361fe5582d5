package org.redflag.lists.parse;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Schema;

/**
 * OFAC's entity types, which the Consolidated Screening List copies: {@code Individual}, {@code
 * Vessel}, {@code Aircraft}, and {@code Entity} (also blank) for everything else.
 */
public final class SdnTypes {
  private SdnTypes() {}

  /** The schema of an OFAC type word, case and surrounding blanks ignored; null is an entity. */
  public static Schema schema(@Nullable String type) {
    if (type == null) {
      return Schema.LEGAL_ENTITY;
    }
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "individual" -> Schema.PERSON;
      case "vessel" -> Schema.VESSEL;
      case "aircraft" -> Schema.AIRPLANE;
      default -> Schema.LEGAL_ENTITY;
    };
  }
}
