package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redflag tag} reads CoNLL columns and prints {@code token TAG} lines in IOB2. */
class TagCommandTest {
  @TempDir Path dir;

  @Test
  void tags_each_token_and_keeps_sentence_breaks() throws Exception {
    Path in =
        Files.writeString(
            dir.resolve("in.conll"),
            "-DOCSTART- -X- O O\n\nCIA NNP B-NP B-ORG\nchief NN\nWilliam\nBurns\nspoke\n.\n\n"
                + "He\nvisited\nChina\n.\n");
    CliTest.Run r = CliTest.run("tag", "--quiet", in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "-DOCSTART- O",
                "",
                "CIA B-ORG",
                "chief O",
                "William B-PER",
                "Burns I-PER",
                "spoke O",
                ". O",
                "",
                "He O",
                "visited O",
                "China B-LOC",
                ". O",
                "",
                ""));
  }

  @Test
  void input_without_tokens_is_bad_input() throws Exception {
    Path in = Files.writeString(dir.resolve("empty.conll"), "\n\n");
    CliTest.Run r = CliTest.run("tag", in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no tokens");
  }

  @Test
  void a_missing_file_is_bad_input() {
    CliTest.Run r = CliTest.run("tag", dir.resolve("missing").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains("no such file").hasLineCount(1);
  }
}
