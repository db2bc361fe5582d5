package org.redflag.app.input;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;

/**
 * Reads documents from files, directories, URLs and standard input.
 *
 * <p>Supported files: {@code .txt} (optional {@code title:}/{@code date:}/{@code url:} header, then
 * a blank line), {@code .html}/{@code .htm} (main text extracted), {@code .pdf} (text page by page,
 * see {@link Pdf}) and {@code .rss}/{@code .atom}/{@code .xml} feeds (one document per item, see
 * {@link Feed}). Other extensions are read as text. Every input is bounded by {@link Limits}.
 */
public final class Inputs {
  private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm", ".xhtml");
  private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".md");
  private static final List<String> FEED_EXTENSIONS = List.of(".rss", ".atom", ".xml");
  private static final List<String> PDF_EXTENSIONS = List.of(".pdf");

  private final Limits limits;
  private final InputStream stdin;
  private final boolean followLinks;

  /** Creates a reader with the given limits, reading {@code -} from {@code stdin}. */
  public Inputs(Limits limits, InputStream stdin) {
    this(limits, stdin, false);
  }

  private Inputs(Limits limits, InputStream stdin, boolean followLinks) {
    this.limits = limits;
    this.stdin = stdin;
    this.followLinks = followLinks;
  }

  /**
   * Returns a reader that, for feed items that carry only a summary, downloads the linked page
   * (same limits) and reads its main text instead; title and date stay the feed's. An item whose
   * page cannot be read keeps its summary.
   */
  public Inputs followingLinks() {
    return new Inputs(limits, stdin, true);
  }

  /**
   * Expands command-line arguments into inputs: directories become their supported files (sorted,
   * hidden files skipped), {@code http(s)://} arguments URLs, {@code -} standard input.
   *
   * @throws RedflagException when an argument names nothing readable
   */
  public static List<Input> expand(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      String lower = arg.toLowerCase(Locale.ROOT);
      if (arg.equals("-")) {
        inputs.add(new Input.Stdin());
      } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
        inputs.add(new Input.Url(parseUrl(arg)));
      } else {
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
          List<Input> found = supportedFilesUnder(path);
          if (found.isEmpty()) {
            throw RedflagException.badInput(
                arg + ": no .txt, .html, .pdf or feed files in this directory");
          }
          inputs.addAll(found);
        } else if (Files.isRegularFile(path)) {
          inputs.add(new Input.File(path));
        } else if (Files.exists(path)) {
          throw RedflagException.badInput(arg + ": not a regular file");
        } else {
          throw RedflagException.badInput(arg + ": no such file or directory");
        }
      }
    }
    return inputs;
  }

  /**
   * Reads text (with an optional {@code title:}/{@code date:}/{@code url:} header, as in a {@code
   * .txt} file) into a document; {@code name} is its url unless the header gives one.
   */
  public static Document text(String text, String name) {
    return Text.parse(text, name);
  }

  /** Reads the main text, title, date and canonical URL of an HTML page into a document. */
  public static Document html(String html, String url) {
    return Html.parse(html, url);
  }

  /**
   * Reads the text of a PDF, page by page, into a document (see {@link Pdf}).
   *
   * @throws RedflagException when it is not a PDF, is encrypted, has no text or too many pages
   */
  public static Document pdf(byte[] bytes, String name, long maxChars) {
    return Pdf.parse(bytes, name, maxChars);
  }

  /**
   * Downloads one http(s) URL (within these limits) into a document, calling {@code check} with the
   * URL and every redirect target before requesting it.
   *
   * @throws RedflagException when it cannot be fetched, is too large, is a feed, or {@code check}
   *     refuses an address
   */
  public Document fetch(URI uri, java.util.function.Consumer<URI> check) {
    Document doc = new UrlFetcher(limits, check).fetch(uri);
    if (doc.body().isBlank()) {
      throw RedflagException.badInput(uri + ": no text to analyze (the input is empty)");
    }
    return doc;
  }

  /**
   * Reads one input into a document.
   *
   * @throws RedflagException when the input is unreadable, too large, binary, not UTF-8 or empty
   */
  public Document read(Input input) {
    List<Document> docs = readAll(input);
    if (docs.size() != 1) {
      throw RedflagException.badInput(
          input.name() + ": a feed of " + docs.size() + " items (read it with redflag analyze)");
    }
    return docs.get(0);
  }

  /**
   * Reads one input into its documents: one, or one per item of an RSS/Atom feed.
   *
   * @throws RedflagException when the input is unreadable, too large, binary, not UTF-8 or empty
   */
  public List<Document> readAll(Input input) {
    List<Document> docs;
    if (input instanceof Input.File f) {
      docs = readFile(f.path());
    } else if (input instanceof Input.Url u) {
      docs = follow(new UrlFetcher(limits).fetchItems(u.uri()));
    } else {
      docs = List.of(Text.parse(Text.decode(limits.read(stdin, "-"), "-"), "-"));
    }
    for (Document doc : docs) {
      if (doc.body().isBlank()) {
        throw RedflagException.badInput(input.name() + ": no text to analyze (the input is empty)");
      }
    }
    return docs;
  }

  private List<Document> readFile(Path path) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > limits.maxBytes()) {
        throw limits.tooLarge(path.toString());
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = limits.read(in, path.toString());
      }
    } catch (NoSuchFileException e) {
      throw RedflagException.badInput(path + ": no such file");
    } catch (IOException e) {
      throw RedflagException.failure(path + ": cannot read: " + e.getMessage(), e);
    }
    String name = path.toString();
    if (isHtml(name)) {
      return List.of(
          Html.parse(Text.decode(bytes, name), path.toAbsolutePath().toUri().toString()));
    }
    if (hasExtension(name, PDF_EXTENSIONS)) {
      return List.of(Pdf.parse(bytes, name, limits.maxBytes()));
    }
    if (hasExtension(name, FEED_EXTENSIONS)) {
      return follow(Feed.items(bytes, name));
    }
    return List.of(Text.parse(Text.decode(bytes, name), name));
  }

  private List<Document> follow(List<Feed.Item> items) {
    List<Document> docs = new ArrayList<>(items.size());
    for (Feed.Item item : items) {
      Document doc = item.doc();
      String link = doc.url();
      if (followLinks
          && item.summaryOnly()
          && link != null
          && (link.startsWith("https://") || link.startsWith("http://"))) {
        try {
          Document page = new UrlFetcher(limits).fetch(URI.create(link));
          doc = new Document(page.id(), doc.title(), link, doc.date(), page.body(), page.pages());
        } catch (RedflagException | IllegalArgumentException e) {
          // the summary is still worth reading
        }
      }
      docs.add(doc);
    }
    return docs;
  }

  private static boolean hasExtension(String name, List<String> extensions) {
    String lower = name.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(lower::endsWith);
  }

  static boolean isHtml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return HTML_EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  private static List<Input> supportedFilesUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(
              p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return isHtml(n)
                    || hasExtension(n, TEXT_EXTENSIONS)
                    || hasExtension(n, PDF_EXTENSIONS)
                    || n.endsWith(".rss")
                    || n.endsWith(".atom"); // not .xml: a folder may hold other XML
              })
          .sorted()
          .<Input>map(Input.File::new)
          .toList();
    } catch (IOException e) {
      throw RedflagException.failure(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  private static URI parseUrl(String arg) {
    try {
      URI uri = new URI(arg);
      if (uri.getHost() == null) {
        throw RedflagException.badInput(arg + ": URL has no host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw RedflagException.badInput(arg + ": not a valid URL (" + e.getReason() + ")");
    }
  }
}
