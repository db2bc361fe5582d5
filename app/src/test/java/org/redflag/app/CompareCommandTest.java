package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redflag compare --csv}. */
class CompareCommandTest {
  @TempDir Path dir;

  @Test
  void rows_come_back_with_score_and_match_appended() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("pairs.csv"),
            "id,schema,name1,name2\n1,Person,Lukashenka,Lukashenko\n2,Person,Xi Jinping,Xie"
                + " Xiaoyong\n");

    CliTest.Run r = CliTest.run("compare", "--csv", csv.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out().strip().split("\n"))
        .containsExactly(
            "id,schema,name1,name2,score,match",
            "1,Person,Lukashenka,Lukashenko,0.9444,true",
            "2,Person,Xi Jinping,Xie Xiaoyong,0.1237,false");
  }

  @Test
  void the_ofac_algorithm_reproduces_ofac_scores() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("pairs.csv"), "schema,name1,name2\nPerson,PUTIN,\"PUTINA, Maria\"\n");

    CliTest.Run r = CliTest.run("compare", "--csv", csv.toString(), "--algorithm", "ofac");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("PUTIN,\"PUTINA, Maria\",0.9700,true");
  }

  @Test
  void a_file_without_the_required_columns_is_bad_input() throws Exception {
    Path csv = Files.writeString(dir.resolve("pairs.csv"), "a,b\n1,2\n");

    CliTest.Run r = CliTest.run("compare", "--csv", csv.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains("no 'schema' column").hasLineCount(1);
  }
}
