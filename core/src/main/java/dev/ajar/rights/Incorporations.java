package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Right;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Use restrictions a license binds by reference rather than states: it incorporates a use policy
 * ("you agree to obey the Model Use Rules in Schedule 2", "Any use the Ethical Use Annex forbids
 * terminates this license") or passes its restrictions down ("every sublicense must repeat the
 * restrictions on use", "bind your customers to the same prohibited uses"). The structure is a
 * binding clause whose object is restrictions of use, or a titled document about use; a negated
 * one ("no use restrictions", "without restrictions on use") restricts nothing.
 */
final class Incorporations {

  private Incorporations() {}

  private static final Set<String> RESTRICTION_STEMS =
      Lexicon.stems("restriction restrictions limit limits limitations rules policy policies"
          + " prohibitions");

  private static final Set<String> TITLE_HEADS =
      Lexicon.stems("policy rules statement annex schedule attachment appendix exhibit guidelines"
          + " standards code restrictions terms");

  private static final Set<String> UNRESTRICTED =
      words("no", "not", "never", "without", "nor", "free", "unrestricted", "any");

  /** Adds a prohibited-use act for a use restriction bound by reference; true if there is one. */
  static boolean read(Words w, int from, int to, int sentence, List<Act> out) {
    for (int k = from; k < to; k++) {
      int end = restrictionsOfUse(w, k, to);
      if (end < 0) {
        continue;
      }
      if (w.find(Math.max(from, k - 4), k, UNRESTRICTED) >= 0
          || w.findStem(from, to, Lexicon.LEGAL_STEMS) >= 0 || w.find(from, to, BINDING) < 0) {
        return false; // "it also contains a list of prohibited uses" describes, binds nobody
      }
      out.add(new Act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of(), sentence,
          w.start[from], w.end[to - 1]));
      return true;
    }
    return false;
  }

  /**
   * The end of a phrase at {@code k} that names restrictions of use, or -1: "use restrictions",
   * "restrictions on (the) use", "prohibited uses", or a title about use ("the Permitted Use
   * Statement", "Acceptable Use Policy").
   */
  private static int restrictionsOfUse(Words w, int k, int to) {
    boolean use = w.low[k].equals("use") || w.low[k].equals("usage");
    if (use && k + 1 < to && w.stemIn(k + 1, RESTRICTION_STEMS) && !w.original[k]) {
      return k + 2;
    }
    if (w.stemIn(k, RESTRICTION_STEMS) && w.phraseAt(k + 1, "on")
        && (w.is(k + 2, USES) || w.phraseAt(k + 2, "the") && w.is(k + 3, USES))) {
      return k + 3;
    }
    if ((w.low[k].equals("prohibited") || w.low[k].equals("restricted")
        || w.low[k].equals("forbidden")) && w.is(k + 1, USES)) {
      return k + 2;
    }
    // A titled document about use: "Use" written with a capital inside a capitalised title.
    if (use && w.original[k] && k + 1 < to && w.original[k + 1] && w.stemIn(k + 1, TITLE_HEADS)) {
      return k + 2;
    }
    return -1;
  }

  private static final Set<String> USES = words("use", "uses", "usage");

  /** What makes the clause bind: a duty, a promise, a condition of the grant, an ending. */
  private static final Set<String> BINDING =
      words("must", "shall", "will", "may", "agree", "agrees", "undertake", "undertakes",
          "subject", "requires", "require", "required", "accept", "accepts", "bind", "binds",
          "terminates", "terminate", "forbids", "comply", "obey", "follow", "observe", "abide",
          "takes", "repeat", "impose", "imposes");
}
