package org.redflag.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.redflag.model.RedflagException;

/** What the commands share about the terminal: reading a file or stdin, and progress bars. */
final class Terminal {
  private Terminal() {}

  /**
   * Opens {@code file} ({@code -} for standard input) as strict UTF-8 text: a malformed byte fails
   * the read instead of becoming a replacement character.
   *
   * @throws RedflagException when {@code file} is a directory
   */
  static BufferedReader openUtf8(String file) throws IOException {
    InputStream stream;
    if (file.equals("-")) {
      stream = System.in;
    } else {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw RedflagException.badInput(file + ": is a directory");
      }
      stream = Files.newInputStream(path);
    }
    return new BufferedReader(
        new InputStreamReader(
            stream,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * The one-line error for a failure while reading the CSV {@code file}: bad input for text that is
   * not UTF-8, a missing file or malformed CSV (commons-csv throws unchecked exceptions), a failure
   * while working for other I/O errors.
   */
  static RedflagException csvReadFailure(String file, Exception e) {
    if (e instanceof CharacterCodingException) {
      return RedflagException.badInput(file + ": not UTF-8 text");
    }
    if (e instanceof NoSuchFileException) {
      return RedflagException.badInput(file + ": no such file");
    }
    if (e instanceof UncheckedIOException u) {
      return RedflagException.badInput(file + ": not valid CSV: " + u.getCause().getMessage());
    }
    if (e instanceof RuntimeException) {
      return RedflagException.badInput(file + ": not valid CSV: " + e.getMessage());
    }
    return RedflagException.failure(file + ": " + e.getMessage(), e);
  }

  /** A progress bar on stderr counting {@code unit}s (e.g. {@code " docs"}) with their rate. */
  static ProgressBar progressBar(String task, long total, String unit) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(unit, 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
