package org.redflag.store;

import java.nio.file.Path;

/**
 * The child process of {@link CrashTest}: writes briefs until it is killed, printing {@code stored
 * ID} after each put returns.
 */
public final class CrashWriter {
  private CrashWriter() {}

  /** Arguments: the home directory and the first story number. */
  public static void main(String[] args) {
    Path home = Path.of(args[0]);
    int first = Integer.parseInt(args[1]);
    try (Store store = Store.open(home)) {
      for (int n = first; ; n++) {
        PutResult r = store.put(TestBriefs.story(n));
        System.out.println("stored " + r.documentId());
        System.out.flush();
      }
    }
  }
}
