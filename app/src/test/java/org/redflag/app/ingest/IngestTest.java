package org.redflag.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.app.input.Inputs;
import org.redflag.app.input.Limits;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Mention;
import org.redflag.store.Store;

/** Ingestion with a stand-in analyzer: no language models. */
class IngestTest {
  @TempDir Path dir;

  private static final String STORY =
      "Belarusian leader Alexander Lukashenko arrived in Beijing on February 28 for a three-day"
          + " visit to China, where he met President Xi Jinping and discussed trade, machinery,"
          + " agriculture and the war in Ukraine with officials of the Chinese government.";

  @Test
  void new_duplicate_near_duplicate_and_failed_inputs_are_counted_and_a_rerun_analyzes_nothing()
      throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), STORY);
    Files.writeString(docs.resolve("b.txt"), STORY); // same text
    Files.writeString(docs.resolve("c.txt"), STORY.replace("three-day", "three day") + " (AP)");
    Files.writeString(docs.resolve("d.txt"), "An unrelated story about cocoa prices in Bahia.");
    Files.write(docs.resolve("e.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0}); // not text
    AtomicInteger analyzed = new AtomicInteger();
    Function<Document, Brief> fake =
        doc -> {
          analyzed.incrementAndGet();
          int at = Math.max(0, doc.body().indexOf("Lukashenko"));
          Entity e =
              new Entity(
                  "e1",
                  "Alexander Lukashenko",
                  EntityType.PERSON,
                  "BY",
                  List.of("Lukashenko"),
                  List.of(new Mention("Lukashenko", at, at + 10, EntityType.PERSON, "test")),
                  false,
                  List.of());
          return new Brief(doc, List.of(e), List.of(), List.of());
        };
    List<org.redflag.app.input.Input> inputs = Inputs.expand(List.of(docs.toString()));
    Inputs reader = new Inputs(Limits.DEFAULT, new ByteArrayInputStream(new byte[0]));
    AtomicInteger steps = new AtomicInteger();

    try (Store store = Store.open(dir.resolve("home"))) {
      IngestSummary first =
          new Ingest(store, reader, () -> fake, 2, null).run(inputs, steps::incrementAndGet);

      assertThat(first.inputs()).isEqualTo(5);
      assertThat(first.added()).isEqualTo(2);
      assertThat(first.duplicates()).isEqualTo(1);
      assertThat(first.nearDuplicates()).isEqualTo(1);
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.failures().get(0).input()).endsWith("e.txt");
      assertThat(steps.get()).isEqualTo(5);
      assertThat(store.status().documents()).isEqualTo(2);
      assertThat(store.status().sources()).isEqualTo(4);

      IngestSummary second =
          new Ingest(
                  store,
                  reader,
                  () -> {
                    throw new AssertionError("a re-run must not start the analyzer");
                  },
                  2,
                  null)
              .run(inputs, () -> {});
      assertThat(second.added()).isZero();
      assertThat(second.duplicates()).isEqualTo(4);
      assertThat(store.status().documents()).isEqualTo(2);
    }
  }

  @Test
  void a_feed_is_one_input_whose_items_are_stored_as_documents() throws Exception {
    Path feed =
        Files.writeString(
            dir.resolve("news.rss"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
            <description>d</description>
            <item><title>One</title><link>https://news.example/1</link>
            <pubDate>Tue, 28 Feb 2023 09:00:00 GMT</pubDate>
            <description>%s</description></item>
            <item><title>Two</title><link>https://news.example/2</link>
            <pubDate>Wed, 01 Mar 2023 09:00:00 GMT</pubDate>
            <description>An unrelated story about cocoa prices in Bahia.</description></item>
            </channel></rss>
            """
                .formatted(STORY));
    Inputs reader = new Inputs(Limits.DEFAULT, new ByteArrayInputStream(new byte[0]));
    Function<Document, Brief> fake = doc -> new Brief(doc, List.of(), List.of(), List.of());
    try (Store store = Store.open(dir.resolve("home"))) {
      IngestSummary summary =
          new Ingest(store, reader, () -> fake, 1, null)
              .run(Inputs.expand(List.of(feed.toString())), () -> {});
      assertThat(summary.failed()).as(summary.failures().toString()).isZero();
      assertThat(summary.added()).isEqualTo(2);
      assertThat(store.status().documents()).isEqualTo(2);
    }
  }
}
