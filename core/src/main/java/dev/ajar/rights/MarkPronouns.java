package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.stems;
import static dev.ajar.rights.Lexicon.words;

import java.util.List;
import java.util.Set;

/**
 * A use withheld of a pronoun that stands for the marks the sentence before names: '"Brindlewood"
 * and the anvil logo mark the official releases. These terms do not give you any right to use
 * them.' The OSD lets a license keep its names and marks, so that is no limit on the work. Only
 * a bare pronoun counts (the use verb, the pronoun, then the clause ends): "You may not use it
 * for weapons" after a sentence about the logo still limits the work's use.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkPronouns {

  private MarkPronouns() {}

  /** Nouns of the names and marks a license may keep. */
  private static final Set<String> MARK_STEMS =
      stems("trademark trademarks mark marks logo logos name names emblem emblems insignia brand"
          + " brands crest crests");

  private static final Set<String> PRONOUNS = words("them", "it", "these", "those");

  /** Words that end the withheld use's clause after its object. */
  private static final Set<String> CLAUSE_ENDS = words("except", "unless", "other", "without",
      "save", "beyond");

  /**
   * Whether a sentence names marks, so that a pronoun in the next may stand for them.
   *
   * @param w the sentence
   * @return whether it holds a noun of names or marks
   */
  static boolean named(Words w) {
    return w.findStem(0, w.size, MARK_STEMS) >= 0;
  }

  /**
   * Turns the sentence's withheld uses into prohibitions the OSD allows when their object is a
   * bare pronoun and the sentence before named marks.
   *
   * @param w the sentence
   * @param marksBefore whether the sentence before named marks ({@link #named})
   * @param out the acts read so far
   * @param before the index in {@code out} of the sentence's first act
   */
  static void allow(Words w, boolean marksBefore, List<Act> out, int before) {
    if (!marksBefore || !barePronounObject(w)) {
      return;
    }
    for (int i = before; i < out.size(); i++) {
      Act a = out.get(i);
      if (a.kind() == ActKind.PROHIBIT_USE || a.kind() == ActKind.DENY) {
        out.set(i, new Act(ActKind.ALLOWED_PROHIBITION, Set.of(), Set.of(), a.sentence(),
            a.start(), a.end(), a.clauseStart(), a.clauseEnd()));
      }
    }
  }

  /** "use them", "use them, except ...", "use it without our consent": nothing else is used. */
  private static boolean barePronounObject(Words w) {
    for (int k = 0; k + 1 < w.size; k++) {
      if (w.stemIn(k, Lexicon.USE_STEMS) && w.is(k + 1, PRONOUNS)
          && (k + 2 == w.size || w.gap[k + 2] != ' ' && w.gap[k + 2] != '\''
              || w.is(k + 2, CLAUSE_ENDS))) {
        return true;
      }
    }
    return false;
  }
}
