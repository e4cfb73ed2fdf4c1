package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.AND_OR;
import static dev.ajar.rights.Lexicon.BINDING_MODALS;
import static dev.ajar.rights.Lexicon.NEGATORS;
import static dev.ajar.rights.Lexicon.words;

import java.util.Set;

/**
 * Grants given informally, which name no grant structure a rule of {@link ClauseReader} reads:
 * orders to the reader ("Take it, change it, sell it"), every right at once ("Do what you want
 * with it", "use this code in any manner"). Stateless; the word sets are built once.
 */
final class InformalGrants {

  private InformalGrants() {}

  /**
   * "Take it, change it, sell it, bundle it, ship it": a clause that opens with a verb and its
   * "it" or "them", and names at least two rights so, with no modal and no negation but
   * indifference ("-- I don't care"), perhaps after a colon ("It's yours now: run it, ..."); or
   * one order given freely ("Change it however you like").
   */
  static boolean imperative(Words w, int from, int to) {
    if (imperativeAt(w, from, to)) {
      return true;
    }
    // "It's yours now: run it, change it, sell it": the orders after a colon
    for (int k = from + 1; k + 3 < to; k++) {
      if (w.gap[k] == ':') {
        return imperativeAt(w, k, to);
      }
    }
    return false;
  }

  private static boolean imperativeAt(Words w, int from, int to) {
    if (from + 3 >= to || !w.is(from + 1, IT_THEM) || w.find(from, to, BINDING_MODALS) >= 0
        || negated(w, from, to) || w.find(from, to, Lexicon.CONDITIONAL) >= 0) {
      return false;
    }
    int named = 0;
    for (int k = from; k + 1 < to; k++) {
      if (w.rights[k] != 0 && w.is(k + 1, IT_THEM)
          && (k == from || w.gap[k] == ',' || w.is(k - 1, AND_OR))) {
        named++;
      }
    }
    // "Change it however you like and release your version": one order, given freely
    return named >= 2 || named == 1 && w.rights[from] != 0
        && w.phraseAt(from + 2, "however", "you") && w.is(from + 4, WISHING);
  }

  private static final Set<String> WISHING = words("like", "want", "wish", "please", "choose");

  /** "I don't care", "we do not mind": indifference, which negates no order. */
  private static final Set<String> CARING = words("care", "mind");

  private static boolean negated(Words w, int from, int to) {
    for (int k = w.find(from, to, NEGATORS); k >= 0; k = w.find(k + 1, to, NEGATORS)) {
      if (!w.is(k + 1, CARING)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> IT_THEM = words("it", "them");

  /**
   * Whether [from, to) gives every right informally: "Do what you want", "whatever you like",
   * "a license to do everything ... that would otherwise infringe", "use this code in any
   * manner".
   */
  private static final Set<String> GRANTEES = words("you", "they", "he", "she");

  static boolean everyRight(Words w, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      // "what you want", and "what the fuck you want" (WTFPL and its kin)
      // Only after "what": the look-ahead for "you" would be wasted on every other word.
      boolean what = w.low[k].equals("what") || w.low[k].equals("whatever");
      // "whatever they like": the grantee named as anybody ("Anybody ... may do whatever
      // they like with it")
      int you = !what ? -1 : w.is(k + 1, GRANTEES) ? k + 1
          : k + 3 < to && w.is(k + 2, GRANTEES) ? k + 2
          : k + 4 < to && w.is(k + 3, GRANTEES) ? k + 3 : -1;
      if (you > 0
          && (w.low[you + 1].equals("want") || w.low[you + 1].equals("like")
              || w.low[you + 1].equals("wish"))
          && w.find(from, k, DO_CAN_MAY) >= 0
          // "do what you want", "use it for whatever you like"; not "charge whatever you like"
          && w.find(Math.max(from, k - 3), k, DOING) >= 0) {
        return true;
      }
      // "Each contributor licenses you to do everything with this software that would otherwise
      // infringe that contributor's copyright in it", "a copyright license to do any act that is
      // restricted by copyright"
      if (w.low[k].equals("to") && w.low[k + 1].equals("do")
          && (w.is(k + 2, EVERYTHING) || k + 3 < to && w.phraseAt(k + 2, "any", "act"))
          && (w.find(Math.max(from, k - 3), k, ClauseReader.ACTIVE_GRANTS) >= 0
              || w.find(Math.max(from, k - 12), k, ClauseReader.GRANTS) >= 0)
          && w.find(from, k, NEGATORS) < 0) {
        return true;
      }
      if (useInAnyManner(w, from, to, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "You can use this code in any manner", "may be used in any way you like": use without a
   * limit, granted by a modal; not "in any manner that harms" (a purpose follows), a denial, nor
   * a use already limited ("may be used in compiled form in any way you desire").
   */
  private static boolean useInAnyManner(Words w, int from, int to, int k) {
    if (!w.low[k].equals("use") && !w.low[k].equals("used")) {
      return false;
    }
    for (int j = k + 1; j + 2 < to && j <= k + 5; j++) {
      if (w.phraseAt(j, "in", "any")
          && (w.low[j + 2].equals("manner") || w.low[j + 2].equals("way"))) {
        int after = j + 3;
        return (after == to || w.gap[after] == ',' || w.gap[after] == ';'
                || w.low[after].equals("you"))
            && w.find(from, k, DO_CAN_MAY) >= 0 && w.find(from, j, NEGATORS) < 0
            && Limits.named(w, from, to).isEmpty(); // not "used in compiled form in any way"
      }
    }
    return false;
  }

  private static final Set<String> EVERYTHING = words("everything", "anything");

  private static final Set<String> DOING = words("do", "for");

  private static final Set<String> DO_CAN_MAY = words("do", "can", "may");
}
