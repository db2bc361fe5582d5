package org.redflag.lists.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.lists.ListFiles;
import org.redflag.model.WatchlistEntry;

class DplReaderTest {

  @Test
  void rows_of_one_order_become_one_entry_with_each_address_once() throws Exception {
    List<WatchlistEntry> out = new ArrayList<>();
    Path path = Path.of(getClass().getResource("dpl.txt").toURI());

    String date = new DplReader().read(ListFiles.of(List.of(path)), out::add);

    assertThat(out)
        .extracting(WatchlistEntry::name)
        .containsExactly("AARON ABRAHAM VILLA", "ALI M HIJAZI", "DAQING ZHOU");
    assertThat(out.get(1).addresses())
        .containsExactly("GENEVA, CH", "HAUTE SAVOIE, FR", "185 SEPTEMBER STREET, TRIPOLI, LY");
    assertThat(out.get(2).addresses()).hasSize(1);
    assertThat(out.get(0).listingDate()).isEqualTo("2022-08-24");
    assertThat(out.get(0).programs()).containsExactly("DPL");
    assertThat(date).isEqualTo("2022-08-29");
  }
}
