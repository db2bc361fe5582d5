package org.redflag.model;

/** The kinds of entity a brief reports; the names are part of the JSON contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION,
  VESSEL,
  OTHER
}
