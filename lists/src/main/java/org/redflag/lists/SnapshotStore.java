package org.redflag.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The versioned snapshots kept under a redflag home directory.
 *
 * <p>Layout: {@code HOME/lists/snapshots/ID/} holds one snapshot (its {@code manifest.tsv} and the
 * gzip-compressed source files, never modified once written); {@code HOME/lists/current} names the
 * snapshot in force. A new snapshot is written completely in its own directory before {@code
 * current} is replaced atomically, so a failed import or update leaves the previous one in force.
 */
final class SnapshotStore {
  static final String CURRENT = "current";

  private final Path root;

  private SnapshotStore(Path root) {
    this.root = root;
  }

  static SnapshotStore at(Path home) {
    return new SnapshotStore(home.resolve("lists"));
  }

  Path snapshotsDir() {
    return root.resolve("snapshots");
  }

  /** The id of the snapshot in force, if one was imported. */
  Optional<String> currentId() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /** Loads the snapshot in force, if one was imported. */
  Optional<Snapshot> loadCurrent() throws IOException {
    Optional<String> id = currentId();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(load(id.get()));
  }

  Snapshot load(String id) throws IOException {
    Path dir = snapshotsDir().resolve(id);
    Path manifestFile = dir.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException("no snapshot '" + id + "' (missing " + manifestFile + ")");
    }
    Manifest manifest;
    try (InputStream in = Files.newInputStream(manifestFile)) {
      manifest = Manifest.parse(in, manifestFile.toString());
    }
    return SnapshotLoader.load(manifest, directory(dir), null);
  }

  static SnapshotLoader.Dir directory(Path dir) {
    return new SnapshotLoader.Dir() {
      @Override
      public InputStream open(String fileName) throws IOException {
        return Files.newInputStream(dir.resolve(fileName));
      }

      @Override
      public String describe(String fileName) {
        return dir.resolve(fileName).toString();
      }
    };
  }
}
