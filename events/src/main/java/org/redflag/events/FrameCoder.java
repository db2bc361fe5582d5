package org.redflag.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redflag.model.DateMention;
import org.redflag.model.Document;
import org.redflag.model.Entity;
import org.redflag.model.EntityType;
import org.redflag.model.Event;
import org.redflag.nlp.Analysis;
import org.redflag.nlp.ParsedSentence;
import org.redflag.nlp.SentenceReport;

/**
 * The {@link EventCoder}: for every word whose lemma is in the {@link Dictionary}, reads its frame
 * in the enhanced++ parse (subjects, objects, obliques, passive agent; conjuncts are already
 * propagated by enhanced++, which gives compound actors), resolves the argument words to entities,
 * and adds date, location, certainty, source, goods and route.
 *
 * <p>Implementation notes. Participles that modify a noun ("the possibility of supplying lethal
 * weapons") take the noun as their object and inherit the subject of the nearest clause above them.
 * Light verbs ("hold talks", "launch an attack") take their type from the noun. Certainty starts
 * from {@link ParsedSentence#factuality} of the predicate; a plain event under the sentence's own
 * certainty cue ("may be involved", "It is expected that") takes the sentence's level, so reported
 * speech is never upgraded to fact; an event dated after the document is at most expected. The
 * source is the subject of a communication verb above the predicate ("Burns announced that ..."),
 * else the sentence's source. Duplicates (same type, mode, parties and certainty) keep the first
 * mention, or the first one with a date.
 */
final class FrameCoder implements EventCoder {

  static final Set<String> COMMUNICATION =
      Set.of(
          "say",
          "announce",
          "suggest",
          "report",
          "claim",
          "state",
          "tell",
          "note",
          "mention",
          "add",
          "write",
          "argue",
          "believe",
          "confirm",
          "reveal",
          "assert",
          "insist",
          "allege",
          "indicate",
          "think",
          "estimate",
          "assess",
          "conclude",
          "recall",
          "declare",
          "explain",
          "stress");

  /** CAMEO 128, defy norms or law: circumventing, evading or breaking sanctions. */
  private static final String DEFY = "128";

  private static final Set<String> LIGHT =
      Set.of(
          "hold",
          "have",
          "conduct",
          "launch",
          "stage",
          "make",
          "pay",
          "carry",
          "begin",
          "start",
          "organize",
          "organise",
          "declare",
          "open",
          "issue");
  private static final Set<String> FUTURE_GOVERNORS =
      Set.of("announce", "plan", "schedule", "prepare", "intend", "expect", "propose", "promise");
  private static final List<String> EXPECTING =
      List.of(
          "plan", "expect", "schedul", "intend", "prepar", "agree", "decid", "promis", "pledg",
          "vow", "order");

  /** Transfers told from the receiving side: the subject is the recipient. */
  private static final Set<String> PURCHASES =
      Set.of("import", "buy", "purchase", "procure", "acquire");

  private static final Set<String> TRANSFERS =
      Set.of(
          "supply",
          "provide",
          "send",
          "deliver",
          "delivery",
          "transfer",
          "ship",
          "shipment",
          "export",
          "re-export",
          "reexport",
          "funnel",
          "route",
          "sell",
          "sale",
          "smuggle",
          "transship",
          "tranship",
          "donate",
          "aid",
          "assistance");

  /**
   * Words above a participle that make it a mere possibility ("considering the possibility of").
   */
  private static final Set<String> POTENTIAL =
      Set.of("consider", "possibility", "possible", "option", "prospect", "risk", "threat");

