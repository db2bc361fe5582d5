package org.redflag.lists;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.redflag.lists.csl.CslReader;
import org.redflag.lists.dpl.DplReader;
import org.redflag.lists.eu.EuFsfReader;
import org.redflag.lists.ofac.OfacReader;
import org.redflag.lists.opensanctions.FtmJsonReader;
import org.redflag.lists.uk.OfsiCsvReader;
import org.redflag.lists.uk.UkSanctionsListReader;
import org.redflag.lists.un.UnXmlReader;

/** A sanctions or export-control list redflag can read, named by its stable source id. */
public enum Source {
  OFAC_SDN("ofac-sdn", () -> new OfacReader("ofac-sdn")),
  OFAC_CONS("ofac-cons", () -> new OfacReader("ofac-cons")),
  US_CSL("us-csl", CslReader::new),
  UN_SC("un-sc", UnXmlReader::new),
  EU_FSF("eu-fsf", EuFsfReader::new),
  UK_SANCTIONS("uk-sanctions", UkSanctionsListReader::new),
  UK_OFSI("uk-ofsi", OfsiCsvReader::new),
  BIS_DPL("bis-dpl", DplReader::new),
  OPENSANCTIONS("opensanctions", FtmJsonReader::new);

  private final String id;
  private final @Nullable Supplier<ListReader> reader;

  Source(String id, @Nullable Supplier<ListReader> reader) {
    this.id = id;
    this.reader = reader;
  }

  /** The stable source id used on the command line and in entry ids, e.g. {@code ofac-sdn}. */
  public String id() {
    return id;
  }

  /**
   * The source with the given id.
   *
   * @throws IllegalArgumentException when no source has that id; the message lists the valid ids
   */
  public static Source fromId(String id) {
    for (Source s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown source '"
            + id
            + "'; valid sources: "
            + Arrays.stream(values()).map(Source::id).collect(Collectors.joining(", ")));
  }

  /**
   * A new reader for this source's files.
   *
   * @throws UnsupportedOperationException when redflag cannot read this source yet
   */
  ListReader reader() {
    if (reader == null) {
      throw new UnsupportedOperationException("no reader for source '" + id + "' yet");
    }
    return reader.get();
  }

  @Override
  public String toString() {
    return id;
  }
}
