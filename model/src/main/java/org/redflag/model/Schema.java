package org.redflag.model;

import java.util.Locale;

/** The kind of a listed party, named after FollowTheMoney schemata. */
public enum Schema {
  PERSON("Person"),
  ORGANIZATION("Organization"),
  COMPANY("Company"),
  LEGAL_ENTITY("LegalEntity"),
  VESSEL("Vessel"),
  AIRPLANE("Airplane");

  private final String ftmName;

  Schema(String ftmName) {
    this.ftmName = ftmName;
  }

  /** The FollowTheMoney schema name, e.g. {@code Person}. */
  public String ftmName() {
    return ftmName;
  }

  /** Whether a party of this schema can be the same real thing as one of {@code other}. */
  public boolean compatibleWith(Schema other) {
    return this == other
        || (isParty() && other.isParty() && this != PERSON && other != PERSON)
        || this == LEGAL_ENTITY && other == PERSON
        || this == PERSON && other == LEGAL_ENTITY;
  }

  private boolean isParty() {
    return this != VESSEL && this != AIRPLANE;
  }

  /**
   * Parses a FollowTheMoney schema name or an enum constant name, case-insensitively.
   *
   * @throws IllegalArgumentException when the name is unknown
   */
  public static Schema parse(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT).replace("_", "");
    for (Schema s : values()) {
      if (s.ftmName.toLowerCase(Locale.ROOT).equals(key)
          || s.name().toLowerCase(Locale.ROOT).replace("_", "").equals(key)) {
        return s;
      }
    }
    if (key.equals("individual")) {
      return PERSON;
    }
    if (key.equals("entity")) {
      return LEGAL_ENTITY;
    }
    if (key.equals("aircraft")) {
      return AIRPLANE;
    }
    throw new IllegalArgumentException("unknown schema: " + name);
  }
}
