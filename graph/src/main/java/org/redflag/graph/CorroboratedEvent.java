package org.redflag.graph;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One happening as reported by one or more documents.
 *
 * @param type PLOVER type
 * @param mode PLOVER mode of the first report, or {@code null}
 * @param actors actors, as global entities
 * @param recipients recipients, as global entities
 * @param date the most precise date reported, or {@code null}
 * @param certainty the strongest certainty among the reports that do not deny it ({@code denied}
 *     when all do)
 * @param goods goods named by any report
 * @param corroboration distinct documents that report it
 * @param sources distinct sources (quoted entities, or the documents' authors) that assert it
 * @param reports every report, oldest first
 */
public record CorroboratedEvent(
    String type,
    @Nullable String mode,
    List<GlobalEntity> actors,
    List<GlobalEntity> recipients,
    @Nullable String date,
    String certainty,
    List<String> goods,
    int corroboration,
    List<String> sources,
    List<Report> reports) {

  public CorroboratedEvent {
    Objects.requireNonNull(type, "type");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    goods = List.copyOf(goods);
    sources = List.copyOf(sources);
    reports = List.copyOf(reports);
  }

  /**
   * One document's report of the event: a claim, with its provenance.
   *
   * @param eventKey the stored event's key
   * @param documentId the document
   * @param documentDate the document's date, or {@code null}
   * @param source who says so: a name, or {@code author}
   * @param certainty fact, expected, speculative or denied
   * @param cue the words that set the certainty, or {@code null}
   * @param evidence the text that supports it
   * @param start evidence start offset in the document
   * @param end evidence end offset
   * @param coder how this report's type was read: {@code dictionary} or {@code model} (the learned
   *     typer); {@code null} for events stored before the store kept it
   */
  public record Report(
      long eventKey,
      String documentId,
      @Nullable String documentDate,
      String source,
      String certainty,
      @Nullable String cue,
      String evidence,
      int start,
      int end,
      @Nullable String coder) {}
}
