package org.redflag.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** What each CAMEO code means ({@code cameo.tsv}), loaded on first use. */
final class CameoCodes {

  static final Map<String, String> DESCRIPTIONS = read();

  private CameoCodes() {}

  private static Map<String, String> read() {
    try (InputStream in =
        Objects.requireNonNull(CameoCodes.class.getResourceAsStream("cameo.tsv"), "cameo.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t", 2);
          out.put(f[0], f[1]);
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
