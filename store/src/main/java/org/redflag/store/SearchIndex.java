package org.redflag.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.redflag.model.RedflagException;

/**
 * The Lucene side of the store: document text and entity names, keyed by the SQLite keys. SQLite is
 * the truth; the index may lag it after a crash and {@link SqliteStore} re-adds what is missing on
 * open, using the highest document sequence number recorded in the last commit.
 */
final class SearchIndex implements AutoCloseable {
  /** Documents added between commits; a crash loses at most these from the index, not the store. */
  static final int COMMIT_EVERY = 200;

  private static final String SEQ = "doc_seq";
  private static final String KEY = "key";
  private static final String NAMES = "names";
  private static final String TEXT = "text";
  private static final String COMMITTED_SEQ = "seq";

  private final Directory dir;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new FoldingAnalyzer();
  private long maxSeq;
  private int uncommitted;

  private SearchIndex(Directory dir, @Nullable IndexWriter writer, long committedSeq)
      throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.searchers =
        writer != null ? new SearcherManager(writer, null) : new SearcherManager(dir, null);
    this.maxSeq = committedSeq;
  }

  /**
   * Opens the last commit of an index another process is writing, for searching only; later commits
   * become visible as they are made.
   */
  static SearchIndex openReadOnly(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IOException("no committed index yet under " + path);
    }
    return new SearchIndex(dir, null, Long.MAX_VALUE);
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the index is open read-only");
    }
    return writer;
  }

  /**
   * Opens the index, or creates it.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException when another process writes it
   */
  static SearchIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(new FoldingAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    IndexWriter writer;
    try {
      writer = new IndexWriter(dir, config);
    } catch (IOException e) {
      dir.close();
      throw e;
    }
    long committed = 0;
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(COMMITTED_SEQ)) {
          committed = Long.parseLong(e.getValue());
        }
      }
    }
    // Anything past the last commit was lost with the process that wrote it; start clean there.
    writer.deleteDocuments(LongPoint.newRangeQuery(SEQ, committed + 1, Long.MAX_VALUE));
    return new SearchIndex(dir, writer, committed);
  }

  /** The highest document sequence number the index holds. */
  synchronized long indexedSeq() {
    return maxSeq;
  }

  /** Adds a document's text and its entities' names. */
  synchronized void add(long seq, String text, List<NamedKey> entities) throws IOException {
    Document d = new Document();
    d.add(new LongPoint(SEQ, seq));
    d.add(new StoredField(KEY, seq));
    d.add(new TextField(TEXT, text, Field.Store.NO));
    IndexWriter writer = writer();
    writer.addDocument(d);
    for (NamedKey e : entities) {
      Document n = new Document();
      n.add(new LongPoint(SEQ, seq));
      n.add(new StoredField(KEY, e.key()));
      for (String name : e.names()) {
        n.add(new TextField(NAMES, name, Field.Store.NO));
      }
      writer.addDocument(n);
    }
    maxSeq = Math.max(maxSeq, seq);
    if (++uncommitted >= COMMIT_EVERY) {
      commit();
    }
  }

  /** An entity's store key and its names. */
  record NamedKey(long key, List<String> names) {}

  synchronized void commit() throws IOException {
    if (writer == null) {
      return;
    }
    writer.setLiveCommitData(Map.of(COMMITTED_SEQ, Long.toString(maxSeq)).entrySet());
    writer.commit();
    uncommitted = 0;
  }

  /** Sequence numbers of documents matching a Lucene query over title and text. */
  List<Long> searchText(String query, int limit) throws IOException {
    Query q;
    try {
      q = new QueryParser(TEXT, analyzer).parse(query);
    } catch (ParseException e) {
      throw RedflagException.badInput("not a search query: " + query);
    }
    return search(q, limit);
  }

  /** Keys of entities whose names share (fuzzily) words with {@code name}, best first. */
  List<Long> searchNames(String name, int limit) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    List<String> tokens = tokens(name);
    if (tokens.isEmpty()) {
      return List.of();
    }
    for (String t : tokens) {
      Term term = new Term(NAMES, t);
      q.add(new BoostQuery(new TermQuery(term), 2f), BooleanClause.Occur.SHOULD);
      if (t.length() >= 5) {
        q.add(new FuzzyQuery(term, 1, 1), BooleanClause.Occur.SHOULD);
      }
    }
    return search(q.build(), limit);
  }

  private List<Long> search(Query q, int limit) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher s = searchers.acquire();
    try {
      List<Long> keys = new ArrayList<>();
      for (ScoreDoc hit : s.search(q, limit).scoreDocs) {
        keys.add(s.storedFields().document(hit.doc).getField(KEY).numericValue().longValue());
      }
      return keys;
    } finally {
      searchers.release(s);
    }
  }

  private List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(NAMES, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      commit();
      searchers.close();
    } finally {
      if (writer != null) {
        writer.close();
      }
      dir.close();
    }
  }

  /** Words, lower-cased, accents folded: the same for indexing and querying. */
  static final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
