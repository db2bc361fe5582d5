package org.redflag.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;

/**
 * The curated actor table ({@code actors.tsv}): countries with their capitals, seats of power and
 * demonyms, and known organizations with their acronyms. Its header comment gives the version and
 * provenance. Immutable and thread-safe.
 */
final class ActorTable {

  /** How a surface form refers to its actor. */
  enum Sense {
    /** The actor's own name or acronym ("Russian Federation", "ISW"). */
    NAME,
    /** A capital city: the place, or the government when it acts ("Beijing could transfer"). */
    CAPITAL,
    /** A seat of power, always the government ("the Kremlin", "the White House"). */
    SEAT,
    /** A demonym ("Chinese companies"). */
    DEMONYM
  }

  /**
   * One actor.
   *
   * @param id stable key, e.g. {@code RU} or {@code ISW}
   * @param names canonical name first, then the aliases
   * @param sector CAMEO-style sector of an organization ({@code GOV}, {@code MED}, ...), optionally
   *     with a detail after a colon ({@code GOV:intelligence}); null for countries
   */
  record Actor(
      String id,
      EntityType type,
      @Nullable String country,
      String name,
      List<String> names,
      @Nullable String sector) {

    Actor {
      names = List.copyOf(names);
    }
  }

  /** A surface form, the actor it names and how. */
  record Form(String text, Actor actor, Sense sense) {}

  private static final String RESOURCE = "actors.tsv";
  private static @Nullable ActorTable bundled;

  private final String version;
  private final Map<String, Actor> actors;
  private final Map<String, Form> forms;

  private ActorTable(String version, Map<String, Actor> actors, Map<String, Form> forms) {
    this.version = version;
    this.actors = Map.copyOf(actors);
    this.forms = Map.copyOf(forms);
  }

  /** The table shipped in this jar. */
  static synchronized ActorTable bundled() {
    if (bundled == null) {
      try (InputStream in = ActorTable.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        bundled = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).withIsoCountries();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundled;
  }

  /**
   * Parses the TSV format described in the header of {@code actors.tsv}.
   *
   * @throws IllegalArgumentException naming the line when a row is malformed or a form is claimed
   *     by two actors
   */
  static ActorTable parse(String tsv) {
    String version = "unknown";
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Form> forms = new HashMap<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.startsWith("#")) {
          int v = line.indexOf("version ");
          if (v >= 0 && version.equals("unknown")) {
            version = line.substring(v + "version ".length()).trim();
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
          throw new IllegalArgumentException(
              "actors.tsv line " + lineNo + ": expected 9 columns, got " + f.length);
        }
        List<String> aliases = list(f[4]);
        // "[Jordan]": the display name, too ambiguous to be matched on its own.
        boolean bracketed = f[3].length() > 2 && f[3].startsWith("[") && f[3].endsWith("]");
        String name = bracketed ? f[3].substring(1, f[3].length() - 1) : f[3];
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        Actor actor =
            new Actor(
                f[0],
                EntityType.valueOf(f[1]),
                f[2].equals("-") ? null : f[2],
                name,
                names,
                f[8].equals("-") ? null : f[8]);
        if (actors.put(actor.id(), actor) != null) {
          throw new IllegalArgumentException(
              "actors.tsv line " + lineNo + ": duplicate id " + f[0]);
        }
        add(forms, bracketed ? aliases : names, actor, Sense.NAME, lineNo);
        add(forms, list(f[5]), actor, Sense.CAPITAL, lineNo);
        add(forms, list(f[6]), actor, Sense.SEAT, lineNo);
        add(forms, list(f[7]), actor, Sense.DEMONYM, lineNo);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ActorTable(version, actors, forms);
  }

  /** Ambiguous or odd ISO country names that are not added from the JDK. */
  private static final java.util.Set<String> SKIPPED_COUNTRIES =
      java.util.Set.of("Georgia", "Jordan", "Chad", "Jersey", "Guernsey", "Dominica");

  /**
   * Returns a table that also knows every ISO 3166 country the file leaves out, by its English name
   * from the JDK.
   */
  ActorTable withIsoCountries() {
    Map<String, Actor> allActors = new LinkedHashMap<>(actors);
    Map<String, Form> allForms = new HashMap<>(forms);
    for (String code : java.util.Locale.getISOCountries()) {
      String name =
          new java.util.Locale("", code)
              .getDisplayCountry(java.util.Locale.ENGLISH)
              .replace(" & ", " and ");
      if (allActors.containsKey(code)
          || SKIPPED_COUNTRIES.contains(name)
          || name.matches(".*(\\(|SAR|St\\.|U\\.S\\.| - ).*")
          || allForms.containsKey(key(name))) {
        continue;
      }
      Actor actor = new Actor(code, EntityType.COUNTRY, code, name, List.of(name), null);
      allActors.put(code, actor);
      allForms.put(key(name), new Form(name, actor, Sense.NAME));
    }
    return new ActorTable(version, allActors, allForms);
  }

  private static List<String> list(String column) {
    return column.equals("-") ? List.of() : Arrays.asList(column.split("\\|"));
  }

  private static void add(
      Map<String, Form> forms, List<String> texts, Actor actor, Sense sense, int lineNo) {
    for (String text : texts) {
      String key = key(text);
      Form old = forms.putIfAbsent(key, new Form(text, actor, sense));
      if (old != null && old.actor() != actor) {
        throw new IllegalArgumentException(
            "actors.tsv line " + lineNo + ": \"" + text + "\" already names " + old.actor().id());
      }
    }
  }

  /** The lookup key of a surface form: apostrophes unified, white space collapsed. */
  static String key(String text) {
    return text.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
  }

  String version() {
    return version;
  }

  Collection<Actor> actors() {
    return actors.values();
  }

  Optional<Actor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** The form with this exact text (after {@link #key}), if any. */
  Optional<Form> form(String text) {
    return Optional.ofNullable(forms.get(key(text)));
  }

  Collection<Form> forms() {
    return forms.values();
  }
}
