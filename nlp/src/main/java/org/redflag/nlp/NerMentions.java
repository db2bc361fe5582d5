package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/**
 * Stage 2b: turns CoreNLP's name mentions into candidates, and drops what is not a name.
 *
 * <ul>
 *   <li>types: PERSON, ORGANIZATION, LOCATION (CITY, STATE_OR_PROVINCE), COUNTRY; MISC becomes
 *       OTHER only when it is a proper-noun phrase ("Belt and Road Initiative"), since adjectives
 *       such as "Western" are not things (demonyms are found by the {@link Gazetteer});
 *   <li>dropped: pronouns ("his", "he", which CoreNLP emits as PERSON with token tag O), spans with
 *       no upper-case letter or a single character;
 *   <li>a trailing possessive is cut: "Lukashenka’s" becomes "Lukashenka".
 * </ul>
 */
final class NerMentions {

  private static final Set<String> PRONOUN_POS = Set.of("PRP", "PRP$", "WP", "WP$", "DT", "EX");

  List<Candidate> find(Annotated doc) {
    List<Candidate> out = new ArrayList<>();
    for (Annotated.NerSpan span : doc.names()) {
      EntityType type = type(span.tag());
      int first = doc.tokenStartingAt(span.start());
      int last = doc.tokenEndingAt(span.end());
      if (type == null || first < 0 || last < first) {
        continue;
      }
      List<Annotated.Token> tokens = doc.tokens().subList(first, last + 1);
      while (tokens.size() > 1 && isPossessive(tokens.get(tokens.size() - 1))) {
        tokens = tokens.subList(0, tokens.size() - 1);
      }
      if (isJunk(tokens, type)) {
        continue;
      }
      int start = tokens.get(0).start();
      int end = tokens.get(tokens.size() - 1).end();
      String text = stripPossessive(doc.body().substring(start, end));
      end = start + text.length();
      out.add(new Candidate(new Mention(text, start, end, type, "corenlp"), null, false));
    }
    return out;
  }

  static @Nullable EntityType type(String tag) {
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "COUNTRY" -> EntityType.COUNTRY;
      case "MISC" -> EntityType.OTHER;
      default -> null;
    };
  }

  private static boolean isJunk(List<Annotated.Token> tokens, EntityType type) {
    if (tokens.stream().allMatch(t -> PRONOUN_POS.contains(t.pos()) || t.ner().equals("O"))) {
      return true;
    }
    String text = String.join(" ", tokens.stream().map(Annotated.Token::word).toList());
    if (text.length() < 2 || text.chars().noneMatch(Character::isUpperCase)) {
      return true;
    }
    return type == EntityType.OTHER && tokens.stream().noneMatch(t -> t.pos().startsWith("NNP"));
  }

  private static boolean isPossessive(Annotated.Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("\u2019s");
  }

  static String stripPossessive(String s) {
    for (String suffix : new String[] {"'s", "\u2019s", "'", "\u2019"}) {
      if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }
}
