package org.redflag.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.redflag.model.WatchlistEntry;

/**
 * A list entry that resembles the screened party, with the score and the evidence for it.
 *
 * @param entry the list entry
 * @param score from 0 to 1; at or above the screener's threshold it is a match
 * @param match whether {@code score} reaches the threshold
 * @param queryName the query name that scored best
 * @param matchedName the entry's name (primary or alias) it scored best against
 * @param features the evidence, the name feature first
 */
public record ScreeningResult(
    WatchlistEntry entry,
    double score,
    boolean match,
    String queryName,
    String matchedName,
    List<Feature> features) {

  public ScreeningResult {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(queryName, "queryName");
    Objects.requireNonNull(matchedName, "matchedName");
    features = List.copyOf(features);
  }

  /**
   * One line saying why, e.g. {@code name 0.96 (alexander~alyaksandr, lukashenko~lukashenka);
   * schema ok; birthDate +0.05 (1954 = 1954-08-30)}; an identifier match reads {@code identifier
   * +0.40 (AB123456)}.
   */
  public String explanation() {
    StringBuilder out = new StringBuilder();
    for (Feature f : features) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(f.name()).append(' ');
      if (f.name().equals("name")) {
        out.append(String.format(Locale.ROOT, "%.2f", f.score()));
      } else if (f.name().equals("schema")) {
        out.append("ok");
      } else {
        out.append(String.format(Locale.ROOT, "%+.2f", f.weight()));
      }
      if (!f.detail().isEmpty()) {
        out.append(" (").append(f.detail()).append(')');
      }
    }
    return out.toString();
  }
}
