package org.redflag.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The {@link NameTagger}: Stanford's CoNLL-2003 4-class CRF ({@code english.conll.4class.distsim},
 * trained on the CoNLL-2003 English training set only), whose IO labels are turned into IOB2.
 */
final class ConllTagger implements NameTagger {

  static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static @Nullable ConllTagger shared;

  private final CRFClassifier<CoreLabel> crf;

  private ConllTagger(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
  }

  static synchronized ConllTagger shared(Consumer<String> log) {
    if (shared == null) {
      log.accept("Loading the CoNLL name tagger (" + MODEL + ") ...");
      long t0 = System.nanoTime();
      RedwoodConfiguration.current().clear().apply();
      try {
        shared = new ConllTagger(CRFClassifier.getClassifier(MODEL));
      } catch (java.io.IOException | ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + MODEL, e);
      }
      log.accept(
          String.format(
              Locale.ROOT, "Name tagger loaded in %.1f s", (System.nanoTime() - t0) / 1e9));
    }
    return shared;
  }

  @Override
  public List<String> tag(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<CoreLabel> sentence = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      CoreLabel label = new CoreLabel();
      label.setWord(t);
      label.setValue(t);
      label.setOriginalText(t);
      sentence.add(label);
    }
    List<CoreLabel> out = crf.classifySentence(sentence);
    List<String> labels = new ArrayList<>(out.size());
    for (CoreLabel l : out) {
      labels.add(l.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return iob2(labels);
  }

  /**
   * Turns labels such as {@code PERSON}, {@code I-PER} or {@code B-ORG} into IOB2 over PER, ORG,
   * LOC, MISC: a chunk begins where the type changes or the input says B-.
   */
  static List<String> iob2(List<String> labels) {
    List<String> out = new ArrayList<>(labels.size());
    String prev = "O";
    for (String label : labels) {
      String type = type(label);
      if (type.equals("O")) {
        out.add("O");
      } else if (label.startsWith("B-") || !type.equals(prev)) {
        out.add("B-" + type);
      } else {
        out.add("I-" + type);
      }
      prev = type;
    }
    return out;
  }

  private static String type(String label) {
    String bare = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
    return switch (bare) {
      case "PERSON", "PER" -> "PER";
      case "ORGANIZATION", "ORG" -> "ORG";
      case "LOCATION", "LOC" -> "LOC";
      case "MISC" -> "MISC";
      default -> "O";
    };
  }
}
