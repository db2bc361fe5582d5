package org.redflag.match;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.redflag.model.Schema;

/**
 * A party to screen: one or more names of the same party (aliases found in a document, or a
 * customer's name), what kind of party it is, and optional birth date and countries that refine the
 * score.
 *
 * @param schema what kind of party; only list entries of a {@linkplain Schema#compatibleWith
 *     compatible} schema are candidates
 * @param names names of the party, at least one
 * @param birthDate birth or incorporation date as an ISO prefix ({@code 1954-08-30}, {@code 1954}),
 *     or {@code null}
 * @param countries ISO alpha-2 codes or country names of nationality or registration
 * @param identifiers passport, national id, IMO, tax id or registration numbers, as written; an
 *     exact match (ignoring spaces, dashes and case) with a listed identifier is decisive
 */
public record ScreeningQuery(
    Schema schema,
    List<String> names,
    @Nullable String birthDate,
    List<String> countries,
    List<String> identifiers) {

  /**
   * Validates and copies the lists.
   *
   * @throws IllegalArgumentException when there is no name
   */
  public ScreeningQuery {
    Objects.requireNonNull(schema, "schema");
    names = List.copyOf(names);
    countries = List.copyOf(countries);
    identifiers = List.copyOf(identifiers);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a screening query needs at least one name");
    }
  }

  /** A query without identifiers. */
  public ScreeningQuery(
      Schema schema, List<String> names, @Nullable String birthDate, List<String> countries) {
    this(schema, names, birthDate, countries, List.of());
  }

  /** A query by names alone. */
  public static ScreeningQuery of(Schema schema, String... names) {
    return new ScreeningQuery(schema, List.of(names), null, List.of(), List.of());
  }
}
