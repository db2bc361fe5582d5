package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path home;

  @Test
  void help_explains_every_serve_option() {
    CliTest.Run r = CliTest.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--port", "--host", "--home", "--api-key", "--max-batch");
  }

  @Test
  void serving_a_public_address_without_api_keys_is_refused_with_exit_2() {
    CliTest.Run r =
        CliTest.run("serve", "--host", "0.0.0.0", "--port", "0", "--home", home.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .contains("refusing to serve on 0.0.0.0 without API keys", "REDFLAG_API_KEYS")
        .doesNotContain("Exception")
        .hasLineCount(1);
  }

  @Test
  void a_bad_port_is_a_usage_error() {
    CliTest.Run r = CliTest.run("serve", "--port", "70000", "--home", home.toString());
    assertThat(r.code()).isEqualTo(2);
  }
}
