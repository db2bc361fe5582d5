package org.redflag.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceTyperTest {

  private static SentenceTyper.Model read(String text) throws IOException {
    return SentenceTyper.Model.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void probabilities_are_a_softmax_of_the_summed_weights() throws IOException {
    SentenceTyper.Model m =
        read("# comment\nA\tbias\t1.0\nB\tbias\t0.0\nB\tv=attack\t2.0\nA\tv=meet\t0.5\n");
    Map<String, Double> p = m.probabilities(List.of("bias", "v=attack", "unknown"));
    // scores A 1.0, B 2.0
    assertThat(p.get("B")).isCloseTo(Math.exp(1) / (1 + Math.exp(1)), within(1e-9));
    assertThat(p.get("A") + p.get("B")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void a_malformed_weight_line_is_refused() {
    assertThatThrownBy(() -> read("A\tbias\n")).isInstanceOf(IOException.class);
  }

  @Test
  void bundled_models_know_every_plover_type_and_class() {
    SentenceTyper t = SentenceTyper.bundled();
    assertThat(t).isNotNull();
    assertThat(SentenceTyper.ROOT_CAMEO.keySet()).isEqualTo(SentenceTyper.CLASS_OF.keySet());
  }
}
