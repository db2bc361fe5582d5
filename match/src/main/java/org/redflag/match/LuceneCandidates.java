package org.redflag.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Candidates from an in-memory Lucene index ({@link ByteBuffersDirectory}) with one document per
 * name of {@link NameIndex}, in the same order, so that a Lucene doc id is a name id. Three fields
 * hold the terms of each token:
 *
 * <ul>
 *   <li>{@value #TOKEN}: the normalized token ({@code lukashenko});
 *   <li>{@value #PHONETIC}: its Double Metaphone codes, primary and alternate ({@code LKXN});
 *   <li>{@value #GRAM}: character trigrams of its spelling key ({@link TokenSimilarity#key}),
 *       padded with {@code ^} and {@code $}.
 * </ul>
 *
 * <p>A query name becomes one {@link BooleanQuery} of SHOULD clauses over the same terms of its
 * {@linkplain NameIndex#retrievalTokens retrieval tokens}, plus the other spellings of each token's
 * {@link NameVariants} group (one nested query per token), and the top {@link #CANDIDATES_PER_NAME}
 * documents by BM25 are the candidates. The fields index documents only (no frequencies, positions
 * or norms), so a clause scores its boost times the term's idf, whatever the length of the name. A
 * token's trigrams share {@link #GRAMS_BOOST} among them, so that a long token does not outweigh a
 * short one, and count only when at least {@link #MIN_SHARED_GRAMS} of them are found.
 */
final class LuceneCandidates implements CandidateSource {

  static final String TOKEN = "token";
  static final String PHONETIC = "phonetic";
  static final String GRAM = "gram";

  /** Boost of an exact token. */
  static final float TOKEN_BOOST = 1.0f;

  /** Boost of another spelling of the token's variant group. */
  static final float VARIANT_BOOST = (float) NameVariants.VARIANT_SIMILARITY;

  /** Boost of a shared Double Metaphone code. */
  static final float PHONETIC_BOOST = 0.5f;

  /** Boost shared by all trigrams of one token. */
  static final float GRAMS_BOOST = 1.0f;

  /** Share of a token's trigrams a name must contain to be found by trigrams. */
  static final double MIN_SHARED_GRAMS = 0.5;

  /** Tokens shorter than this get no phonetic code: one- and two-letter codes match too much. */
  static final int MIN_PHONETIC_LENGTH = 3;

  /** Longest Double Metaphone code. */
  static final int PHONETIC_CODE_LENGTH = 6;

  private static final FieldType TERMS = termsOnly();

  private static final DoubleMetaphone METAPHONE = metaphone();

  private final NameIndex index;
  private final IndexSearcher searcher;

  LuceneCandidates(NameIndex index) {
    this.index = index;
    // Files as one buffer each: term and postings reads then slice one buffer, not a list.
    ByteBuffersDirectory directory =
        new ByteBuffersDirectory(
            new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new,
            ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    IndexWriterConfig config =
        new IndexWriterConfig(new WhitespaceAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(256)
            // A log merge policy merges adjacent segments only: doc ids keep the insertion order.
            .setMergePolicy(new LogByteSizeMergePolicy())
            .setCommitOnClose(true);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (NameIndex.IndexedName name : index.names()) {
        writer.addDocument(document(name.tokens()));
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index could not be written", e);
    }
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      if (reader.maxDoc() != index.names().size() || reader.leaves().size() > 1) {
        throw new IllegalStateException(
            "Lucene doc ids must equal name ids: "
                + reader.maxDoc()
                + " docs in "
                + reader.leaves().size()
                + " segments for "
                + index.names().size()
                + " names");
      }
      this.searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index could not be read", e);
    }
  }

  private static Document document(List<String> tokens) {
    StringBuilder tok = new StringBuilder();
    StringBuilder phon = new StringBuilder();
    StringBuilder gram = new StringBuilder();
    for (String t : tokens) {
      tok.append(t).append(' ');
      for (String p : phonetic(t)) {
        phon.append(p).append(' ');
      }
      for (String g : grams(t)) {
        gram.append(g).append(' ');
      }
    }
    Document doc = new Document();
    doc.add(new Field(TOKEN, tok.toString(), TERMS));
    doc.add(new Field(PHONETIC, phon.toString(), TERMS));
    doc.add(new Field(GRAM, gram.toString(), TERMS));
    return doc;
  }

  @Override
  public int[] candidates(List<String> tokens) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<String> seen = new HashSet<>();
    int clauses = 0;
    for (String t : index.retrievalTokens(tokens)) {
      if (!seen.add(t)) {
        continue;
      }
      // Leaf clauses of one token query; a very long name keeps its first tokens within the limit.
      clauses += 1 + NameVariants.variants(t).size() + 2 + grams(t).size();
      if (clauses > IndexSearcher.getMaxClauseCount()) {
        break;
      }
      query.add(tokenQuery(t), BooleanClause.Occur.SHOULD);
    }
    try {
      TopDocs top = searcher.search(query.build(), CANDIDATES_PER_NAME);
      int[] out = new int[top.scoreDocs.length];
      for (int i = 0; i < out.length; i++) {
        ScoreDoc d = top.scoreDocs[i];
        out[i] = d.doc;
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index could not be searched", e);
    }
  }

  /**
   * One query token: the token itself, its variants, its phonetic codes, and its trigrams of which
   * at least {@link #MIN_SHARED_GRAMS} must be found in one name (so that sharing {@code ^a} with a
   * token is not enough to be a candidate).
   */
  private static Query tokenQuery(String t) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(boosted(TOKEN, t, TOKEN_BOOST), BooleanClause.Occur.SHOULD);
    for (String v : NameVariants.variants(t)) {
      if (!v.equals(t)) {
        q.add(boosted(TOKEN, v, VARIANT_BOOST), BooleanClause.Occur.SHOULD);
      }
    }
    for (String p : phonetic(t)) {
      q.add(boosted(PHONETIC, p, PHONETIC_BOOST), BooleanClause.Occur.SHOULD);
    }
    List<String> grams = new ArrayList<>(new LinkedHashSet<>(grams(t)));
    BooleanQuery.Builder g = new BooleanQuery.Builder();
    for (String gram : grams) {
      g.add(new TermQuery(new Term(GRAM, gram)), BooleanClause.Occur.SHOULD);
    }
    g.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(grams.size() * MIN_SHARED_GRAMS)));
    q.add(new BoostQuery(g.build(), GRAMS_BOOST / grams.size()), BooleanClause.Occur.SHOULD);
    return q.build();
  }

  private static Query boosted(String field, String term, float boost) {
    return new BoostQuery(new TermQuery(new Term(field, term)), boost);
  }

  /** The Double Metaphone codes of a token, primary first; none for short tokens. */
  static List<String> phonetic(String token) {
    if (token.length() < MIN_PHONETIC_LENGTH) {
      return List.of();
    }
    String primary = METAPHONE.doubleMetaphone(token, false);
    String alternate = METAPHONE.doubleMetaphone(token, true);
    List<String> out = new ArrayList<>(2);
    if (primary != null && !primary.isEmpty()) {
      out.add(primary);
    }
    if (alternate != null && !alternate.isEmpty() && !alternate.equals(primary)) {
      out.add(alternate);
    }
    return out;
  }

  /** The padded trigrams of a token's spelling key. */
  static List<String> grams(String token) {
    return NameIndex.trigrams(TokenSimilarity.key(token));
  }

  private static FieldType termsOnly() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.setStored(false);
    type.freeze();
    return type;
  }

  private static DoubleMetaphone metaphone() {
    DoubleMetaphone m = new DoubleMetaphone();
    m.setMaxCodeLen(PHONETIC_CODE_LENGTH);
    return m;
  }
}
