package org.redflag.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.redflag.model.DateMention;

/**
 * Stage 4: turns SUTime expressions into {@link DateMention}s.
 *
 * <p>Kept: DATE, TIME and DURATION ("a three-day stay" -> {@code P3D}); SET ("every week") is
 * dropped. SUTime does not put the modifier into the value, so it is kept here: from the words
 * ("mid", "early", "late", "the end of", "the beginning of") or else from SUTime's TIMEX3 {@code
 * mod} (START -> EARLY, END -> LATE). Without a document date, SUTime leaves relative dates
 * unresolved ({@code XXXX-02-28}, {@code XXXX-WXX-2}), and so do we: a year is never guessed.
 */
final class DateExtractor {

  private static final Set<String> KEPT = Set.of("DATE", "TIME", "DURATION");
  private static final Pattern MODIFIER_WORDS =
      Pattern.compile(
          "^(?:(mid)|(early)|(late)|(?:the )?(?:(beginning|start)|(end)) of)\\b",
          Pattern.CASE_INSENSITIVE);

  List<DateMention> find(Annotated doc) {
    List<DateMention> out = new ArrayList<>();
    for (Annotated.TimeSpan t : doc.times()) {
      if (!KEPT.contains(t.type()) || t.end() <= t.start()) {
        continue;
      }
      String text = doc.body().substring(t.start(), t.end());
      out.add(new DateMention(text, t.start(), t.end(), t.value(), modifier(text, t.mod())));
    }
    return out;
  }

  static @Nullable String modifier(String text, @Nullable String timexMod) {
    Matcher m = MODIFIER_WORDS.matcher(text.strip());
    if (m.find()) {
      if (m.group(1) != null) {
        return "MID";
      }
      if (m.group(2) != null || m.group(4) != null) {
        return "EARLY";
      }
      return "LATE";
    }
    if (timexMod == null) {
      return null;
    }
    return switch (timexMod.toUpperCase(Locale.ROOT)) {
      case "START" -> "EARLY";
      case "END" -> "LATE";
      default -> timexMod.toUpperCase(Locale.ROOT);
    };
  }
}
