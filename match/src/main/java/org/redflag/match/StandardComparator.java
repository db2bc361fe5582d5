package org.redflag.match;

import java.util.ArrayList;
import java.util.List;
import org.redflag.model.Schema;

/** {@link NameComparator#standard()}: {@link NameScorer} with length weights. */
final class StandardComparator implements NameComparator {
  static final StandardComparator INSTANCE = new StandardComparator();

  private StandardComparator() {}

  @Override
  public double score(Schema schema, String name1, String name2) {
    double best = 0;
    for (String r1 : Names.readings(name1)) {
      for (String r2 : Names.readings(name2)) {
        best = Math.max(best, scoreOne(schema, r1, r2));
      }
    }
    return best;
  }

  private static double scoreOne(Schema schema, String name1, String name2) {
    List<String> a = Names.tokens(name1);
    List<String> b = Names.tokens(name2);
    boolean person = schema == Schema.PERSON;
    double ab = NameScorer.score(a, keys(a), b, keys(b), person, t -> t.length()).score();
    double ba = NameScorer.score(b, keys(b), a, keys(a), person, t -> t.length()).score();
    return Math.max(ab, ba);
  }

  @Override
  public double threshold() {
    return Screener.DEFAULT_THRESHOLD;
  }

  private static List<String> keys(List<String> tokens) {
    List<String> keys = new ArrayList<>(tokens.size());
    tokens.forEach(t -> keys.add(TokenSimilarity.key(t)));
    return keys;
  }
}
