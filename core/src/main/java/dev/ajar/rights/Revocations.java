package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.stems;
import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Limit;
import dev.ajar.Right;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A grant the licensor can take back at will: "Castellan may revoke this license at any time and
 * for any reason", "I can withdraw this permission from anyone, whenever I choose", "This
 * permission is revocable at the author's discretion". Such a grant lasts only as long as the
 * licensor allows, so the clause confines every right it gives ({@link Limit#REVOCABLE}).
 *
 * <p>Not at will: an end for cause ("may terminate this license if you fail to comply", "at any
 * time after a breach"), the licensee's own termination ("You may terminate it at any time by
 * destroying all copies"), a negated revocation ("will not be revoked"). "Terminate", "suspend"
 * and "cancel" need the licensor as subject ("This license may be terminated at any time" does not
 * say by whom); "revoke", "withdraw" and "rescind" only that the licensee is not it.
 */
final class Revocations {

  private Revocations() {}

  private static final Set<String> TAKE_BACK =
      stems("revoke revoked revocable withdraw withdrawn rescind");

  private static final Set<String> END = stems("terminate suspend cancel end");

  private static final Set<String> GRANT_NOUNS =
      words("license", "licence", "licenses", "licences", "permission", "permissions", "rights",
          "grant", "agreement", "it");

  /** What makes the end one for cause: a breach, a condition, a patent suit. */
  private static final Set<String> CAUSE =
      stems("breach breaches fail fails failure violate violates violation comply compliance"
          + " infringe infringement patent sue lawsuit litigation if unless upon should");

  /** Grantors the shared list leaves out: "I can withdraw", "the licensor's right to revoke". */
  private static final Set<String> MORE_GRANTORS = words("i", "licensor's");

  /**
   * Words before the verb its subject may stand: "The Foundation may, at its sole discretion and
   * without giving reasons, terminate this License".
   */
  private static final int SUBJECT_REACH = 14;

  private static final Set<String> LICENSEES =
      words("you", "licensee", "licensees", "user", "users", "recipient", "recipients", "either");

  /**
   * Reads [from, to) for a revocation at will; adds its act and returns true if there is one.
   */
  static boolean read(Words w, int from, int to, int sentence, List<Act> out) {
    if (expiresOnADate(w, from, to)) {
      out.add(new Act(ActKind.CONFINE,
          EnumSet.of(Right.USE, Right.COPY, Right.MODIFY, Right.REDISTRIBUTE),
          EnumSet.of(Limit.TIME_LIMITED), sentence, w.start[from], w.end[to - 1]));
      return true;
    }
    int verb = w.findStem(from, to, TAKE_BACK);
    boolean end = verb < 0;
    if (end) {
      verb = w.findStem(from, to, END);
    }
    if (verb < 0 || !atWill(w, from, to) || w.findStem(from, to, CAUSE) >= 0
        || negated(w, from, to) || w.find(from, to, GRANT_NOUNS) < 0) {
      return false;
    }
    int subject = Math.max(from, verb - SUBJECT_REACH);
    if (w.find(subject, verb, LICENSEES) >= 0 || w.phraseAt(verb + 1, "by", "you")
        || end && w.find(subject, verb, Lexicon.GRANTOR_SUBJECTS) < 0
            && w.find(subject, verb, MORE_GRANTORS) < 0 && !named(w, subject, verb)) {
      return false;
    }
    out.add(new Act(ActKind.CONFINE,
        EnumSet.of(Right.USE, Right.COPY, Right.MODIFY, Right.REDISTRIBUTE),
        EnumSet.of(Limit.REVOCABLE), sentence, w.start[from], w.end[to - 1]));
    return true;
  }

  /**
   * "This licence expires on 30 June 2027", "the permissions lapse in March 2026": a grant that
   * ends on a date lasts a counted time. Not "never expires", nor an end for cause ("expires if
   * you breach it"), nor a date that is not the grant's.
   */
  static boolean expiresOnADate(Words w, int from, int to) {
    int verb = w.findStem(from, to, EXPIRE);
    if (verb < 0 || w.find(Math.max(from, verb - 6), verb, GRANT_NOUNS) < 0
        || negated(w, from, to) || w.findStem(from, to, CAUSE) >= 0) {
      return false;
    }
    for (int k = verb + 1; k < Math.min(to, verb + DATE_REACH); k++) {
      String word = w.low[k];
      if (word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
          && word.chars().allMatch(Character::isDigit) || w.is(k, MONTHS)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> EXPIRE = stems("expire expires expired lapse lapses");

  /** Words after "expires" a date may stand, at most: "expires on the 30th day of June 2027". */
  private static final int DATE_REACH = 8;

  private static final Set<String> MONTHS =
      words("january", "february", "march", "april", "june", "july", "august",
          "september", "october", "november", "december");

  /** A name before the verb: "Brightwater Collective may end this permission". */
  private static boolean named(Words w, int subject, int verb) {
    for (int k = subject; k + 1 < verb; k++) {
      // not "This License may be ended at any time", which does not say by whom
      if (w.original[k] && w.original[k + 1] && w.is(k + 2, Lexicon.MODALS)
          && !w.is(k, NOT_NAMES) && !w.is(k + 1, GRANT_NOUNS)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NOT_NAMES = words("this", "the", "these", "such", "any", "all");

  /** "at any time", "for any reason or no reason", "at its sole discretion", "whenever". */
  private static boolean atWill(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.phraseAt(k, "at", "any", "time") || w.phraseAt(k, "any", "reason")
          || w.phraseAt(k, "no", "reason") || w.low[k].equals("discretion")
          || w.low[k].equals("whenever") || w.phraseAt(k, "at", "will")
          || w.phraseAt(k, "without", "cause") || w.phraseAt(k, "without", "reason")) {
        return true;
      }
    }
    return false;
  }

  /** A negation other than the "no" of "for any reason or no reason" or its "or for none". */
  private static boolean negated(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      // not "for any reason or for none", where "none" is the reason's other half
      if (w.is(k, Lexicon.NEGATORS) && !w.phraseAt(k, "no", "reason")
          && !(w.low[k].equals("none") && (w.phraseAt(k - 1, "or") || w.phraseAt(k - 2, "or")))) {
        return true;
      }
    }
    return false;
  }
}
