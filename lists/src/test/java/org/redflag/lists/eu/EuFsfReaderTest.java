package org.redflag.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.lists.ListFiles;
import org.redflag.model.Schema;
import org.redflag.model.WatchlistEntry;
import org.redflag.model.WatchlistEntry.Identifier;

class EuFsfReaderTest {

  @Test
  void the_real_fsf_excerpt_gives_persons_and_enterprises_with_programmes() throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    Path path = Path.of(getClass().getResource("eu_fsf_1_1_2026-08_excerpt.xml").toURI());

    String date = new EuFsfReader().read(ListFiles.of(List.of(path)), out::add);

    assertThat(date).isEqualTo("2026-08-05");
    assertThat(out)
        .extracting(WatchlistEntry::sourceId)
        .containsExactly("191", "3822", "6106", "6177");
    WatchlistEntry ksm = out.get(0);
    assertThat(ksm.name()).isEqualTo("Khalid Sheikh MOHAMMED");
    assertThat(ksm.schema()).isEqualTo(Schema.PERSON);
    assertThat(ksm.programs()).containsExactly("TERR");
    assertThat(ksm.birthDates()).containsExactly("1965-04-14", "1964-03-01");
    assertThat(ksm.allNames()).contains("Wadood Khalid Abdul");
    WatchlistEntry parchin = out.get(1);
    assertThat(parchin.schema()).isEqualTo(Schema.LEGAL_ENTITY);
    assertThat(parchin.programs()).containsExactly("IRN");
    assertThat(parchin.listingDate()).isEqualTo("2008-06-23");
    assertThat(parchin.allNames()).contains("صنایع شیمیایی پارچین");
    assertThat(out.get(3).identifiers()).contains(new Identifier("passport", "F654645", "SA"));
    assertThat(out.get(3).countries()).containsExactly("SA");
  }
}