  private static final Set<String> COOPERATIVE =
      Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT");
  private static final Set<String> CONFLICTUAL =
      Set.of("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /**
   * Not events: courtesies ("offered his condolences", "sent a message"), "declined to comment",
   * denials of an accusation (a statement, not a rejection of a request); "seized on" (exploited).
   */
  private static final Set<String> COURTESIES =
      Set.of(
          "condolence",
          "sympathy",
          "respect",
          "greeting",
          "congratulation",
          "message",
          "letter",
          "statement",
          "thanks",
          "regret",
          "wish",
          "tribute");

  private static final Set<String> NO_COMMENT =
      Set.of(
          "comment",
          "confirm",
          "say",
          "answer",
          "elaborate",
          "disclose",
          "specify",
          "discuss",
          "identify",
          "name",
          "respond",
          "speak");
  private static final Set<String> DENIALS =
      Set.of("accusation", "allegation", "claim", "report", "charge", "criticism", "rumor");

  /** Verbs whose subject performs the event their object names ("announced a ceasefire"). */
  private static final Set<String> PERFORMERS =
      Set.of(
          "announce",
          "declare",
          "sign",
          "conclude",
          "reach",
          "approve",
          "begin",
          "order",
          "resume",
          "continue",
          "intensify",
          "renew",
          "offer",
          "lodge",
          "file",
          "join",
          "stage",
          "launch",
          "hold",
          "conduct",
          "carry",
          "make",
          "pay",
          "impose",
          "end",
          "extend");

  private static final Set<String> FUTURE = Set.of("will", "would", "'ll", "wo", "shall");

  /** Governors that make a complement a commitment ("is willing to withdraw"). */
  private static final List<String> COMMITTING =
      List.of("willing", "ready", "prepar", "commit", "offer", "promis", "pledg", "vow", "agree");

  /** Types whose complement clause is part of the act ("threatened to", "demanded that"). */
  private static final Set<String> ACTS =
      Set.of("AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE");

  /** Prepositions before a speech act's gerund: "accused X of supplying", "warned X against". */
  private static final Set<String> GERUND_CASES = Set.of("of", "against", "for", "from");

  /** Types whose "from" names the party left or cut off ("withdrew its troops from Moldova"). */
  private static final Set<String> DEPARTURES = Set.of("SANCTION", "RETREAT");

  /**
   * Types whose unnamed object is what moves in a military context, not a recipient ("mobilized
   * army reservists").
   */
  private static final Set<String> MOVERS = Set.of("RETREAT", "MOBILIZE");

  /** Types whose "for" names an aim that may point to the recipient. */
  private static final Set<String> AIMED = Set.of("MOBILIZE", "REQUEST");

  /** Nouns that stand for their members ("a group of Moroccan diplomats"). */
  private static final Set<String> COLLECTIVES =
      Set.of(
          "group",
          "number",
          "delegation",
          "team",
          "member",
          "thousand",
          "hundred",
          "dozen",
          "score",
          "million",
          "majority",
          "crowd",
          "band",
          "handful",
          "contingent");

  private static final Set<String> PARTY_TYPES = Set.of("AGREE", "CONSULT", "COOPERATE", "SUPPORT");

  private final Dictionary dictionary;
  private final Goods goods;
  private final @Nullable SentenceTyper typer;
  private final Lexicon lexicon;

  /**
   * @param typer the learned models, asked about every sentence: they code sentences in which the
   *     dictionary codes nothing and retype its main event when sure; null to code from the
   *     dictionary alone
   * @param lexicon tells which common nouns name people or their groups, and so can be parties
   */
  FrameCoder(Dictionary dictionary, Goods goods, @Nullable SentenceTyper typer, Lexicon lexicon) {
    this.dictionary = dictionary;
    this.goods = goods;
    this.typer = typer;
    this.lexicon = lexicon;
  }

  /**
   * An event before ids are assigned.
   *
   * @param acted whether it has an actor
   * @param parties whether it has both an actor and a recipient (the main event of a sentence is
   *     the first such, else the first)
   */
  private record Draft(
      Event.Builder builder,
      String key,
      boolean dated,
      int sentence,
      int depth,
      int start,
      String type,
      int predicate,
      boolean nominal,
      boolean acted,
      boolean parties) {}

  @Override
  public Coded code(Document doc, Analysis analysis) {
    Groups groups = new Groups(analysis.entities(), lexicon::agent);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<ParsedSentence> parses = analysis.parses();
    for (int i = 0; i < parses.size(); i++) {
      ParsedSentence s = parses.get(i);
      SentenceReport report = i < analysis.sentences().size() ? analysis.sentences().get(i) : null;
      Reader r = new Reader(s, report, groups, analysis.dates(), doc.date());
      for (Draft d : r.read()) {
        Draft kept = drafts.get(d.key());
        if (kept == null || !kept.dated() && d.dated()) {
          drafts.put(d.key(), d);
        }
      }
    }
    List<Draft> ordered = new ArrayList<>(drafts.values());
    ordered.sort(
        java.util.Comparator.comparingInt(Draft::sentence)
            .thenComparingInt(Draft::depth)
            .thenComparingInt(Draft::start));
    List<Event> numbered = new ArrayList<>();
    for (Draft d : ordered) {
      numbered.add(d.builder().build().withId("v" + (numbered.size() + 1)));
    }
    Set<String> used = new HashSet<>();
    for (Event e : numbered) {
      used.addAll(e.actor());
      used.addAll(e.recipient());
      used.addAll(e.route());
      used.add(e.source());
      if (e.location() != null) {
        used.add(e.location());
      }
    }
    List<Entity> entities = new ArrayList<>(analysis.entities());
    groups.all().stream()
        .skip(analysis.entities().size())
        .filter(e -> used.contains(e.id()))
        .forEach(entities::add);
    return new Coded(entities, numbered);
  }

  /** Reads the events of one sentence. */
  private final class Reader {
    private final ParsedSentence s;
    private final @Nullable SentenceReport report;
    private final Groups groups;
    private final List<DateMention> dates;
    private final @Nullable LocalDate documentDate;
    private final int[] head;
    private final String[] rel;
    private final Set<Integer> consumed = new HashSet<>();

    Reader(
        ParsedSentence s,
        @Nullable SentenceReport report,
        Groups groups,
        List<DateMention> dates,
        @Nullable LocalDate documentDate) {
      this.s = s;
      this.report = report;
      this.groups = groups;
      this.dates = dates;
      this.documentDate = documentDate;
      int n = s.words().size();
      head = new int[n];
      rel = new String[n];
      java.util.Arrays.fill(head, -1);
      java.util.Arrays.fill(rel, "dep");
      for (ParsedSentence.Arc a : s.basic()) {
        head[a.dependent()] = a.governor();
        rel[a.dependent()] = a.relation();
      }
    }

    List<Draft> read() {
      List<Draft> out = new ArrayList<>();
      for (boolean nouns : new boolean[] {false, true}) {
        for (ParsedSentence.Word w : s.words()) {
          if (consumed.contains(w.index()) || w.pos().startsWith("NN") != nouns) {
            continue;
          }
          Draft d = nouns ? nominal(w.index(), null) : verbal(w.index(), null);
          if (d != null) {
            out.add(d);
          }
        }
      }
      if (typer == null) {
        return out;
      }
      Draft main = null;
      List<Draft> ranked = new ArrayList<>(out);
      ranked.sort(java.util.Comparator.comparingInt(Draft::depth).thenComparingInt(Draft::start));
      for (Draft d : ranked) {
        if (main == null || d.parties() && !main.parties()) {
          main = d;
        }
      }
      SentenceTyper.Guess g = typer.guess(s, main == null ? null : main.type());
      if (g == null) {
        return out;
      }
      if (main == null) {
        // Without a dictionary entry the models' word is weaker evidence: such an event needs an
        // actor, not only a recipient.
        Draft d = consumed.contains(g.predicate()) ? null : learned(g.predicate(), g.type(), false);
        if (d != null && d.acted()) {
          out.add(d);
        }
      } else if (g.replaces() && !confirmed(main, out)) {
        // The models read the sentence as another kind of act ("returned to Geneva for talks"
        // is not a retreat): the main predicate is coded with their type, unless a second word
        // of the dictionary agrees with it ("arrived ... on an official visit").
        Draft d = learned(main.predicate(), g.type(), main.nominal());
        if (d != null) {
          out.set(out.indexOf(main), d);
        }
      }
      return out;
    }

    /** Whether another word of the sentence is a dictionary event of {@code main}'s type. */
    private boolean confirmed(Draft main, List<Draft> drafts) {
      for (Draft d : drafts) {
        if (d != main && d.type().equals(main.type())) {
          return true;
        }
      }
      for (ParsedSentence.Word w : s.words()) {
        Dictionary.Entry e =
            w.index() == main.predicate() ? null : dictionary.find(lemma(w.index()), w.pos());
        if (e != null && e.type().equals(main.type())) {
          return true;
        }
      }
      return false;
    }

    /** The event of predicate {@code p} with a type the models chose, its root CAMEO code. */
    private @Nullable Draft learned(int p, String type, boolean nominal) {
      Dictionary.Entry entry =
          new Dictionary.Entry(
              lemma(p),
              nominal,
              type,
              null,
              List.of(),
              SentenceTyper.ROOT_CAMEO.get(type),
              Set.of(),
              true);
      return nominal ? nominal(p, entry) : verbal(p, entry);
    }

    private String lemma(int w) {
      return s.words().get(w).lemma().toLowerCase(Locale.ROOT);
    }

    private List<ParsedSentence.Arc> deps(int w) {
      return s.dependents(w);
    }

    /**
     * The event of verb {@code p}: from its dictionary entry, or from {@code learned} (the typer's
     * guess) when given.
     */
    private @Nullable Draft verbal(int p, Dictionary.@Nullable Entry learned) {
      ParsedSentence.Word w = s.words().get(p);
      if (!w.pos().startsWith("VB")) {
        return null;
      }
      Dictionary.Entry entry = learned != null ? learned : dictionary.find(lemma(p), w.pos());
      for (ParsedSentence.Arc a : deps(p)) {
        if (a.relation().equals("compound:prt")
            || a.relation().equals("obj")
            || a.relation().startsWith("obl:")) {
          Dictionary.Entry two = dictionary.find(lemma(p) + " " + lemma(a.dependent()), w.pos());
          if (two != null) {
            // "lift the embargo" is one act: the embargo is not coded again as a sanction.
            entry = two;
            consumed.add(a.dependent());
          }
        }
      }
      if (entry != null && absorbed(p)) {
        return null;
      }
      int frameNoun = -1;
      if (LIGHT.contains(lemma(p))) {
        for (ParsedSentence.Arc a : deps(p)) {
          if (a.relation().equals("obj")) {
            Dictionary.Entry noun = dictionary.find(lemma(a.dependent()), "NN");
            if (noun != null) {
              entry = noun;
              frameNoun = a.dependent();
              consumed.add(frameNoun);
            }
          }
        }
      }
      if (entry == null || !needsMet(entry, p) || idiom(p)) {
        return null;
      }
      for (ParsedSentence.Arc a : deps(p)) {
        if (a.relation().equals("obj") && entry.needs().contains(lemma(a.dependent()))) {
          consumed.add(a.dependent()); // "imposed sanctions" is one sanction, not a second one
        }
      }
      Frame f = new Frame(entry, p);
      boolean passive = false;
      for (ParsedSentence.Arc a : deps(p)) {
        passive |= a.relation().equals("nsubj:pass") || a.relation().equals("aux:pass");
      }
      int modified = modified(p);
      boolean modifier = modified >= 0;
      passive |= modifier && w.pos().equals("VBN");
      boolean clausal = modifier && !rel[p].startsWith("amod") && w.pos().equals("VBG");
      List<Integer> chain = new ArrayList<>();
      chain.add(p);
      if (frameNoun >= 0) {
        chain.add(frameNoun);
      }
      for (int c : chain) {
        for (ParsedSentence.Arc a : deps(c)) {
          f.argument(a, passive);
        }
      }
      if (clausal) {
        f.actors.addAll(resolve(modified));
      } else if (modifier) {
        f.object(modified);
      }
      if (f.actors.isEmpty() && !passive && !f.purchase) {
        // a buyer is never guessed from the clause above ("allowing them to continue importing")
        inheritActor(p, f);
      }
      if (f.actors.isEmpty() && pronounSubject(p)) {
        // "Iraqi militia groups said they will return weapons": they = the speaker.
        String speaker = f.speaker();
        if (speaker != null) {
          f.actors.add(speaker);
        }
      }
      if (ACTS.contains(entry.type()) && !entry.cameo().equals(DEFY)) {
        // defying a law is no speech act: "circumvent the sanctions imposed on Russia" (parsed
        // with "imposed" as a complement) is not aimed at Russia
        complementParties(p, f);
      }
      return f.finish(false);
    }

    private @Nullable Draft nominal(int p, Dictionary.@Nullable Entry learned) {
      ParsedSentence.Word w = s.words().get(p);
      Dictionary.Entry entry = learned != null ? learned : dictionary.find(lemma(p), w.pos());
      if (entry == null || !needsMet(entry, p)) {
        return null;
      }
      Frame f = new Frame(entry, p);
      for (ParsedSentence.Arc a : deps(p)) {
        String r = a.relation();
        int d = a.dependent();
        switch (r) {
          case "nmod:poss", "nmod:by", "nmod:agent", "nmod:between" -> f.actors.addAll(resolve(d));
          case "compound", "amod" -> {
            ParsedSentence.Word m = s.words().get(d);
            if (m.entity() != null && d < p) {
              f.actors.add(m.entity());
            } else if (f.transfer) {
              f.goodsFrom(d);
            }
          }
          case "nmod:to", "nmod:with", "nmod:against", "nmod:on" ->
              f.recipients.addAll(partyOrPointedTo(d));
          case "nmod:of" -> f.object(d);
          case "nmod:through", "nmod:via" -> f.intermediaries.addAll(resolve(d));
          default -> {}
        }
      }
      if (f.actors.isEmpty() && rel[p].equals("obj") && PERFORMERS.contains(lemma(head[p]))) {
        // "Turkey and Russia announced a ceasefire": the subject performs the nominal event.
        for (ParsedSentence.Arc a : deps(head[p])) {
          if (a.relation().equals("nsubj") || a.relation().equals("nsubj:xsubj")) {
            f.actors.addAll(resolve(a.dependent()));
          }
        }
      }
      return f.finish(true);
    }

    private boolean pronounSubject(int p) {
      for (ParsedSentence.Arc a : deps(p)) {
        if (a.relation().startsWith("nsubj")
            && s.words().get(a.dependent()).pos().startsWith("PRP")
            && s.words().get(a.dependent()).entity() == null) {
          return true;
        }
      }
      return false;
    }

    /** Depth of a word in the basic tree (the root is 0). */
    private int depth(int w) {
      int d = 0;
      for (int c = w; head[c] >= 0 && d < head.length; c = head[c]) {
        d++;
      }
      return d;
    }

    /**
     * Whether the complement at {@code p} belongs to a governing speech act in the dictionary
     * ("threatened to ban", "demanded that the US cancel", "offered to negotiate"): PLOVER codes
     * the act, which takes the complement's parties.
     */
    private boolean absorbed(int p) {
      int h = head[p];
      int governor;
      if (h >= 0 && (rel[p].equals("xcomp") || rel[p].equals("ccomp"))) {
        governor = h;
      } else if (h >= 0
          && rel[p].equals("amod")
          && s.words().get(p).pos().equals("VBG")
          && rel[h].startsWith("obl")
          && deps(h).stream()
              .anyMatch(
                  a ->
                      a.relation().equals("case") && GERUND_CASES.contains(lemma(a.dependent())))) {
        // "accused Beijing of supplying Moscow", "warned the West against sending tanks", with the
        // gerund parsed as an adjective of its object: the content of the speech act
        governor = head[h];
      } else {
        return false;
      }
      Dictionary.Entry e =
          governor < 0 ? null : dictionary.find(lemma(governor), s.words().get(governor).pos());
      return e != null && ACTS.contains(e.type());
    }

    /** A speech act's recipients from its complement: the other subject, else its recipients. */
    private void complementParties(int p, Frame f) {
      for (ParsedSentence.Arc a : deps(p)) {
        if (!a.relation().equals("xcomp") && !a.relation().equals("ccomp")) {
          continue;
        }
        int c = a.dependent();
        for (ParsedSentence.Arc b : deps(c)) {
          String r = b.relation();
          if (a.relation().equals("ccomp") && (r.equals("nsubj") || r.equals("nsubj:pass"))) {
            f.recipients.addAll(resolve(b.dependent()));
          } else if (r.equals("obj") || r.equals("iobj") || r.startsWith("obl:")) {
            if (!dated(b.dependent())) {
              List<String> ids = resolve(b.dependent());
              if (ids.isEmpty() && r.equals("obj")) {
                // "threatened to break relations with Russia"
                ids = pointedTo(b.dependent());
              }
              Entity e = ids.isEmpty() ? null : groups.entity(ids.get(0));
              if (e != null
                  && e.mentions().stream().noneMatch(m -> m.detector().equals("events"))) {
                f.recipients.addAll(ids);
              }
            }
          }
        }
      }
    }

    /**
     * A threat's recipient from its condition: the subject of an "unless" or "if" clause under the
     * threat or its complements ("threatened to launch an offensive unless Baghdad accepted").
     */
    private void conditionParties(int p, Frame f, int depth) {
      for (ParsedSentence.Arc a : deps(p)) {
        String r = a.relation();
        if (r.equals("advcl:unless") || r.equals("advcl:if")) {
          for (ParsedSentence.Arc b : deps(a.dependent())) {
            if (b.relation().equals("nsubj")) {
              f.recipients.addAll(resolve(b.dependent()));
            }
          }
        } else if (depth > 1 && (r.equals("xcomp") || r.equals("ccomp"))) {
          conditionParties(a.dependent(), f, depth - 1);
        }
      }
    }

    private boolean needsMet(Dictionary.Entry entry, int p) {
      if (entry.needs().isEmpty()) {
        return true;
      }
      for (ParsedSentence.Arc a : deps(p)) {
        String r = a.relation();
        if (r.contains(":") && entry.needs().contains(r.substring(r.indexOf(':') + 1))) {
          return true;
        }
        if (entry.needs().contains("PERSON") && (r.equals("obj") || r.equals("nsubj:pass"))) {
          for (String id : resolve(a.dependent())) {
            Entity e = groups.entity(id);
            if (e != null && e.type() == EntityType.PERSON) {
              return true;
            }
          }
        }
      }
      for (int d : subtree(p, 6)) {
        // GOODS: "bought Iranian drones", not "bought time"
        if (d != p
            && (entry.needs().contains(lemma(d))
                || entry.needs().contains("GOODS") && goodsCategory(d) != null)
            && !isSubject(d, p)) {
          return true;
        }
      }
      return false;
    }

    /** The goods category of word {@code w}, alone or with the word before it, or null. */
    private @Nullable String goodsCategory(int w) {
      return goods.category(w > 0 ? lemma(w - 1) : null, lemma(w));
    }

    /** "seized on" (exploited) is not a seizure. */
    private boolean idiom(int p) {
      String l = lemma(p);
      for (ParsedSentence.Arc a : deps(p)) {
        String r = a.relation();
        String d = lemma(a.dependent());
        if (l.equals("seize") && r.equals("obl:on")
            || r.equals("obj") && COURTESIES.contains(d)
            || r.equals("xcomp")
                && (l.equals("decline") || l.equals("refuse"))
                && NO_COMMENT.contains(d)
            || r.equals("obj") && (l.equals("reject") || l.equals("deny")) && DENIALS.contains(d)) {
          return true;
        }
      }
      return false;
    }

    private boolean isSubject(int d, int p) {
      for (int c = d; c >= 0 && c != p; c = head[c]) {
        if (head[c] == p && rel[c].startsWith("nsubj")) {
          return true;
        }
      }
      return false;
    }

    private Set<Integer> subtree(int w, int depth) {
      Set<Integer> out = new LinkedHashSet<>();
      if (w < 0) {
        return out;
      }
      out.add(w);
      List<Integer> frontier = List.of(w);
      for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
        List<Integer> next = new ArrayList<>();
        for (int f : frontier) {
          for (ParsedSentence.Arc a : deps(f)) {
            if (!a.relation().equals("ref") && out.add(a.dependent())) {
              next.add(a.dependent());
            }
          }
        }
        frontier = next;
      }
      return out;
    }

    /** The enhanced++ governor of a participle through amod or acl, or -1. */
    private int modified(int p) {
      for (ParsedSentence.Arc a : s.governors(p)) {
        if (a.governor() >= 0
            && (a.relation().startsWith("amod") || a.relation().startsWith("acl"))
            && !a.relation().startsWith("acl:relcl")) {
          return a.governor();
        }
      }
      return -1;
    }

    /** The subject of the nearest clause above a participle or infinitive without one. */
    private void inheritActor(int p, Frame f) {
      int cur = p;
      for (int step = 0; step < 6 && head[cur] >= 0; step++) {
        String r = rel[cur];
        int h = head[cur];
        f.chain.add(h);
        if (r.startsWith("amod") || r.startsWith("acl")) {
          List<String> ids = resolve(h);
          if (!ids.isEmpty()) {
            f.actors.addAll(ids);
            return;
          }
        }
        if (r.startsWith("ccomp") || r.startsWith("parataxis") || r.equals("root")) {
          return;
        }
        for (ParsedSentence.Arc a : deps(h)) {
          if (s.words().get(h).pos().startsWith("NN")
              && (a.relation().equals("nmod:to") || a.relation().equals("nmod:for"))) {
            f.recipients.addAll(resolve(a.dependent()));
          }
        }
        if (s.words().get(h).pos().startsWith("VB")) {
          if (r.equals("xcomp")) {
            for (ParsedSentence.Arc a : deps(h)) {
              if (a.relation().equals("obj") && !resolve(a.dependent()).isEmpty()) {
                // object control: in "allowed eight countries to import oil" the importers are
                // the countries, not the subject of "allowed"
                f.actors.addAll(resolve(a.dependent()));
                return;
              }
            }
          }
          for (ParsedSentence.Arc a : deps(h)) {
            if (a.relation().equals("nsubj") || a.relation().equals("nsubj:xsubj")) {
              f.actors.addAll(resolve(a.dependent()));
            }
          }
          if (!f.actors.isEmpty()) {
            return;
          }
        }
        cur = h;
      }
    }

    /** The entity ids a word stands for: its own, a group's, or a name or owner inside it. */
    private List<String> resolve(int w) {
      ParsedSentence.Word word = s.words().get(w);
      if (word.entity() != null) {
        return List.of(word.entity());
      }
      String group = groups.group(s, w);
      if (group != null) {
        return List.of(group);
      }
      for (int d : subtree(w, 2)) {
        String id = s.words().get(d).entity();
        Entity e = id == null ? null : groups.entity(id);
        if (e != null && e.type() == EntityType.PERSON && !rel[d].startsWith("nmod:poss")) {
          return List.of(id);
        }
      }
      for (ParsedSentence.Arc a : deps(w)) {
        String id = s.words().get(a.dependent()).entity();
        String r = a.relation();
        if (id != null
            && (r.equals("nmod:poss")
                || r.equals("nmod:of")
                || r.equals("nmod:in")
                || r.equals("nmod:from")
                || r.equals("compound")
                || r.equals("amod"))) {
          return withConjuncts(w, a);
        }
      }
      for (ParsedSentence.Arc a : deps(w)) {
        if (a.dependent() < w && (a.relation().equals("compound") || a.relation().equals("amod"))) {
          // "Panamanian army officers", "Pakistan-based groups": a name that modifies the modifier
          for (ParsedSentence.Arc b : deps(a.dependent())) {
            String id = s.words().get(b.dependent()).entity();
            if (id != null && b.dependent() < a.dependent()) {
              return List.of(id);
            }
          }
        }
      }
      if (COLLECTIVES.contains(lemma(w))) {
        // "a group of Moroccan diplomats", "hundreds of Chinese workers": the members
        for (ParsedSentence.Arc a : deps(w)) {
          if (a.relation().equals("nmod:of") && a.dependent() != w) {
            List<String> members = resolve(a.dependent());
            if (!members.isEmpty()) {
              return members;
            }
          }
        }
      }
      String bare = groups.bare(s, w);
      return bare == null ? List.of() : List.of(bare);
    }

    /**
     * The entity of modifier {@code a} of {@code w} and those of its conjuncts that modify {@code
     * w} the same way ("the Turkish and Greek sides": Turkey, Greece).
     */
    private List<String> withConjuncts(int w, ParsedSentence.Arc a) {
      List<String> out = new ArrayList<>();
      out.add(s.words().get(a.dependent()).entity());
      for (ParsedSentence.Arc c : deps(a.dependent())) {
        String id = s.words().get(c.dependent()).entity();
        if (c.relation().startsWith("conj")
            && id != null
            && !out.contains(id)
            && s.governors(c.dependent()).stream()
                .anyMatch(g -> g.governor() == w && g.relation().equals(a.relation()))) {
          out.add(id);
        }
      }
      return out;
    }

    /**
     * The parties word {@code w} stands for, else those it points to ("reneged on his commitment to
     * the Zambian people": Zambia).
     */
    private List<String> partyOrPointedTo(int w) {
      List<String> ids = resolve(w);
      if (!ids.isEmpty() && !ownedByPronoun(w, ids)) {
        return ids;
      }
      List<String> to = pointedTo(w, false, 0);
      return to.isEmpty() ? ids : to;
    }

    /** Whether {@code ids} name only the owner of {@code noun} through a pronoun ("his"). */
    private boolean ownedByPronoun(int noun, List<String> ids) {
      for (ParsedSentence.Arc a : deps(noun)) {
        ParsedSentence.Word d = s.words().get(a.dependent());
        if (a.relation().equals("nmod:poss")
            && d.pos().equals("PRP$")
            && ids.equals(List.of(String.valueOf(d.entity())))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Who imposed a measure: "US sanctions", "the EU's embargo", "sanctions imposed by the UN";
     * empty when the text does not say.
     */
    private List<String> imposers(int noun) {
      List<String> out = new ArrayList<>();
      for (ParsedSentence.Arc a : deps(noun)) {
        switch (a.relation()) {
          case "nmod:poss", "amod", "nmod:by" -> out.addAll(resolve(a.dependent()));
          case "compound" -> {
            // "the UK sanctions list", "EU sanctions"; but "Iran sanctions" are on Iran
            for (String id : resolve(a.dependent())) {
              Entity e = groups.entity(id);
              if (lemma(noun).equals("list") || e != null && e.type() != EntityType.COUNTRY) {
                out.add(id);
              }
            }
          }
          case "acl" -> {
            for (ParsedSentence.Arc b : deps(a.dependent())) {
              if (b.relation().equals("obl:agent") || b.relation().equals("obl:by")) {
                out.addAll(resolve(b.dependent()));
              }
            }
          }
          default -> {}
        }
      }
      return out;
    }

    /**
     * The parties a noun that is not one itself points to: "calls by Belarus's rulers" (Belarus),
     * "action against Russia", "contact with the United States", "aid to Mozambique", "the assets
     * of Russia's central bank".
     */
    private List<String> pointedTo(int noun) {
      return pointedTo(noun, true, 0);
    }

    /**
     * @param owners whether "of" points to an owner ("the assets of Russia's central bank"); not
     *     for obliques ("with the knowledge of senior officers")
     * @param depth how many unnamed wholes were passed through ("part of a program for Bosnia")
     */
    private List<String> pointedTo(int noun, boolean owners, int depth) {
      List<String> out = new ArrayList<>();
      for (ParsedSentence.Arc a : deps(noun)) {
        switch (a.relation()) {
          case "nmod:by",
              "nmod:against",
              "nmod:with",
              "nmod:to",
              "nmod:toward",
              "nmod:towards",
              "nmod:on",
              "nmod:for" ->
              out.addAll(resolve(a.dependent()));
          case "nmod:of" -> {
            if (!owners) {
              continue;
            }
            // "the assets of Russia's central bank": the owner's owner; "part of an aid program
            // for Bosnia": what the whole points to
            if (resolve(a.dependent()).isEmpty()) {
              for (ParsedSentence.Arc b : deps(a.dependent())) {
                if (b.relation().equals("nmod:poss")) {
                  out.addAll(resolve(b.dependent()));
                }
              }
              if (out.isEmpty() && depth < 1) {
                out.addAll(pointedTo(a.dependent(), owners, depth + 1));
              }
            } else {
              out.addAll(resolve(a.dependent()));
            }
          }
          default -> {}
        }
      }
      return out;
    }

    /** One predicate's arguments while they are collected. */
    private final class Frame {
      final Dictionary.Entry entry;
      final int p;
      final Set<String> actors = new LinkedHashSet<>();
      final Set<String> recipients = new LinkedHashSet<>();
      final Set<String> intermediaries = new LinkedHashSet<>();
      final Set<String> goodsFound = new LinkedHashSet<>();
      final Set<String> origins = new LinkedHashSet<>();
      final List<Integer> chain = new ArrayList<>();
      final Set<String> sellers = new LinkedHashSet<>();
      final boolean transfer;
      final boolean purchase;

      Frame(Dictionary.Entry entry, int p) {
        this.entry = entry;
        this.p = p;
        this.purchase = PURCHASES.contains(entry.lemma());
        this.transfer = purchase || TRANSFERS.contains(entry.lemma());
      }

      void argument(ParsedSentence.Arc a, boolean passive) {
        String r = a.relation();
        int d = a.dependent();
        if (r.startsWith("obl:") && consumed.contains(d) && type().equals("SANCTION")) {
          measure(d);
        } else if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
          if (!passive) {
            actors.addAll(resolve(d));
          }
        } else if (r.equals("obl:agent")) {
          actors.addAll(resolve(d));
        } else if (r.equals("nsubj:pass") || r.equals("obj")) {
          object(d);
        } else if (r.equals("iobj")) {
          recipients.addAll(resolve(d));
        } else if (r.equals("obl:through") || r.equals("obl:via")) {
          intermediaries.addAll(resolve(d));
        } else if (r.equals("obl:with") && transfer) {
          goodsFrom(d);
        } else if (r.equals("obl:from") && purchase) {
          sellers.addAll(resolve(d)); // "bought drones from Iran"
        } else if (r.equals("obl:to")
            || (r.equals("obl:from") || r.equals("obl:out_of")) && DEPARTURES.contains(type())
            || r.equals("obl:with")
            || r.equals("obl:against")
            || r.equals("obl:on") && !dated(d)
            || r.equals("obl:at") && type().equals("ASSAULT") && !dated(d)
            || r.equals("obl:in") && entry.cameo().equals("042") && !dated(d)) {
          recipients.addAll(partyOrPointedTo(d));
        } else if (r.equals("obl:for") && AIMED.contains(type())) {
          // "mobilized reservists for a war against Iraq", "called for sanctions against Nigeria"
          recipients.addAll(pointedTo(d, false, 0));
        }
      }

      /**
       * The measure a designation names ("imposed the EU sanctions against Belarus", "hit with
       * sanctions by the US", "placed on the UK sanctions list"): whoever imposed it is the actor
       * when the clause names none, whom it aims at the recipient.
       */
      void measure(int d) {
        List<String> imposers = imposers(d);
        if (actors.isEmpty()) {
          actors.addAll(imposers);
        }
        pointedTo(d).stream().filter(x -> !imposers.contains(x)).forEach(recipients::add);
      }

      void object(int d) {
        List<String> ids = resolve(d);
        if (consumed.contains(d) && type().equals("SANCTION")) {
          // "adopted the EU sanctions against Belarus": the EU imposed them, Belarus receives
          List<String> imposers = imposers(d);
          ids = ids.stream().filter(x -> !imposers.contains(x)).toList();
        }
        if (transfer && goodsCategory(d) != null) {
          // "delivered Iranian oil": the goods, and whose they are is where they come from
          origins.addAll(ids);
          goodsFrom(d);
          return;
        }
        if (ids.isEmpty() && entry.cameo().equals(DEFY)) {
          // "circumvented the sanctions on Russia": Russia is what the sanctions aim at, and
          // gains from the evasion; what is defied is whoever imposed them
          ids = imposers(d);
        } else if (ids.isEmpty()) {
          // "rejected calls by Belarus's rulers", "threatened further action against Russia"
          ids = pointedTo(d);
        }
        if (MOVERS.contains(type()) && entry.context().contains("military") && unnamed(ids)) {
          ids = List.of(); // "withdrew its troops", "mobilized army reservists": what moves
        }
        recipients.addAll(ids);
        if (transfer) {
          goodsFrom(d);
        }
        if (entry.type().equals("SANCTION")) {
          for (int x : subtree(d, 6)) {
            if (x != d && s.governors(x).stream().anyMatch(a -> a.relation().startsWith("conj"))) {
              String g = groups.group(s, x);
              if (g != null) {
                recipients.add(g);
              }
            }
          }
        }
        if (PARTY_TYPES.contains(entry.type())) {
          for (int x : subtree(d, 8)) {
            if (rel[x].equals("nmod") || rel[x].equals("obl")) {
              for (ParsedSentence.Arc a : s.governors(x)) {
                if (a.relation().endsWith(":with")) {
                  recipients.addAll(resolve(x));
                }
              }
            }
          }
        }
      }

      /** Whether {@code ids} are all unnamed groups ("troops", "army reservists"). */
      private boolean unnamed(List<String> ids) {
        for (String id : ids) {
          Entity e = groups.entity(id);
          if (e == null
              || e.country() != null
              || e.mentions().stream().anyMatch(m -> !m.detector().equals("events"))) {
            return false;
          }
        }
        return !ids.isEmpty();
      }

      void goodsFrom(int d) {
        for (int x : subtree(d, 3)) {
          String c = goodsCategory(x);
          if (c != null) {
            goodsFound.add(c);
          }
        }
        // "microchips made in Taiwan", "oil from Iran": where the goods come from
        for (ParsedSentence.Arc a : deps(d)) {
          if (a.relation().equals("nmod:from")) {
            origins.addAll(resolve(a.dependent()));
          } else if (a.relation().equals("acl")) {
            for (ParsedSentence.Arc b : deps(a.dependent())) {
              if (b.relation().equals("obl:in") || b.relation().equals("obl:from")) {
                origins.addAll(resolve(b.dependent()));
              }
            }
          }
        }
      }

      private String type() {
        return entry.type();
      }

      @Nullable Draft finish(boolean nominal) {
        if (purchase) {
          // goods go from seller to buyer: "Russia bought drones from Iran" is Iran -> Russia
          // ("Moscow buys Iranian drones": with no seller named, the goods' country supplies them)
          recipients.addAll(actors);
          actors.clear();
          actors.addAll(sellers.isEmpty() ? origins : sellers);
        }
        recipients.removeAll(actors);
        if (transfer) {
          recipients.removeAll(origins); // "drones from Iran were shipped to Russia"
        }
        if (actors.isEmpty() && (recipients.isEmpty() || nominal && !type().equals("SANCTION"))) {
          return null;
        }
        for (ParsedSentence.Arc a : s.governors(p)) {
          if (nominal && (a.relation().endsWith(":through") || a.relation().endsWith(":via"))) {
            return null; // "through the mediation of Belarus" marks a route, not an event
          }
        }
        DateMention date = date(nominal);
        String source = source();
        String[] certainty = certainty(nominal, date);
        String type = entry.type();
        String mode = entry.mode();
        String cameo = entry.cameo();
        if (!nominal
            && !source.equals(Event.AUTHOR)
            && !actors.contains(source)
            && certainty[1] != null
            && (certainty[1].equals("must") || certainty[1].equals("should"))
            && source.equals(speaker())) {
          // "Russia said Sudan must return the helicopter": a demand by the speaker.
          recipients.clear();
          recipients.addAll(actors);
          actors.clear();
          actors.add(source);
          type = "REQUEST";
          mode = null;
          cameo = "100";
          certainty = new String[] {"fact", null};
        } else if (!nominal
            && certainty[1] != null
            && FUTURE.contains(certainty[1])
            && !type.equals("AGREE")
            && (COOPERATIVE.contains(type) || CONFLICTUAL.contains(type))
            && reported()) {
          // "The UN will provide food aid, the WFP said": a reported intent (AGREE or THREATEN).
          boolean cooperative = COOPERATIVE.contains(type);
          type = cooperative ? "AGREE" : "THREATEN";
          mode = null;
          cameo = cooperative ? "030" : "130";
          certainty = new String[] {"fact", null};
        } else if (!nominal && committed() && COOPERATIVE.contains(type) && !type.equals("AGREE")) {
          // "Syria is willing to withdraw its troops": a commitment, AGREE.
          type = "AGREE";
          mode = null;
          cameo = "030";
          certainty = new String[] {"fact", null};
        } else if (certainty[0].equals("denied") && COOPERATIVE.contains(type)) {
          // "refused to meet", "will not accept": PLOVER codes the refusal, which did happen.
          type = "REJECT";
          mode = null;
          cameo = "120";
          certainty = new String[] {"fact", null};
        } else if (!nominal
            && actors.contains(source)
            && (certainty[0].equals("expected") || certainty[0].equals("speculative"))) {
          // "X said it would release / boycott": the statement is the event (an intent).
          if (COOPERATIVE.contains(type) && !type.equals("AGREE")) {
            type = "AGREE";
            mode = null;
            cameo = "030";
          } else if (CONFLICTUAL.contains(type)) {
            type = "THREATEN";
            mode = null;
            cameo = "130";
          }
        }
        if (type.equals("THREATEN") && recipients.isEmpty()) {
          conditionParties(p, this, 3);
          recipients.removeAll(actors);
        }
        Event.Span evidence = report != null ? report.sentence() : s.span();
        Event.Builder b =
            Event.builder("v0", type, evidence)
                .mode(mode)
                .cameo(cameo)
                .coder(entry.learned() ? "model" : "dictionary");
        entry.context().forEach(b::context);
        if (goodsFound.stream().anyMatch(Goods::military)) {
          b.context("military");
          if (cameo.equals("070")) {
            b.cameo("072");
          }
        }
        actors.forEach(b::actor);
        recipients.forEach(b::recipient);
        goodsFound.forEach(b::goods);
        // the origin: who sends the goods, else where they come from ("transshipped through Hong
        // Kong", passive, with "microchips made in Taiwan")
        String origin =
            !actors.isEmpty()
                ? actors.iterator().next()
                : intermediaries.isEmpty() || origins.isEmpty() ? null : origins.iterator().next();
        // a refused, demanded or intended transfer ("Iran denied supplying Russia with drones") is
        // coded as that act: goods yes, but no route the goods took
        if (transfer && type.equals(entry.type()) && origin != null && !recipients.isEmpty()) {
          List<String> route = new ArrayList<>();
          route.add(origin);
          intermediaries.stream().filter(x -> !route.contains(x)).forEach(route::add);
          String destination = recipients.iterator().next();
          if (!route.contains(destination)) {
            route.add(destination);
          }
          b.route(route);
        }
        b.date(date == null ? null : date.value());
        b.location(location());
        b.source(source);
        b.certainty(certainty[0], certainty[1]);
        String key =
            String.join(
                "|",
                type,
                String.valueOf(mode),
                actors.toString(),
                recipients.toString(),
                certainty[0],
                goodsFound.toString(),
                intermediaries.toString());
        return new Draft(
            b,
            key,
            date != null,
            s.index(),
            depth(p),
            s.words().get(p).start(),
            type,
            p,
            nominal,
            !actors.isEmpty(),
            !actors.isEmpty() && !recipients.isEmpty());
      }

      private @Nullable DateMention date(boolean nominal) {
        List<ParsedSentence.Arc> arcs = new ArrayList<>(deps(p));
        if (nominal && head[p] >= 0 && rel[p].equals("obj")) {
          for (ParsedSentence.Arc a : deps(head[p])) {
            String r = a.relation();
            if (r.startsWith("obl:") && !r.equals("obl:on") && !r.equals("obl:tmod")) {
              arcs.add(a);
            }
          }
        }
        for (ParsedSentence.Arc a : arcs) {
          String r = a.relation();
          if ((r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod"))
              && !r.contains("according")) {
            DateMention m = dateIn(a.dependent());
            if (m != null) {
              return m;
            }
          }
        }
        return null;
      }

      private @Nullable String location() {
        for (ParsedSentence.Arc a : deps(p)) {
          String r = a.relation();
          if ((r.equals("obl:in") || r.equals("obl:at") || r.equals("nmod:in"))
              && !dated(a.dependent())) {
            for (String id : resolve(a.dependent())) {
              Entity e = groups.entity(id);
              if (e != null
                  && (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)) {
                return id;
              }
            }
          }
        }
        return null;
      }

      /** Whether a communication verb governs the predicate ("..., officials said"). */
      private boolean reported() {
        for (int c = head[p], step = 0; c >= 0 && step < 8; c = head[c], step++) {
          if (COMMUNICATION.contains(lemma(c)) && s.words().get(c).pos().startsWith("VB")) {
            return true;
          }
        }
        for (ParsedSentence.Arc a : s.basic()) {
          if (a.governor() == p
              && a.relation().equals("parataxis")
              && COMMUNICATION.contains(lemma(a.dependent()))) {
            return true;
          }
        }
        return false;
      }

      /** Whether the predicate is the complement of a commitment (willing, ready, offered ...). */
      private boolean committed() {
        int h = head[p];
        if (h < 0 || !(rel[p].equals("xcomp") || rel[p].equals("ccomp"))) {
          return false;
        }
        String g = lemma(h);
        return COMMITTING.stream().anyMatch(g::startsWith);
      }

      /**
       * Whether the sentence's attribution already resolved this speaker ("analysts suggested" ->
       * the report named before): its source is kept.
       */
      private boolean namedByReport(int speaker) {
        if (report == null || report.sourceCue() == null || report.source().equals(Event.AUTHOR)) {
          return false;
        }
        ParsedSentence.Word w = s.words().get(speaker);
        return w.start() < report.sourceCue().end() && report.sourceCue().start() < w.end();
      }

      /** The entity named as the subject of a communication verb above the predicate, or null. */
      private @Nullable String speaker() {
        int cur = p;
        for (int step = 0; step < 8 && head[cur] >= 0; step++) {
          int h = head[cur];
          if (COMMUNICATION.contains(lemma(h)) && s.words().get(h).pos().startsWith("VB")) {
            for (ParsedSentence.Arc a : deps(h)) {
              if (a.relation().equals("nsubj")) {
                if (namedByReport(a.dependent())) {
                  return report.source();
                }
                List<String> ids = resolve(a.dependent());
                return ids.isEmpty() ? null : ids.get(0);
              }
            }
            return null;
          }
          cur = h;
        }
        return null;
      }

      /** The speaker above the predicate, else the sentence's source, else the author. */
      private String source() {
        String speaker = speaker();
        if (speaker != null) {
          return speaker;
        }
        return report == null ? Event.AUTHOR : report.source();
      }

      /** {level, cue}. */
      private String[] certainty(boolean nominal, @Nullable DateMention date) {
        String level = Event.AUTHOR;
        String cue = null;
        if (nominal) {
          level = "fact";
          if (head[p] >= 0 && FUTURE_GOVERNORS.contains(lemma(head[p]))) {
            level = "expected";
            cue = s.words().get(head[p]).text();
          }
        } else {
          ParsedSentence.Factuality f = s.factuality(p);
          level = classify(f.value(), f.rule());
          cue = level.equals("fact") ? null : cueOf(f.rule());
          int below = p;
          for (int c : chain) {
            if (!level.equals("fact") || rel[below].startsWith("advcl")) {
              // an adverbial clause has its own certainty: in "was not consulted before Pompeo
              // announced the summit", the announcement is not denied
              break;
            }
            below = c;
            if (POTENTIAL.contains(lemma(c))) {
              level = "speculative";
              cue = s.words().get(c).text();
            } else if (s.words().get(c).pos().startsWith("VB")) {
              ParsedSentence.Factuality g = s.factuality(c);
              level = classify(g.value(), g.rule());
              cue = level.equals("fact") ? null : cueOf(g.rule());
            }
          }
        }
        boolean presupposed =
            nominal && deps(p).stream().anyMatch(a -> a.relation().equals("nmod:poss"));
        if (level.equals("fact")
            && !presupposed
            && report != null
            && !report.certainty().equals("fact")
            && report.certaintyCue() != null
            && governs(report.certaintyCue())) {
          level = report.certainty();
          cue = report.certaintyCue().text();
        }
        if (level.equals("fact") && date != null && after(date.value())) {
          level = "expected";
          cue = date.text();
        }
        return new String[] {level, cue};
      }

      private boolean governs(Event.Span cue) {
        for (ParsedSentence.Word w : s.words()) {
          if (w.index() == p) {
            return false; // the cue is the act itself: "Berlin rejected the calls" did happen
          }
          if (w.start() >= cue.start() && w.end() <= cue.end()) {
            int anchor = head[w.index()] >= 0 ? head[w.index()] : w.index();
            for (int c = p; c >= 0; c = head[c]) {
              if (c == anchor || c == w.index()) {
                return true;
              }
              if (head[c] == c || rel[c].startsWith("advcl")) {
                break; // "was not consulted before Pompeo announced": an adverbial clause's own
              }
            }
          }
        }
        return false;
      }
    }

    private boolean dated(int w) {
      return dateIn(w) != null;
    }

    private @Nullable DateMention dateIn(int w) {
      Set<Integer> words = subtree(w, 3);
      int from = Integer.MAX_VALUE;
      int to = -1;
      for (int x : words) {
        from = Math.min(from, s.words().get(x).start());
        to = Math.max(to, s.words().get(x).end());
      }
      ParsedSentence.Word own = s.words().get(w);
      for (DateMention m : dates) {
        if (m.value().startsWith("P") || m.value().startsWith("T")) {
          continue;
        }
        boolean overlapsOwn = m.start() < own.end() && own.start() < m.end();
        boolean inside = m.start() >= from && m.end() <= to;
        if (overlapsOwn || inside) {
          return m;
        }
      }
      return null;
    }

    private boolean after(String value) {
      if (documentDate == null || !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        return false;
      }
      String doc = documentDate.toString().substring(0, value.length());
      return value.compareTo(doc) > 0;
    }
  }

  /** Maps a UW factuality score and its rule to fact, expected, speculative or denied. */
  static String classify(double value, String rule) {
    if (value <= -1.0) {
      return "denied";
    }
    String r = rule.startsWith("under ") ? rule.substring(6) : rule;
    if (r.startsWith("future") || r.equals("modal: should") || r.equals("modal: must")) {
      return "expected";
    }
    if (r.startsWith("intended: ")) {
      String w = r.substring(10).toLowerCase(Locale.ROOT);
      if (EXPECTING.stream().anyMatch(w::startsWith)) {
        return "expected";
      }
    }
    return value < 2.4 ? "speculative" : "fact";
  }

  private static @Nullable String cueOf(String rule) {
    int colon = rule.lastIndexOf(": ");
    return colon >= 0 ? rule.substring(colon + 2) : rule;
  }
}
