package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Feeds every reader mangled copies of a valid-looking file: the only allowed failure is a {@link
 * ListFormatException} (or an I/O error), never another exception.
 */
class ReaderFuzzTest {
  private static final String SEED_TEXT =
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
          + "source,name,_id\nEntity List (EL),X,1\n"
          + "<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
          + "<FIRST_NAME>A</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n"
          + "\"Name\"\t\"Street_Address\"\t\"City\"\t\"Country\"\t\"Effective_Date\"\n"
          + "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n";

  @ParameterizedTest
  @EnumSource(Source.class)
  void mangled_input_fails_only_with_a_format_error(Source source) {
    Random random = new Random(source.ordinal() * 7919L);
    byte[] seed = SEED_TEXT.getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 300; round++) {
      byte[] data = mangle(seed, random);
      String name = List.of("sdn.csv", "list.xml", "dpl.txt", "x.json").get(round % 4);
      ListFile file = new ListFile(name, () -> new ByteArrayInputStream(data));
      try {
        source.reader().read(new ListFiles(List.of(file)), e -> assertThat(e.name()).isNotNull());
      } catch (ListFormatException | IOException expected) {
        // the documented failures
      }
    }
  }

  private static byte[] mangle(byte[] seed, Random random) {
    int start = random.nextInt(seed.length);
    int end = start + random.nextInt(seed.length - start);
    byte[] out = java.util.Arrays.copyOfRange(seed, start, end);
    for (int i = 0; i < out.length / 10; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }
}
