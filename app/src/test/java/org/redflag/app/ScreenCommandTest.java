package org.redflag.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redflag screen FILE.csv} against the bundled snapshot. */
class ScreenCommandTest {
  @TempDir Path dir;

  @Test
  void every_row_comes_back_with_its_best_result() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("customers.csv"),
            "id,full_name,type\n1,Alexander Lukashenko,Person\n2,William Burns,Person\n");

    CliTest.Run r =
        CliTest.run(
            "screen",
            "--home",
            dir.toString(),
            "--quiet",
            "--name-column",
            "full_name",
            "--schema-column",
            "type",
            csv.toString());

    assertThat(r.code()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines[0])
        .isEqualTo("id,full_name,type,score,match,list_id,list_name,matched_name,explanation");
    assertThat(lines[1])
        .startsWith("1,Alexander Lukashenko,Person,")
        .contains(",true,ofac-sdn:9760,");
    assertThat(lines[2]).isEqualTo("2,William Burns,Person,,false,,,,");
  }

  @Test
  void a_missing_name_column_is_bad_input() throws Exception {
    Path csv = Files.writeString(dir.resolve("customers.csv"), "id,who\n1,x\n");

    CliTest.Run r = CliTest.run("screen", "--home", dir.toString(), csv.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains("no 'name' column").hasLineCount(1);
  }
}
