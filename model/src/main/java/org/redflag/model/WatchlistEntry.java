package org.redflag.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One party on a sanctions or export-control list, in one model for every source (property names
 * follow FollowTheMoney).
 *
 * @param source source id, e.g. {@code ofac-sdn}
 * @param sourceId the source's own id for the entry
 * @param schema what kind of party it is
 * @param name primary name as listed
 * @param aliases other names, with their quality
 * @param birthDates birth or incorporation dates as ISO prefixes ({@code 1954-08-30}, {@code 1976})
 * @param birthPlaces places of birth
 * @param countries ISO alpha-2 codes (or names where no code is known) of nationality, citizenship
 *     or registration
 * @param addresses postal addresses, one line each
 * @param identifiers passports, national ids, IMO numbers, tax ids, ...
 * @param programs sanctions programs or regimes
 * @param listingDate ISO date of listing, or {@code null}
 * @param remarks free-text remarks, or {@code null}
 * @param sourceUrl where the source publishes it, or {@code null}
 */
public record WatchlistEntry(
    String source,
    String sourceId,
    Schema schema,
    String name,
    List<Alias> aliases,
    List<String> birthDates,
    List<String> birthPlaces,
    List<String> countries,
    List<String> addresses,
    List<Identifier> identifiers,
    List<String> programs,
    @Nullable String listingDate,
    @Nullable String remarks,
    @Nullable String sourceUrl) {

  public WatchlistEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    birthDates = List.copyOf(birthDates);
    birthPlaces = List.copyOf(birthPlaces);
    countries = List.copyOf(countries);
    addresses = List.copyOf(addresses);
    identifiers = List.copyOf(identifiers);
    programs = List.copyOf(programs);
  }

  /** Stable id: source and the source's own id, e.g. {@code ofac-sdn:9760}. */
  public String id() {
    return source + ":" + sourceId;
  }

  /** The primary name followed by every alias. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    aliases.forEach(a -> names.add(a.name()));
    return names;
  }

  /** Starts a builder for an entry of {@code source} with the source's id. */
  public static Builder builder(String source, String sourceId, Schema schema, String name) {
    return new Builder(source, sourceId, schema, name);
  }

  /**
   * Another name of a listed party.
   *
   * @param name the name
   * @param weak whether the source marks it as a low-quality alias (OFAC "weak a.k.a.")
   */
  public record Alias(String name, boolean weak) {
    public Alias {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * An identifying number.
   *
   * @param type e.g. {@code passport}, {@code nationalId}, {@code imo}, {@code taxId}
   * @param value the number as listed
   * @param country issuing country, or {@code null}
   */
  public record Identifier(String type, String value, @Nullable String country) {
    public Identifier {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Collects the optional parts of an entry; readers fill one while streaming a record. */
  public static final class Builder {
    private final String source;
    private final String sourceId;
    private final Schema schema;
    private final String name;
    private final List<Alias> aliases = new ArrayList<>();
    private final List<String> birthDates = new ArrayList<>();
    private final List<String> birthPlaces = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<String> programs = new ArrayList<>();
    private @Nullable String listingDate;
    private @Nullable String remarks;
    private @Nullable String sourceUrl;

    private Builder(String source, String sourceId, Schema schema, String name) {
      this.source = source;
      this.sourceId = sourceId;
      this.schema = schema;
      this.name = name;
    }

    public Builder alias(String alias, boolean weak) {
      aliases.add(new Alias(alias, weak));
      return this;
    }

    public Builder birthDate(String value) {
      birthDates.add(value);
      return this;
    }

    public Builder birthPlace(String value) {
      birthPlaces.add(value);
      return this;
    }

    public Builder country(String value) {
      if (!countries.contains(value)) {
        countries.add(value);
      }
      return this;
    }

    public Builder address(String value) {
      addresses.add(value);
      return this;
    }

    public Builder identifier(String type, String value, @Nullable String country) {
      identifiers.add(new Identifier(type, value, country));
      return this;
    }

    public Builder program(String value) {
      if (!programs.contains(value)) {
        programs.add(value);
      }
      return this;
    }

    public Builder listingDate(@Nullable String value) {
      listingDate = value;
      return this;
    }

    public Builder remarks(@Nullable String value) {
      remarks = value;
      return this;
    }

    public Builder sourceUrl(@Nullable String value) {
      sourceUrl = value;
      return this;
    }

    public WatchlistEntry build() {
      return new WatchlistEntry(
          source,
          sourceId,
          schema,
          name,
          aliases,
          birthDates,
          birthPlaces,
          countries,
          addresses,
          identifiers,
          programs,
          listingDate,
          remarks,
          sourceUrl);
    }
  }
}
