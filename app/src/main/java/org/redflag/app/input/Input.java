package org.redflag.app.input;

import java.net.URI;
import java.nio.file.Path;

/** One thing to read a document from. */
public sealed interface Input {

  /** How the input is named in messages and in {@code document.url}. */
  String name();

  /** A local file. */
  record File(Path path) implements Input {
    @Override
    public String name() {
      return path.toString();
    }
  }

  /** An http(s) URL. */
  record Url(URI uri) implements Input {
    @Override
    public String name() {
      return uri.toString();
    }
  }

  /** Standard input, named {@code -} on the command line. */
  record Stdin() implements Input {
    @Override
    public String name() {
      return "-";
    }
  }
}
