package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code redflag match} against the bundled snapshot. */
class MatchCommandTest {
  @TempDir Path dir;

  @Test
  void each_input_line_gets_one_output_line_with_the_same_id() throws Exception {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            """
            {"id":"q1","schema":"Person","name":"Alexander Lukashenko","country":"BY"}
            {"id":2,"schema":"Person","name":"William Burns"}
            """);

    CliTest.Run r = CliTest.run("match", "--home", dir.toString(), in.toString());

    assertThat(r.code()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.get("id").asText()).isEqualTo("q1");
    JsonNode top = first.get("results").get(0);
    assertThat(top.get("entity").get("id").asText()).isEqualTo("ofac-sdn:9760");
    assertThat(top.get("match").asBoolean()).isTrue();
    assertThat(top.get("score").asDouble()).isBetween(0.8, 1.0);
    assertThat(top.get("explanation").asText()).startsWith("name ");
    JsonNode second = json.readTree(lines[1]);
    assertThat(second.get("id").asInt()).isEqualTo(2);
    assertThat(second.get("results")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not json                                          | not JSON",
        "{\"id\":1,\"name\":\"x\"}                         | \"schema\" missing",
        "{\"id\":1,\"schema\":\"Planet\",\"name\":\"x\"}   | unknown schema",
        "{\"schema\":\"Person\",\"name\":\"x\"}            | \"id\" missing",
      })
  void a_bad_line_is_one_message_and_exit_2(String line, String message) throws Exception {
    Path in = Files.writeString(dir.resolve("bad.jsonl"), line + "\n");

    CliTest.Run r = CliTest.run("match", "--home", dir.toString(), in.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains(message).hasLineCount(1);
  }
}
