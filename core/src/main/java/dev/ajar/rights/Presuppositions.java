package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Right;
import java.util.List;
import java.util.Set;

/**
 * Duties that presuppose a right: a license that says how modified versions must be marked
 * ("Altered versions must be plainly marked as such", "If the file has been modified in any way,
 * a notice of such modification is conspicuously indicated", "Any copy, whether in its original
 * form or modified, must include the notice") lets the work be modified, though no sentence says
 * "you may modify". Old notices grant modification this way; the OSD reads zlib's third
 * condition so.
 */
final class Presuppositions {

  private Presuppositions() {}

  /** Nouns a modified version is: "altered versions", "modified copies", "changed files". */
  private static final Set<String> VERSION_NOUNS =
      words("version", "versions", "copy", "copies", "file", "files", "form", "forms", "source",
          "sources", "software", "code", "work", "works");

  private static final Set<String> DUTIES = words("must", "shall", "required", "indicated");

  /**
   * Whether the sentence read into {@code acts} lays a duty on a modified version without
   * forbidding, denying or limiting modification.
   */
  static boolean modification(Words w, List<Act> acts) {
    for (Act a : acts) {
      if (a.rights().contains(Right.MODIFY) && a.kind() != ActKind.ALLOWED_PROHIBITION
          || a.kind() == ActKind.DENY || a.kind() == ActKind.PROHIBIT_USE
          || a.kind() == ActKind.EXEMPT) {
        return false;
      }
    }
    if (w.find(0, w.size, DUTIES) < 0) {
      return false;
    }
    for (int k = 0; k < w.size; k++) {
      if (!w.names(k, Right.MODIFY) || !w.low[k].endsWith("ed")
          || w.find(Math.max(0, k - 3), k, Lexicon.NEGATORS) >= 0
          || w.phraseAt(k - 1, "without")) {
        continue;
      }
      // "Altered versions must", "in its original form or modified, must", "If the file has been
      // modified": a version that has been changed, named as the subject of a duty or a condition.
      if (w.is(k + 1, VERSION_NOUNS) || w.phraseAt(k - 1, "or") || w.phraseAt(k - 1, "been")
          || w.phraseAt(k - 1, "is") || w.phraseAt(k - 1, "are")) {
        return true;
      }
    }
    return false;
  }
}
