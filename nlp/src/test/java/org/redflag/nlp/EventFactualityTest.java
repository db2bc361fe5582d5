package org.redflag.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event factuality on small hand-parsed sentences (word/POS/lemma/head/deprel). */
class EventFactualityTest {

  private static List<EventFactuality.DepToken> parse(String spec) {
    List<EventFactuality.DepToken> out = new ArrayList<>();
    for (String t : spec.split(" ")) {
      String[] f = t.split("/");
      out.add(new EventFactuality.DepToken(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // parse | event index | expected score | rule
        "Beijing/NNP/beijing/1/nsubj transferred/VBD/transfer/1/ROOT weapons/NNS/weapon/1/dobj"
            + " | 1 | 3.0 | fact",
        "Beijing/NNP/beijing/2/nsubj could/MD/could/2/aux transfer/VB/transfer/2/ROOT"
            + " | 2 | 1.0 | modal: could",
        "China/NNP/china/3/nsubj did/VBD/do/3/aux not/RB/not/3/neg supply/VB/supply/3/ROOT"
            + " | 3 | -1.8 | negation",
        "Minsk/NNP/minsk/1/nsubj failed/VBD/fail/1/ROOT to/TO/to/3/aux deliver/VB/deliver/1/xcomp"
            + " | 3 | -2.1 | failed: failed",
        "He/PRP/he/1/nsubj plans/VBZ/plan/1/ROOT to/TO/to/3/aux sign/VB/sign/1/xcomp"
            + " | 3 | 1.6 | intended: plans",
        "He/PRP/he/1/nsubj began/VBD/begin/1/ROOT to/TO/to/3/aux sign/VB/sign/1/xcomp"
            + " | 3 | 2.5 | intended: began",
        "He/PRP/he/1/nsubj tried/VBD/try/1/ROOT to/TO/to/3/aux flee/VB/flee/1/xcomp"
            + " | 3 | 0.8 | intended: tried",
        "He/PRP/he/2/nsubj will/MD/will/2/aux sign/VB/sign/2/ROOT | 2 | 2.6 | future: will",
        // A negative subject or determiner negates the event (issue 5).
        "No/DT/no/1/det one/NN/one/2/nsubj held/VBD/hold/2/ROOT her/PRP/she/2/dobj back/RB/back/2/prt"
            + " | 2 | -1.8 | negation",
        "Nobody/NN/nobody/1/nsubj hurried/VBD/hurry/1/ROOT her/PRP/she/1/dobj | 1 | -1.8 | negation",
        "There/EX/there/1/expl were/VBD/be/1/ROOT no/DT/no/3/det cancellations/NNS/cancellation/1/attr"
            + " | 3 | -1.8 | negation",
        // A conjunct shares its governor's negation unless it has a subject of its own.
        "He/PRP/he/3/nsubj did/VBD/do/3/aux n't/RB/not/3/neg sign/VB/sign/3/ROOT or/CC/or/3/cc"
            + " ratify/VB/ratify/3/conj | 5 | -1.8 | negation",
        "They/PRP/they/3/nsubjpass were/VBD/be/3/auxpass not/RB/not/3/neg named/VBN/name/3/ROOT"
            + " and/CC/and/3/cc officials/NNS/official/6/nsubj denied/VBD/deny/3/conj | 6 | 3.0 | fact",
      })
  void cues_in_the_parse_choose_the_rule_and_its_value(
      String spec, int event, double value, String rule) {
    EventFactuality.Score s = EventFactuality.rule(parse(spec), event);
    assertThat(s.value()).isEqualTo(value);
    assertThat(s.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // parse | event index | three-way class (1 happened, 0 uncertain, -1 did not happen)
        "Beijing/NNP/beijing/1/nsubj transferred/VBD/transfer/1/ROOT weapons/NNS/weapon/1/dobj"
            + " | 1 | 1",
        "Beijing/NNP/beijing/2/nsubj could/MD/could/2/aux transfer/VB/transfer/2/ROOT | 2 | 0",
        "China/NNP/china/3/nsubj did/VBD/do/3/aux not/RB/not/3/neg supply/VB/supply/3/ROOT"
            + " | 3 | -1",
        "Minsk/NNP/minsk/1/nsubj failed/VBD/fail/1/ROOT to/TO/to/3/aux deliver/VB/deliver/1/xcomp"
            + " | 3 | -1",
        "Talks/NNS/talk/3/nsubj might/MD/might/3/aux be/VB/be/3/aux held/VBN/hold/3/ROOT | 3 | 0",
        "No/DT/no/1/det weapon/NN/weapon/3/nsubjpass was/VBD/be/3/auxpass recovered/VBN/recover/3/ROOT"
            + " | 3 | -1",
      })
  void the_learned_correction_keeps_clear_cases_in_their_class(String spec, int event, int cls) {
    EventFactuality.Score rule = EventFactuality.rule(parse(spec), event);
    EventFactuality.Score s = EventFactuality.score(parse(spec), event);
    double v = s.value();
    assertThat(v > 1 ? 1 : v < -1 ? -1 : 0).isEqualTo(cls);
    assertThat(v).isBetween(-3.0, 3.0);
    assertThat(s.rule()).isEqualTo(rule.rule());
  }
}
