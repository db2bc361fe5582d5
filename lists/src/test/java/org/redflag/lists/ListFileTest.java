package org.redflag.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ListFileTest {

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] zip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("list.csv"));
      z.write(data);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void gzip_and_zip_are_undone_transparently() throws IOException {
    byte[] text = "36,\"AEROCARIBBEAN AIRLINES\"\n".getBytes();
    for (byte[] packed : new byte[][] {gzip(text), zip(text), text}) {
      ListFile f = new ListFile("sdn.csv.gz", () -> new ByteArrayInputStream(packed));
      try (InputStream in = f.open()) {
        assertThat(in.readAllBytes()).isEqualTo(text);
      }
    }
  }

  @Test
  void a_compression_bomb_stops_at_the_limit() throws IOException {
    byte[] bomb = gzip(new byte[1_000_000]);
    ListFile f = new ListFile("bomb.csv.gz", () -> new ByteArrayInputStream(bomb), 10_000);

    assertThat(bomb.length).isLessThan(2_000);
    assertThatThrownBy(
            () -> {
              try (InputStream in = f.open()) {
                in.readAllBytes();
              }
            })
        .isInstanceOf(ListFormatException.class)
        .hasMessage("bomb.csv.gz: file expands beyond the limit of 10000 bytes");
  }

  @Test
  void base_names_drop_directories_case_and_gz() {
    assertThat(
            new ListFile("/tmp/x/SDN_COMMENTS.CSV.gz", () -> InputStream.nullInputStream())
                .baseName())
        .isEqualTo("sdn_comments.csv");
  }
}
