package org.redflag.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites company legal forms to one spelling ({@code "limited liability company"} → {@code llc},
 * {@code "obshchestvo s ogranichennoy otvetstvennostyu"} → {@code ooo}); the table is {@code
 * legal_forms.tsv}.
 */
final class LegalForms {
  private record Form(List<String> words, List<String> canonical) {}

  private static final Map<String, List<Form>> BY_FIRST_WORD = load();
  private static final Set<String> CANONICAL = canonicalWords();

  private LegalForms() {}

  /** Whether a normalized token is a canonical legal form such as {@code llc} or {@code ltd}. */
  static boolean isLegalForm(String token) {
    return CANONICAL.contains(token);
  }

  static List<String> canonical(List<String> tokens) {
    List<String> out = null;
    int i = 0;
    while (i < tokens.size()) {
      Form hit = null;
      List<Form> forms = BY_FIRST_WORD.get(tokens.get(i));
      if (forms != null) {
        for (Form f : forms) {
          if (matchesAt(tokens, i, f.words())) {
            hit = f;
            break;
          }
        }
      }
      if (hit == null) {
        if (out != null) {
          out.add(tokens.get(i));
        }
        i++;
      } else {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, i));
        }
        out.addAll(hit.canonical());
        i += hit.words().size();
      }
    }
    return out == null ? tokens : out;
  }

  private static boolean matchesAt(List<String> tokens, int start, List<String> words) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(start + k).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, List<Form>> load() {
    Map<String, List<Form>> map = new HashMap<>();
    for (String line : Resources.lines("legal_forms.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("legal_forms.tsv: expected 2 columns in: " + line);
      }
      List<String> words = Arrays.asList(cols[0].strip().split(" +"));
      List<String> canonical = Arrays.asList(cols[1].strip().split(" +"));
      map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Form(words, canonical));
    }
    map.values()
        .forEach(l -> l.sort(Comparator.comparingInt((Form f) -> f.words().size()).reversed()));
    return Map.copyOf(map);
  }

  private static Set<String> canonicalWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    BY_FIRST_WORD.values().forEach(l -> l.forEach(f -> words.addAll(f.canonical())));
    return Set.copyOf(words);
  }
}
