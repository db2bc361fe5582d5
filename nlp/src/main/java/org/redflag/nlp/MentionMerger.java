package org.redflag.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;

/**
 * Stage 2c: merges gazetteer and CoreNLP candidates into one list without overlaps. Of two
 * overlapping candidates the longer wins ("Beijing Institute of Technology" over "Beijing"); on a
 * tie the gazetteer wins, so "Kremlin" is Russia's seat of power whatever CoreNLP tagged it, and
 * "People’s Republic of China" beats CoreNLP's "Republic of China". A PERSON span that starts with
 * a country or demonym is cut after it first: CoreNLP reads "Ambassador to Belarus Xie Xiaoyong" as
 * the person "Belarus Xie Xiaoyong".
 */
final class MentionMerger {

  List<Candidate> merge(List<Candidate> gazetteer, List<Candidate> ner) {
    List<Candidate> all = new ArrayList<>(gazetteer);
    for (Candidate c : ner) {
      all.add(trimCountryPrefix(c, gazetteer));
    }
    all.sort(
        Comparator.comparingInt(Candidate::length)
            .reversed()
            .thenComparing(c -> c.form() == null ? 1 : 0));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (kept.stream().noneMatch(k -> k.mention().overlaps(c.mention()))) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  private static Candidate trimCountryPrefix(Candidate c, List<Candidate> gazetteer) {
    if (c.mention().type() != EntityType.PERSON) {
      return c;
    }
    for (Candidate g : gazetteer) {
      ActorTable.Form form = g.form();
      if (form != null
          && g.start() == c.start()
          && g.end() < c.end()
          && form.actor().type() == EntityType.COUNTRY
          && (form.sense() == ActorTable.Sense.NAME || form.sense() == ActorTable.Sense.DEMONYM)) {
        Mention m = c.mention();
        int cut = g.end() - m.start();
        while (cut < m.text().length() && Character.isWhitespace(m.text().charAt(cut))) {
          cut++;
        }
        String rest = m.text().substring(cut);
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
          return c;
        }
        return new Candidate(
            new Mention(rest, m.start() + cut, m.end(), m.type(), m.detector()), null, false);
      }
    }
    return c;
  }
}
