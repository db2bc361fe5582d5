package org.redflag.lists;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of one source given to a reader, e.g. OFAC's {@code sdn.csv}, {@code alt.csv}, {@code
 * add.csv} and {@code sdn_comments.csv}.
 *
 * @param files the files, in the order given
 */
public record ListFiles(List<ListFile> files) {
  public ListFiles {
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("at least one file is needed");
    }
  }

  /** Files on disk. */
  public static ListFiles of(List<Path> paths) {
    return new ListFiles(paths.stream().map(ListFile::of).toList());
  }

  /** The first file whose {@link ListFile#baseName()} matches {@code pattern} in full. */
  public Optional<ListFile> find(Pattern pattern) {
    return files.stream().filter(f -> pattern.matcher(f.baseName()).matches()).findFirst();
  }

  /** The first file whose base name does not match {@code pattern}: the main file of a set. */
  public Optional<ListFile> findNot(Pattern pattern) {
    return files.stream().filter(f -> !pattern.matcher(f.baseName()).matches()).findFirst();
  }

  /**
   * The only file.
   *
   * @throws IllegalArgumentException when there are several
   */
  public ListFile single() {
    if (files.size() != 1) {
      throw new IllegalArgumentException("expected one file, got " + files.size() + ": " + files);
    }
    return files.get(0);
  }
}
