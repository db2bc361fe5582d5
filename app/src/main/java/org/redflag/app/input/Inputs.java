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
 * a blank line) and {@code .html}/{@code .htm} (main text extracted). Other extensions are read as
 * text. Every input is bounded by {@link Limits}.
 */
public final class Inputs {
  private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm", ".xhtml");
  private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".md");

  private final Limits limits;
  private final InputStream stdin;

  /** Creates a reader with the given limits, reading {@code -} from {@code stdin}. */
  public Inputs(Limits limits, InputStream stdin) {
    this.limits = limits;
    this.stdin = stdin;
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
            throw RedflagException.badInput(arg + ": no .txt or .html files in this directory");
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
   * Reads one input into a document.
   *
   * @throws RedflagException when the input is unreadable, too large, binary, not UTF-8 or empty
   */
  public Document read(Input input) {
    Document doc;
    if (input instanceof Input.File f) {
      doc = readFile(f.path());
    } else if (input instanceof Input.Url u) {
      doc = new UrlFetcher(limits).fetch(u.uri());
    } else {
      doc = Text.parse(Text.decode(limits.read(stdin, "-"), "-"), "-");
    }
    if (doc.body().isBlank()) {
      throw RedflagException.badInput(input.name() + ": no text to analyze (the input is empty)");
    }
    return doc;
  }

  private Document readFile(Path path) {
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
      return Html.parse(Text.decode(bytes, name), path.toAbsolutePath().toUri().toString());
    }
    return Text.parse(Text.decode(bytes, name), name);
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
                return isHtml(n) || TEXT_EXTENSIONS.stream().anyMatch(n::endsWith);
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
