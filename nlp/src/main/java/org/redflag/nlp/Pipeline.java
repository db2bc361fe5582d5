package org.redflag.nlp;

import java.util.List;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;

/**
 * The {@link TextAnalyzer}: normalize, annotate, find mentions (gazetteer + NER), merge them,
 * resolve them into entities, and extract dates. Stateless apart from the loaded models, so
 * thread-safe.
 */
final class Pipeline implements TextAnalyzer {

  private final CoreNlpAdapter corenlp;
  private final Gazetteer gazetteer;
  private final NerMentions ner = new NerMentions();
  private final MentionMerger merger = new MentionMerger();
  private final EntityResolver resolver;
  private final DateExtractor dates = new DateExtractor();

  Pipeline(CoreNlpAdapter corenlp, ActorTable actors) {
    this.corenlp = corenlp;
    this.gazetteer = new Gazetteer(actors);
    this.resolver = new EntityResolver(actors);
  }

  @Override
  public Analysis analyze(Document doc) {
    Annotated annotated = annotate(doc);
    List<Candidate> candidates = merger.merge(gazetteer.find(annotated), ner.find(annotated));
    List<Entity> entities = resolver.resolve(annotated, candidates);
    List<DateMention> found = dates.find(annotated);
    return new Analysis(entities, found);
  }

  Annotated annotate(Document doc) {
    return corenlp.annotate(doc.body(), TextNormalizer.normalize(doc.body()), doc.date());
  }
}
