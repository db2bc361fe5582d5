package org.redflag.graph;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A way goods may reach a destination: origin, intermediaries, destination, with its evidence.
 *
 * @param path origin first, destination last
 * @param goods goods categories
 * @param destinationListed whether the destination matched a watchlist entry
 * @param corroboration distinct documents that report it
 * @param certainty the strongest certainty reported
 * @param latest the latest event or document date, or {@code null}
 * @param score the ranking score: corroboration weighted by certainty, decayed by age
 * @param reports the reports
 */
public record Route(
    List<GlobalEntity> path,
    List<String> goods,
    boolean destinationListed,
    int corroboration,
    String certainty,
    @Nullable String latest,
    double score,
    List<CorroboratedEvent.Report> reports) {

  public Route {
    path = List.copyOf(path);
    goods = List.copyOf(goods);
    Objects.requireNonNull(certainty, "certainty");
    reports = List.copyOf(reports);
  }
}
