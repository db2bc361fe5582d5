package org.redflag.lists;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the reference data in {@code ../shared/data} (system property {@code redflag.shared}).
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The path of {@code relative} under {@code shared/data/lists}; skips the calling test when the
   * shared directory is absent.
   */
  public static Path list(String relative) {
    String shared = System.getProperty("redflag.shared", "../../shared");
    Path p = Path.of(shared, "data", "lists", relative);
    assumeTrue(Files.exists(p), "reference data not present: " + p);
    return p;
  }
}
