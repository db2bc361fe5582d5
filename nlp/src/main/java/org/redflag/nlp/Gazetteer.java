package org.redflag.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/**
 * Stage 2a: finds the forms of the {@link ActorTable} in the text, longest match first, on token
 * boundaries. A capital counts as the government when it acts: the next token is a verb or a modal
 * ("Beijing could transfer", "Moscow denies"). The type is the actor's type: "the Kremlin" is part
 * of the COUNTRY Russia whatever CoreNLP tagged it.
 */
final class Gazetteer {

  private static final Set<String> ACTING_POS = Set.of("MD", "VBZ", "VBD", "VBP");

  /** A form with its lookup key, computed once. */
  private record Keyed(String key, ActorTable.Form form) {}

  private final Map<String, List<Keyed>> byFirstWord = new HashMap<>();

  Gazetteer(ActorTable table) {
    for (ActorTable.Form form : table.forms()) {
      byFirstWord
          .computeIfAbsent(firstWord(form.text()), k -> new ArrayList<>())
          .add(new Keyed(ActorTable.key(form.text()), form));
    }
    byFirstWord
        .values()
        .forEach(l -> l.sort(Comparator.comparingInt((Keyed k) -> -k.key().length())));
  }

  List<Candidate> find(Annotated doc) {
    String text = matchable(doc.text());
    List<Candidate> found = new ArrayList<>();
    List<Annotated.Token> tokens = doc.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Annotated.Token t = tokens.get(i);
      int next = i + 1;
      for (Keyed k : byFirstWord.getOrDefault(firstWord(t.word()), List.of())) {
        int end = t.start() + k.key().length();
        if (text.startsWith(k.key(), t.start())) {
          int last = doc.tokenEndingAt(end);
          if (last >= i) {
            found.add(candidate(doc, k.form(), t.start(), end, last));
            next = last + 1;
            break;
          }
        }
      }
      i = next;
    }
    return found;
  }

  private static Candidate candidate(
      Annotated doc, ActorTable.Form form, int start, int end, int lastToken) {
    boolean government =
        switch (form.sense()) {
          case SEAT -> true;
          case CAPITAL -> acts(doc, lastToken);
          case NAME, DEMONYM -> false;
        };
    EntityType type = form.actor().type();
    Mention m = new Mention(doc.body().substring(start, end), start, end, type, "gazetteer");
    return new Candidate(m, form, government);
  }

  private static boolean acts(Annotated doc, int lastToken) {
    int next = lastToken + 1;
    return next < doc.tokens().size()
        && doc.tokens().get(next).sentence() == doc.tokens().get(lastToken).sentence()
        && ACTING_POS.contains(doc.tokens().get(next).pos());
  }

  /** Unifies apostrophes and white space, keeping every character at its offset. */
  static String matchable(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\u2019' || c[i] == '\u2018') {
        c[i] = '\'';
      } else if (Character.isWhitespace(c[i]) || c[i] == '\u00A0') {
        c[i] = ' ';
      }
    }
    return new String(c);
  }

  /** The leading letters and digits of a form or token: the key of the first-word index. */
  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i == 0 ? s.substring(0, Math.min(1, s.length())) : s.substring(0, i);
  }
}
