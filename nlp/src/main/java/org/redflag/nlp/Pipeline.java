package org.redflag.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.Event;

/**
 * The {@link TextAnalyzer}: normalize, annotate, find mentions (actor table, listed names, NER),
 * merge them, resolve them into entities, extract dates, then read each sentence's source and
 * certainty and each actor's role. Stateless apart from the loaded models, so thread-safe.
 */
final class Pipeline implements TextAnalyzer {

  private final CoreNlpAdapter corenlp;
  private final Gazetteer gazetteer;
  private final ListedNames listed;
  private final NerMentions ner = new NerMentions();
  private final MentionMerger merger = new MentionMerger();
  private final EntityResolver resolver;
  private final PronounResolver pronouns = new PronounResolver();
  private final DateExtractor dates = new DateExtractor();
  private final AttributionFinder attribution = new AttributionFinder();
  private final CertaintyFinder certainty = new CertaintyFinder();
  private final RoleFinder roles;
  private final DescriptionResolver descriptions;

  Pipeline(CoreNlpAdapter corenlp, ActorTable actors) {
    this(corenlp, actors, new ListedNames(List.of()));
  }

  Pipeline(CoreNlpAdapter corenlp, ActorTable actors, ListedNames listed) {
    this.corenlp = corenlp;
    this.gazetteer = new Gazetteer(actors);
    this.listed = listed;
    this.resolver = new EntityResolver(actors);
    this.roles = new RoleFinder(actors);
    this.descriptions = new DescriptionResolver(actors);
  }

  @Override
  public Analysis analyze(Document doc) {
    LocalDate date = anchor(doc);
    Annotated annotated = corenlp.annotate(doc.body(), TextNormalizer.normalize(doc.body()), date);
    List<Candidate> known = new ArrayList<>(gazetteer.find(annotated));
    known.addAll(listed.find(annotated)); // after the actor table: it wins ties against CoreNLP
    List<Candidate> candidates = merger.merge(known, ner.find(annotated));
    List<Entity> entities = pronouns.resolve(annotated, resolver.resolve(annotated, candidates));
    List<DateMention> found = dates.find(annotated, date);
    List<ActorProfile> profiles =
        roles.find(annotated, entities, new MentionIndex(annotated, entities));
    entities = descriptions.resolve(annotated, entities, profiles);
    MentionIndex index = new MentionIndex(annotated, entities);
    return new Analysis(
        entities, found, read(annotated, index), profiles, parses(annotated, index));
  }

  private static List<ParsedSentence> parses(Annotated doc, MentionIndex index) {
    List<ParsedSentence> out = new ArrayList<>();
    for (Annotated.Sentence s : doc.sentences()) {
      List<ParsedSentence.Word> words = new ArrayList<>();
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Annotated.Token t = doc.tokens().get(i);
        MentionIndex.Located at = index.at(i);
        words.add(
            new ParsedSentence.Word(
                i - s.firstToken(),
                doc.body().substring(t.start(), t.end()),
                t.start(),
                t.end(),
                t.lemma(),
                t.pos(),
                t.ner(),
                at == null ? null : at.entity().id()));
      }
      Annotated.Parse parse = doc.parse(s.index());
      out.add(
          new ParsedSentence(
              s.index(),
              new Event.Span(doc.body().substring(s.start(), s.end()), s.start(), s.end()),
              words,
              local(parse.basic(), s.firstToken()),
              local(parse.enhanced(), s.firstToken())));
    }
    return out;
  }

  private static List<ParsedSentence.Arc> local(List<Annotated.Arc> arcs, int first) {
    List<ParsedSentence.Arc> out = new ArrayList<>(arcs.size());
    for (Annotated.Arc a : arcs) {
      out.add(
          new ParsedSentence.Arc(
              a.governor() < 0 ? -1 : a.governor() - first, a.dependent() - first, a.relation()));
    }
    return out;
  }

  private List<SentenceReport> read(Annotated doc, MentionIndex index) {
    List<AttributionFinder.Attribution> sources = attribution.find(doc, index);
    List<CertaintyFinder.Certainty> levels = certainty.find(doc, sources);
    List<SentenceReport> out = new ArrayList<>();
    for (Annotated.Sentence s : doc.sentences()) {
      AttributionFinder.Attribution a = sources.get(s.index());
      CertaintyFinder.Certainty c = levels.get(s.index());
      out.add(
          new SentenceReport(
              new Event.Span(doc.body().substring(s.start(), s.end()), s.start(), s.end()),
              a.source(),
              a.cue(),
              a.carried(),
              c.level(),
              c.cue()));
    }
    return out;
  }

  /** The document date, else the date of its dateline (see {@link DocumentDate}), else null. */
  private static @Nullable LocalDate anchor(Document doc) {
    return doc.date() != null ? doc.date() : DocumentDate.find(doc.body());
  }
}
