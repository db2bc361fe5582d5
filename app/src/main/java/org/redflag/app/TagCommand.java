package org.redflag.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.redflag.model.RedflagException;
import org.redflag.nlp.NameTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redflag tag}: CoNLL-style name tagging, one {@code token TAG} line per token. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Reads tokenized sentences in CoNLL style (the first column of each line is a token, a blank"
          + " line ends a sentence, further columns are ignored) and prints 'token TAG' lines with"
          + " IOB2 tags over PER, ORG, LOC and MISC, a blank line after each sentence.",
      "-DOCSTART- lines are copied with the tag O."
    },
    footer = {
      "",
      "Examples:",
      "  printf 'CIA\\nchief\\nWilliam\\nBurns\\nspoke\\n.\\n' | redflag tag",
      "  redflag tag conll2003_eng_dev_iob2.txt > predicted.txt",
      "",
      "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input."
    })
final class TagCommand implements Callable<Integer> {

  private static final String DOCSTART = "-DOCSTART-";

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "CoNLL-style file, or - (the default) for standard input.")
  String file = "-";

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no model-loading messages on stderr.")
  boolean quiet;

  private @Nullable NameTagger tagger;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> log = quiet ? m -> {} : m -> err.println("redflag: " + m);
    int sentences = 0;
    try (BufferedReader in = Terminal.openUtf8(file)) {
      List<String> tokens = new ArrayList<>();
      for (String line = in.readLine(); ; line = in.readLine()) {
        String token = line == null ? "" : firstColumn(line);
        if (!token.isEmpty()) {
          tokens.add(token);
          continue;
        }
        if (!tokens.isEmpty()) {
          print(out, tokens, log);
          sentences++;
          tokens.clear();
        }
        if (line == null) {
          break;
        }
      }
    } catch (CharacterCodingException e) {
      throw RedflagException.badInput(file + ": not UTF-8 text");
    } catch (NoSuchFileException e) {
      throw RedflagException.badInput(file + ": no such file");
    } catch (IOException e) {
      throw RedflagException.failure(file + ": " + e.getMessage(), e);
    }
    out.flush();
    if (sentences == 0) {
      throw RedflagException.badInput(file + ": no tokens to tag");
    }
    return ExitCode.OK;
  }

  private static String firstColumn(String line) {
    String s = line.strip();
    int space = s.indexOf(' ');
    int tab = s.indexOf('\t');
    int end = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
    return end < 0 ? s : s.substring(0, end);
  }

  private void print(PrintWriter out, List<String> tokens, Consumer<String> log) {
    if (tokens.size() == 1 && tokens.get(0).equals(DOCSTART)) {
      out.println(DOCSTART + " O");
      out.println();
      return;
    }
    if (tagger == null) {
      tagger = NameTagger.load(log);
    }
    List<String> tags;
    try {
      tags = tagger.tag(tokens);
    } catch (UncheckedIOException e) {
      throw RedflagException.failure("tagging failed: " + e.getMessage(), e);
    }
    for (int i = 0; i < tokens.size(); i++) {
      out.println(tokens.get(i) + " " + tags.get(i));
    }
    out.println();
  }
}
