package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Command-line behaviour that needs no models: usage, help and bad input. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void help_explains_every_analyze_option() {
    Run r = run("analyze", "--help");
    assertThat(r.code()).isZero();
    for (String option :
        new String[] {"--format", "--date", "--home", "--max-size", "--timeout", "--color"}) {
      assertThat(r.out()).contains(option);
    }
    assertThat(r.out()).contains("Exit codes");
  }

  @Test
  void no_command_is_a_usage_error() {
    Run r = run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command");
  }

  @Test
  void a_missing_file_is_one_line_and_exit_2() {
    Run r = run("analyze", dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .contains("no such file")
        .doesNotContain("Exception")
        .hasLineCount(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void an_empty_file_is_bad_input() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run r = run("analyze", empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("empty");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_binary_file_is_bad_input() throws Exception {
    Path bin = Files.write(dir.resolve("x.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    Run r = run("analyze", bin.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("binary");
  }

  @Test
  void a_bad_date_option_is_a_usage_error() {
    Run r = run("analyze", "--date", "yesterday", "x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not a date like 2023-02-28");
  }

  @Test
  void json_for_several_documents_asks_for_jsonl() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "A");
    Files.writeString(dir.resolve("b.txt"), "B");
    Run r = run("analyze", "--format", "json", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format jsonl");
  }

  @Test
  void json_for_a_feed_of_several_items_asks_for_jsonl() throws Exception {
    Path feed =
        Files.writeString(
            dir.resolve("news.rss"),
            "<rss version=\"2.0\"><channel><title>x</title>"
                + "<item><title>a</title><description>A.</description></item>"
                + "<item><title>b</title><description>B.</description></item></channel></rss>");
    Run r = run("analyze", "--format", "json", feed.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("a feed of 2 items").contains("--format jsonl");
  }

  @Test
  void a_feed_with_an_external_entity_is_one_line_and_exit_2() throws Exception {
    Path feed =
        Files.writeString(
            dir.resolve("evil.xml"),
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><item><description>&x;</description></item>"
                + "</channel></rss>");
    Run r = run("analyze", feed.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("not a readable RSS or Atom feed");
  }
}
