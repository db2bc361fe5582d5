package org.redflag.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
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

  /**
   * Guesses which source a list file belongs to from its first bytes (and, for OFAC, its name:
   * {@code cons_*} files are the consolidated list).
   *
   * @return the source, or empty when the file looks like none of them
   * @throws IOException when the file cannot be read
   */
  public static Optional<Source> guess(Path file) throws IOException {
    String head;
    try (InputStream in = ListFile.of(file).open()) {
      head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    }
    String name = ListFile.of(file).baseName();
    boolean cons = name.startsWith("cons");
    String start = head.stripLeading();
    if (head.contains("<CONSOLIDATED_LIST")) {
      return Optional.of(UN_SC);
    }
    if (head.contains("<sanctionsData")) {
      return Optional.of(cons ? OFAC_CONS : OFAC_SDN);
    }
    if (head.contains("<export") || head.contains("<WHOLE")) {
      return Optional.of(EU_FSF);
    }
    if (head.contains("<Designations")) {
      return Optional.of(UK_SANCTIONS);
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return Optional.of(
          head.contains("\"schema\"") || head.contains("\"op\"") ? OPENSANCTIONS : US_CSL);
    }
    if (head.contains("\"Street_Address\"") || head.startsWith("Name\tStreet_Address")) {
      return Optional.of(BIS_DPL);
    }
    if (head.contains("Name 6") || start.startsWith("Last Updated")) {
      return Optional.of(UK_OFSI);
    }
    String firstLine = start.lines().findFirst().orElse("");
    if (firstLine.contains("source") && firstLine.contains("name")) {
      return Optional.of(US_CSL);
    }
    if (firstLine.matches("\\d+,(\\d+,)?\".*")) {
      return Optional.of(cons ? OFAC_CONS : OFAC_SDN);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
