package org.redflag.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over word shingles, and locality-sensitive hashing bands to find candidate
 * near-duplicates without comparing every pair.
 *
 * <p>With {@value #BANDS} bands of {@value #ROWS} rows, two texts with Jaccard similarity s share a
 * band with probability 1-(1-s^4)^32: 0.996 at s=0.8, 0.08 at s=0.3. Candidates are then compared
 * on the whole signature against {@link #NEAR_DUPLICATE}.
 */
final class MinHash {
  /** Words per shingle. */
  static final int SHINGLE = 3;

  static final int BANDS = 32;
  static final int ROWS = 4;
  static final int HASHES = BANDS * ROWS;

  /** Estimated Jaccard similarity from which a text is the same story as a stored one. */
  static final double NEAR_DUPLICATE = 0.8;

  /** Texts with fewer words are only ever exact duplicates: a few shared words prove nothing. */
  static final int MIN_WORDS = 25;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + i + 1);
      SEEDS[i] = s;
    }
  }

  private MinHash() {}

  /** The words of a text, lower-cased, punctuation dropped. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Whether a text is long enough for near-duplicate detection. */
  static boolean comparable(String text) {
    return words(text).size() >= MIN_WORDS;
  }

  /** The signature of a text: for each of {@value #HASHES} hash functions, the smallest shingle. */
  static long[] signature(String text) {
    List<String> words = words(text);
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
      long h = fnv(shingle);
      for (int j = 0; j < HASHES; j++) {
        long v = mix(h ^ SEEDS[j]);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** The fraction of hash functions on which two signatures agree: estimates Jaccard similarity. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /** One hash per band of the signature. */
  static long[] bands(long[] sig) {
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + sig[b * ROWS + r]);
      }
      bands[b] = h;
    }
    return bands;
  }

  static byte[] toBytes(long[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(sig.length * Long.BYTES);
    for (long v : sig) {
      buf.putLong(v);
    }
    return buf.array();
  }

  static long[] fromBytes(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] sig = new long[bytes.length / Long.BYTES];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = buf.getLong();
    }
    return sig;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finalizer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
