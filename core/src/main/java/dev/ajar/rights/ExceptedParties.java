package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Right;
import dev.ajar.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A grant to everyone but some: "Everyone except defence contractors may use the Software", "Any
 * organisation other than a tobacco company may copy and change the data". The grant stands for
 * everyone else, and the parties it leaves out may not use the work: the exception is a limit on
 * who may use it, whatever the parties are.
 *
 * <p>The structure: a universal subject ("everyone", "anybody", "any person", "all
 * organisations"), an exception word ("except", "excluding", "other than", "but not", "save",
 * "apart from") and what it leaves out, then a modal of leave ("may", "can") within a few words.
 * Not "except as provided below" (a reference to the license) nor an exception with nothing but
 * a pronoun ("anyone except you").
 *
 * <p>Stateless and thread-safe.
 */
final class ExceptedParties {

  private ExceptedParties() {}

  /** Words between the exception and the modal, at most. */
  private static final int EXCEPTION_REACH = 12;

  private static final Set<String> EVERYONE =
      words("everyone", "everybody", "anyone", "anybody");

  private static final Set<String> PARTY_NOUNS = words("person", "persons", "people", "entity",
      "entities", "organisation", "organisations", "organization", "organizations", "party",
      "parties", "individual", "individuals", "one", "company", "companies", "user", "users",
      "licensee", "licensees", "institution", "institutions");

  private static final Set<String> EXCEPT = words("except", "excluding", "save", "barring");

  private static final Set<String> LEAVE_MODALS = words("may", "can");

  /** What an exception of the license itself starts with: "except as provided below". */
  private static final Set<String> NOT_PARTIES = words("as", "where", "when", "if", "that",
      "for", "to", "in", "with", "under", "you", "us", "we", "otherwise", "pursuant");

  /**
   * The exception in the sentence's subject, or null.
   *
   * @param w the sentence
   * @return {start, end} of the exception's words (from the exception word to the modal), or
   *     null when the sentence opens with no grant to everyone but some
   */
  static int[] find(Words w) {
    int subject = subject(w);
    if (subject < 0) {
      return null;
    }
    int k = subject + 1; // "Everyone, except ..., may": a comma before the exception is a gap
    int words;
    if (w.is(k, EXCEPT)) {
      words = 1;
    } else if (w.phraseAt(k, "other", "than") || w.phraseAt(k, "but", "not")
        || w.phraseAt(k, "apart", "from")) {
      words = 2;
    } else {
      return null;
    }
    int leftOut = k + words;
    if (leftOut >= w.size || w.is(leftOut, NOT_PARTIES)) {
      return null;
    }
    for (int m = leftOut + 1; m < Math.min(w.size - 1, leftOut + EXCEPTION_REACH); m++) {
      if (w.is(m, LEAVE_MODALS) && w.rights[m + 1] != 0) {
        return new int[] {k, m};
      }
      if (w.is(m, Lexicon.NEGATORS)) {
        return null;
      }
    }
    return null;
  }

  /** The last word of a universal subject at the sentence's start, or -1. */
  private static int subject(Words w) {
    if (w.is(0, EVERYONE)) {
      return 0;
    }
    if (w.is(0, Lexicon.UNIVERSAL_DETERMINERS) && w.is(1, PARTY_NOUNS)) {
      return 1;
    }
    return -1;
  }

  /**
   * The sentence's tokens without the exception, so that the grant reads as one to everyone.
   *
   * @param tokens the sentence's tokens
   * @param exception {start, end} as {@link #find} gives it
   * @return the other tokens, in order
   */
  static List<Token> without(List<Token> tokens, int[] exception) {
    List<Token> out = new ArrayList<>(tokens.size());
    out.addAll(tokens.subList(0, exception[0]));
    out.addAll(tokens.subList(exception[1], tokens.size()));
    return out;
  }

  /**
   * The act of the parties left out: they may not use the work.
   *
   * @param w the sentence
   * @param exception {start, end} as {@link #find} gives it
   * @param sentence the sentence's index
   * @return a prohibition of use quoting the exception
   */
  static Act leftOut(Words w, int[] exception, int sentence) {
    return new Act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of(), sentence,
        w.start[exception[0]], w.end[exception[1] - 1]);
  }
}
