package org.redflag.app.ingest;

import java.util.List;

/**
 * What one ingestion run did.
 *
 * @param inputs inputs given (after expanding directories)
 * @param added documents stored for the first time
 * @param duplicates documents the store already held (same text), analysis skipped
 * @param nearDuplicates documents stored as another source of a near-identical stored document
 * @param failed inputs that could not be read or analyzed
 * @param seconds wall-clock time
 * @param failures why each failed input failed
 */
public record IngestSummary(
    int inputs,
    int added,
    int duplicates,
    int nearDuplicates,
    int failed,
    double seconds,
    List<Failure> failures) {

  public IngestSummary {
    failures = List.copyOf(failures);
  }

  /** Documents per second over the inputs handled. */
  public double documentsPerSecond() {
    return seconds <= 0 ? 0 : inputs / seconds;
  }

  /**
   * One input that failed.
   *
   * @param input the input as named on the command line
   * @param message why, one line
   */
  public record Failure(String input, String message) {}
}
