package org.redflag.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The versioned watchlist snapshots kept under a redflag home directory: import, history and the
 * snapshot in force.
 *
 * <p>Layout: {@code HOME/lists/snapshots/ID/} holds one snapshot, its {@code manifest.tsv} and the
 * gzip-compressed source files in one directory per source; it is never modified once written.
 * {@code HOME/lists/current} holds the id of the snapshot in force. A new snapshot is written and
 * read back completely in a temporary directory, renamed into place, and only then is {@code
 * current} replaced by an atomic rename; a failure at any step leaves the previous snapshot in
 * force. Writers hold an exclusive lock on {@code HOME/lists/lock}.
 */
public final class WatchlistStore {
  /** The id that names the snapshot bundled in the jar. */
  public static final String BUNDLED_ID = "bundled";

  private static final DateTimeFormatter ID_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern ID = Pattern.compile("\\d{8}T\\d{6}Z(-\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Path root;

  private WatchlistStore(Path home) {
    this.root = home.resolve("lists");
  }

  /**
   * The store under {@code home} ({@code ~/.redflag} or {@code --home}); nothing is created yet.
   */
  public static WatchlistStore at(Path home) {
    return new WatchlistStore(home);
  }

  /** The id of the snapshot in force, or {@code bundled} when nothing was imported. */
  public String currentId() throws IOException {
    Path pointer = root.resolve("current");
    if (!Files.isRegularFile(pointer)) {
      return BUNDLED_ID;
    }
    String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    return ID.matcher(id).matches() ? id : BUNDLED_ID;
  }

  /** The snapshot in force: the last one imported or updated, or the bundled one. */
  public Snapshot current() throws IOException {
    return load(currentId());
  }

  /**
   * Loads a snapshot by reference: an id from {@link #history()}, {@code bundled}, {@code current},
   * or a date {@code YYYY-MM-DD} (the last snapshot made on or before that day, UTC).
   *
   * @throws IllegalArgumentException when no snapshot matches
   */
  public Snapshot load(String ref) throws IOException {
    String id = resolve(ref);
    if (id.equals(BUNDLED_ID)) {
      return Watchlists.bundled();
    }
    Path dir = snapshotDir(id);
    return SnapshotLoader.load(readManifest(dir), directory(dir), null);
  }

  /**
   * The id a reference names (see {@link #load(String)}).
   *
   * @throws IllegalArgumentException when no snapshot matches
   */
  public String resolve(String ref) throws IOException {
    if (ref.equals("current")) {
      return currentId();
    }
    if (ref.equals(BUNDLED_ID)) {
      return BUNDLED_ID;
    }
    List<String> ids = storedIds();
    if (ID.matcher(ref).matches()) {
      if (!ids.contains(ref)) {
        throw new IllegalArgumentException("no snapshot '" + ref + "' under " + root);
      }
      return ref;
    }
    if (DATE.matcher(ref).matches()) {
      String day = ref.replace("-", "");
      String found = null;
      for (String id : ids) {
        if (id.substring(0, 8).compareTo(day) <= 0) {
          found = id;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException(
            "no snapshot made on or before " + ref + " under " + root);
      }
      return found;
    }
    throw new IllegalArgumentException(
        "'" + ref + "' is not a snapshot id, a date (YYYY-MM-DD), 'current' or 'bundled'");
  }

  /** Every stored snapshot, oldest first, after the bundled one; read from manifests only. */
  public List<SnapshotInfo> history() throws IOException {
    String current = currentId();
    List<SnapshotInfo> out = new ArrayList<>();
    out.add(bundledInfo(current.equals(BUNDLED_ID)));
    for (String id : storedIds()) {
      Manifest m = readManifest(snapshotDir(id));
      out.add(new SnapshotInfo(id, created(id), id.equals(current), statuses(m)));
    }
    return out;
  }

  /** Describes the snapshot in force without reading its lists. */
  public SnapshotInfo currentInfo() throws IOException {
    String id = currentId();
    if (id.equals(BUNDLED_ID)) {
      return bundledInfo(true);
    }
    return new SnapshotInfo(id, created(id), true, statuses(readManifest(snapshotDir(id))));
  }

  /**
   * Makes a new snapshot in which {@code source} is read from {@code files} and every other source
   * is kept from the snapshot in force, and puts it in force.
   *
   * @param date the data date to record, or {@code null} to take the date the files give (else
   *     today)
   * @return the new snapshot
   * @throws ListFormatException when a file is not in the source's format; nothing changes then
   * @throws IOException when a file cannot be read or the home directory cannot be written
   */
  public SnapshotInfo importFiles(Source source, List<Path> files, @Nullable String date)
      throws IOException {
    return importFiles(source, files, date, false);
  }

  /**
   * Like {@link #importFiles(Source, List, String)}; with {@code append}, the files are read after
   * the source's files in the snapshot in force instead of replacing them (an OpenSanctions delta
   * on top of its base file).
   */
  public SnapshotInfo importFiles(
      Source source, List<Path> files, @Nullable String date, boolean append) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new java.nio.file.NoSuchFileException(f.toString(), null, "no such file");
      }
      inputs.add(new Input(f, f.toAbsolutePath().toString()));
    }
    return commit(Map.of(source, inputs), date, append);
  }

  /**
   * Downloads each source, reads it fully, and puts in force a new snapshot with every source that
   * succeeded; a source that fails (network, HTTP status, content type, size, format) keeps its
   * previous data and is reported in the result.
   *
   * @param sources the sources to update; empty means every source that has URLs
   * @throws IllegalArgumentException when a requested source has no URL configured
   * @throws IOException when the home directory cannot be written
   */
  public UpdateResult update(List<Source> sources, UpdateConfig config) throws IOException {
    List<Source> wanted =
        sources.isEmpty() ? List.copyOf(config.urls().keySet()) : List.copyOf(sources);
    for (Source s : wanted) {
      if (config.urls().getOrDefault(s, List.of()).isEmpty()) {
        throw new IllegalArgumentException(
            "no download URL for source '"
                + s.id()
                + "'; configure one in "
                + root.resolve("sources.properties")
                + " or with --url "
                + s.id()
                + "=URL");
      }
    }
    Files.createDirectories(root);
    Path downloads = Files.createTempDirectory(root, ".download-");
    try {
      Downloader downloader = new Downloader(config);
      Map<Source, List<Input>> ok = new java.util.LinkedHashMap<>();
      Map<Source, String> failures = new java.util.LinkedHashMap<>();
      for (Source source : wanted) {
        Path dir = Files.createDirectories(downloads.resolve(source.id()));
        List<Input> inputs = new ArrayList<>();
        URI current = null;
        try {
          for (URI uri : config.urls().get(source)) {
            current = uri;
            Path target = dir.resolve(fileName(uri, inputs.size()));
            downloader.download(uri, target);
            inputs.add(new Input(target, uri.toString()));
          }
          current = null;
          List<ListFile> named = new ArrayList<>();
          for (Input in : inputs) {
            named.add(new ListFile(in.origin(), () -> Files.newInputStream(in.file())));
          }
          source.reader().read(new ListFiles(named), e -> {});
          ok.put(source, inputs);
        } catch (IOException | RuntimeException e) {
          String where = current != null ? current + ": " : "";
          failures.put(source, where + e.getMessage());
        }
      }
      SnapshotInfo info = ok.isEmpty() ? null : commit(ok, null, false);
      return new UpdateResult(info, failures);
    } finally {
      deleteTree(downloads);
    }
  }

  private static String fileName(URI uri, int index) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.matches("[A-Za-z0-9._-]{1,100}") ? last : "download-" + (index + 1);
  }

  /** A file to import and where it came from (a path or a URL). */
  record Input(Path file, String origin) {}

  /**
   * Writes a new snapshot in which each given source is replaced by its inputs, reads it back
   * fully, and puts it in force.
   */
  SnapshotInfo commit(Map<Source, List<Input>> replaced, @Nullable String date, boolean append)
      throws IOException {
    Files.createDirectories(root.resolve("snapshots"));
    try (FileChannel lockChannel =
            FileChannel.open(
                root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.lock()) {
      removeLeftovers();
      String previous = currentId();
      Manifest before =
          previous.equals(BUNDLED_ID)
              ? Watchlists.bundledManifest()
              : readManifest(snapshotDir(previous));
      Path tmp = Files.createTempDirectory(root.resolve("snapshots"), ".tmp-");
      try {
        List<Manifest.Item> items = new ArrayList<>();
        Map<String, String> inputNames = new java.util.HashMap<>();
        Map<Source, Manifest.Item> kept = new java.util.EnumMap<>(Source.class);
        for (Manifest.Item item : before.items()) {
          if (!replaced.containsKey(item.source())) {
            items.add(carryOver(item, previous, tmp));
          } else if (append) {
            kept.put(item.source(), carryOver(item, previous, tmp));
          }
        }
        for (Map.Entry<Source, List<Input>> e : replaced.entrySet()) {
          Manifest.Item added = write(e.getKey(), e.getValue(), tmp, inputNames);
          Manifest.Item base = kept.get(e.getKey());
          if (base != null) {
            List<String> allFiles = new ArrayList<>(base.files());
            allFiles.addAll(added.files());
            added =
                new Manifest.Item(
                    e.getKey(), "", base.origin() + " " + added.origin(), -1, allFiles);
          }
          items.add(added);
        }
        items.sort(Comparator.comparing(Manifest.Item::source));
        if (date != null) {
          items.replaceAll(
              it ->
                  replaced.containsKey(it.source())
                      ? new Manifest.Item(it.source(), date, it.origin(), -1, it.files())
                      : it);
        }
        Snapshot check = SnapshotLoader.load(new Manifest(items), directory(tmp, inputNames), null);
        List<Manifest.Item> counted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          Manifest.Item it = items.get(i);
          SourceStatus st = check.sources().get(i);
          counted.add(
              new Manifest.Item(it.source(), st.date(), it.origin(), st.count(), it.files()));
        }
        Files.writeString(
            tmp.resolve(Manifest.FILE_NAME),
            new Manifest(counted).format(),
            StandardCharsets.UTF_8);
        String id = newId();
        Path target = snapshotDir(id);
        move(tmp, target);
        Path pointerTmp = root.resolve("current.tmp");
        Files.writeString(pointerTmp, id + "\n", StandardCharsets.UTF_8);
        move(pointerTmp, root.resolve("current"));
        return new SnapshotInfo(id, created(id), true, check.sources());
      } finally {
        deleteTree(tmp);
      }
    }
  }

  private Manifest.Item write(
      Source source, List<Input> inputs, Path dir, Map<String, String> inputNames)
      throws IOException {
    Path sourceDir = Files.createDirectories(dir.resolve(source.id()));
    List<String> names = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    for (Input in : inputs) {
      ListFile file = ListFile.of(in.file());
      String name = uniqueName(sourceDir, file.baseName() + ".gz");
      Path target = sourceDir.resolve(name);
      if (isGzip(in.file())) {
        Files.copy(in.file(), target);
      } else {
        try (InputStream src = file.open();
            OutputStream out = new FastGzip(Files.newOutputStream(target))) {
          src.transferTo(out);
        }
      }
      names.add(source.id() + "/" + name);
      inputNames.put(source.id() + "/" + name, in.origin());
      origins.add(in.origin());
    }
    return new Manifest.Item(source, "", String.join(" ", origins), -1, names);
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /**
   * Gzip at the fastest level: snapshot files are written once per import, on its critical path.
   */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(java.util.zip.Deflater.BEST_SPEED);
    }
  }

  private Manifest.Item carryOver(Manifest.Item item, String previous, Path dir)
      throws IOException {
    Path sourceDir = Files.createDirectories(dir.resolve(item.source().id()));
    List<String> names = new ArrayList<>();
    for (String f : item.files()) {
      String base = f.substring(f.lastIndexOf('/') + 1);
      Path target = sourceDir.resolve(base);
      if (previous.equals(BUNDLED_ID)) {
        try (InputStream in = Watchlists.bundledDir().open(f)) {
          Files.copy(in, target);
        }
      } else {
        Path src = snapshotDir(previous).resolve(f);
        try {
          Files.createLink(target, src);
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(src, target);
        }
      }
      names.add(item.source().id() + "/" + base);
    }
    String origin = previous.equals(BUNDLED_ID) ? BUNDLED_ID : item.origin();
    return new Manifest.Item(item.source(), item.date(), origin, item.count(), names);
  }

  private static String uniqueName(Path dir, String name) {
    String candidate = name;
    for (int i = 2; Files.exists(dir.resolve(candidate)); i++) {
      candidate = i + "-" + name;
    }
    return candidate;
  }

  private String newId() throws IOException {
    String base = ID_FORMAT.format(Instant.now());
    String id = base;
    for (int i = 2; Files.exists(snapshotDir(id)); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  private static Instant created(String id) {
    return ID_FORMAT.parse(id.substring(0, 16), Instant::from);
  }

  private List<String> storedIds() throws IOException {
    Path dir = root.resolve("snapshots");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (ID.matcher(name).matches() && Files.isRegularFile(p.resolve(Manifest.FILE_NAME))) {
          ids.add(name);
        }
      }
    }
    ids.sort(
        Comparator.comparing((String id) -> id.substring(0, 16)).thenComparing(id -> suffix(id)));
    return ids;
  }

  private static int suffix(String id) {
    int dash = id.indexOf('-');
    return dash < 0 ? 1 : Integer.parseInt(id.substring(dash + 1));
  }

  private Path snapshotDir(String id) {
    return root.resolve("snapshots").resolve(id);
  }

  private static Manifest readManifest(Path dir) throws IOException {
    Path file = dir.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IOException("damaged snapshot: missing " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Manifest.parse(in, file.toString());
    }
  }

  private static SnapshotInfo bundledInfo(boolean current) {
    return new SnapshotInfo(BUNDLED_ID, Instant.EPOCH, current, Watchlists.bundled().sources());
  }

  private static List<SourceStatus> statuses(Manifest m) {
    return m.items().stream()
        .map(i -> new SourceStatus(i.source().id(), i.date(), Math.max(i.count(), 0), i.origin()))
        .toList();
  }

  static SnapshotLoader.Dir directory(Path dir) {
    return directory(dir, Map.of());
  }

  /** A snapshot directory whose files are named in messages by {@code names} where given. */
  static SnapshotLoader.Dir directory(Path dir, Map<String, String> names) {
    return new SnapshotLoader.Dir() {
      @Override
      public InputStream open(String fileName) throws IOException {
        return Files.newInputStream(dir.resolve(fileName));
      }

      @Override
      public String describe(String fileName) {
        return names.getOrDefault(fileName, dir.resolve(fileName).toString());
      }
    };
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("cannot replace " + to + ": it exists", e);
    }
  }

  /**
   * Deletes temporary directories an interrupted import or update left behind; called with the
   * writer lock held, so none of them is in use.
   */
  private void removeLeftovers() throws IOException {
    for (Path dir : List.of(root, root.resolve("snapshots"))) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".tmp-*")) {
        for (Path p : s) {
          deleteTree(p);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Where this store keeps its files ({@code HOME/lists}). */
  public Path root() {
    return root;
  }

  Optional<Path> snapshotPath(String id) {
    Path p = snapshotDir(id);
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
