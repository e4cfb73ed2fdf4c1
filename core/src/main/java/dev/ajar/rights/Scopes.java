package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Limit;
import dev.ajar.Right;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ways a license confines its whole grant without a grant word of its own, each a structure
 * whose words only choose the limit:
 *
 * <ul>
 *   <li>the grant as subject: "The grant covers use on the Licensor's smart watches only",
 *       "These rights are granted for the limited purpose of ...", "The license covers speech
 *       therapy applications and nothing else", "These rights apply only while ...";
 *   <li>a licensee's undertaking that scopes the use: "you agree to use the Software in test
 *       environments only", "Licensee undertakes to confine its use of the Work to its
 *       laboratory", "you must run it only on ..."; or a duty on the work itself: "This software
 *       must execute solely on devices made by the Licensor";
 *   <li>a licensee's representation of who they are: "you confirm that your company employs
 *       fewer than fifty people" (a user threshold), "you represent that you are not a lobbyist"
 *       (an excluded user).
 * </ul>
 *
 * <p>Not a scope: a condition ("if you use it only ..."), a complement of law or of the license's
 * own terms ("only under the terms of this License", "only in accordance with"), a clause about
 * liability, and the forms of copying the reader handles as grants ("may distribute only in
 * source form").
 */
final class Scopes {

  private Scopes() {}

  private static final Set<String> GRANT_NOUNS =
      words("grant", "license", "licence", "rights", "permission", "permissions");

  private static final Set<String> SCOPE_PREDICATES =
      words("covers", "cover", "extends", "extend", "applies", "apply", "granted", "given",
          "valid", "exists", "exist", "available", "provided", "licensed", "licenced", "released",
          "offered", "supplied", "distributed", "reserved", "intended");

  /** Predicates that say what a grant covers; a scope of them must name a use or a purpose. */
  private static final Set<String> COVERING =
      words("covers", "cover", "extends", "extend", "applies", "apply");

  private static final Set<String> FOR_WHILE = words("for", "while", "when", "whilst");

  /** Predicates that confine by themselves: "is reserved for use by accredited hospitals". */
  private static final Set<String> EXCLUSIVE_PREDICATES = words("reserved");

  /** Purposes that limit when the work "is for" them: "The Software is for personal use". */
  private static final Set<Limit> PURPOSE_LIMITS =
      EnumSet.of(Limit.PERSONAL, Limit.RESEARCH, Limit.NON_COMMERCIAL, Limit.EVALUATION,
          Limit.INTERNAL);

  /** Participles that give the work to the licensee: "is provided for", "is made available". */
  private static final Set<String> PROVISION =
      words("provided", "available", "licensed", "licenced", "released", "offered", "supplied",
          "distributed", "granted", "reserved", "intended");

  private static final Set<String> DUTY_VERBS =
      words("agree", "agrees", "undertake", "undertakes", "covenant", "covenants", "promise",
          "promises", "commit", "commits", "must", "shall", "will");

  private static final Set<String> STATUS_VERBS =
      words("represent", "represents", "warrant", "warrants", "confirm", "confirms", "certify",
          "certifies", "declare", "declares", "attest", "attests", "affirm", "affirms");

  private static final Set<String> THRESHOLD_WORDS = words("fewer", "less", "more", "under", "below");

  private static final Set<String> LICENSEES =
      words("you", "licensee", "licensees", "user", "users", "recipient", "recipients", "your");

  /**
   * Reads [from, to) for one of the structures; adds its act and returns true if there is one.
   */
  /**
   * How far a scope's limits are read: "only on the condition that the Design and every
   * modification of it is used with and for Hanfeng microcontrollers" names the tie in its
   * seventeenth word.
   */
  private static final int SCOPE_REACH = 18;

  private static final Set<String> RELATIVE_PRONOUNS = words("which", "whom", "whose");

  static boolean read(Words w, int from, int to, int sentence, List<Act> out) {
    if (w.find(from, to, Lexicon.HYPOTHETICAL) >= 0 && !w.is(from, LICENSEES)
        || w.findStem(from, to, Lexicon.LEGAL_STEMS) >= 0
        || w.findStem(from, to, Lexicon.ALLOWED_OBJECT_STEMS) >= 0) {
      return false;
    }
    int status = statusClaim(w, from, to);
    if (status >= 0) {
      return readStatus(w, status, to, sentence, from, out);
    }
    int scope = grantScope(w, from, to);
    if (scope < 0) {
      scope = licenseeScope(w, from, to);
    }
    if (onlyKind(w, from, to, sentence, out)) {
      return true;
    }
    if (scope < 0 && onlyUsers(w, from, to)) {
      // "Only registered charities may use the Software."
      out.add(new Act(ActKind.CONFINE, EnumSet.of(Right.USE), EnumSet.of(Limit.NAMED_USERS),
          sentence, w.start[from], w.end[to - 1]));
      return true;
    }
    if (scope < 0) {
      Set<Limit> purpose = workIsFor(w, from, to);
      if (!purpose.isEmpty()) {
        out.add(new Act(ActKind.CONFINE, EnumSet.of(Right.USE), purpose, sentence,
            w.start[from], w.end[to - 1]));
        return true;
      }
    }
    if (scope < 0) {
      return false;
    }
    Set<Limit> limits = Limits.named(w, scope, Math.min(to, scope + SCOPE_REACH));
    out.add(new Act(ActKind.CONFINE, EnumSet.of(Right.USE),
        limits.isEmpty() ? EnumSet.of(Limit.NAMED_PURPOSE) : limits, sentence, w.start[from],
        w.end[to - 1]));
    return true;
  }

  /**
   * Where the scope of a grant-as-subject clause begins, or -1: the grant noun within the
   * clause's first words, then a scoping predicate with "only", "nothing else", "no other" or
   * "the limited purpose".
   */
  private static int grantScope(Words w, int from, int to) {
    int noun = w.find(from, Math.min(to, from + 5), GRANT_NOUNS);
    if (noun < 0) {
      // "This Software is made available for use in schools, and not elsewhere", "The Model is
      // provided for translation of sacred texts only": the work as subject of its provision.
      noun = w.findStem(from, Math.min(to, from + 3), Lexicon.WORK_STEMS);
      if (noun < 0 || w.find(noun + 1, Math.min(to, noun + 5), PROVISION) < 0) {
        return -1;
      }
    }
    if (w.is(noun - 1, Lexicon.NEGATORS)) {
      return -1;
    }
    int predicate = w.find(noun + 1, Math.min(to, noun + 8), SCOPE_PREDICATES);
    if (predicate < 0) {
      return -1;
    }
    if (w.is(predicate, COVERING) && (w.findStem(predicate + 1, to, Lexicon.USE_STEMS) < 0
        && w.find(predicate + 1, to, FOR_WHILE) < 0 || coversWorks(w, predicate + 1, to))) {
      return -1; // "This license applies only to the files in this repository": what it covers
    }
    if (w.is(predicate, EXCLUSIVE_PREDICATES) && w.phraseAt(predicate + 1, "for")
        && !scopeOfTerms(w, predicate + 1, to)) {
      return predicate + 2 < to ? predicate + 2 : -1;
    }
    for (int k = predicate; k < to; k++) {
      if (w.is(k, RELATIVE_PRONOUNS)) {
        // "applies to every map on the portal for which no other licence is indicated": what
        // the license covers, described
        return -1;
      }
      if (w.phraseAt(k, "limited", "purpose") || w.phraseAt(k, "exclusive", "purpose")
          || w.phraseAt(k, "sole", "purpose") || w.phraseAt(k, "no", "other")) {
        if (w.phraseAt(k, "no", "other") && scopeOfTerms(w, predicate + 1, k)) {
          return -1; // "license the whole under this licence and no other": copyleft
        }
        return k + 2 < to ? k + 2 : predicate + 1;
      }
      // "... and nothing else", "..., and not elsewhere" close the clause; "and nothing else is
      // required" is another clause
      boolean closing = k + 2 >= to || w.gap[k + 2] != ' ';
      if (closing && (w.phraseAt(k, "nothing", "else") || w.phraseAt(k, "not", "elsewhere")
          || w.phraseAt(k, "nowhere", "else") || w.phraseAt(k, "nobody", "else")
          || w.phraseAt(k, "no", "one", "else"))) {
        return scopeOfTerms(w, predicate + 1, k) ? -1 : predicate + 1;
      }
      if (scoping(w, k)) {
        return scopeOfTerms(w, predicate + 1, k) ? -1 : k + 1 < to ? k + 1 : predicate + 1;
      }
    }
    return -1;
  }

  /**
   * "only to the following software programs: ...": the complement of a covering verb names
   * works, whatever uses the sentence names after them.
   */
  private static boolean coversWorks(Words w, int start, int to) {
    int k = start;
    while (k < to && w.is(k, COVERAGE_LEAD)) {
      k++;
    }
    return k < to && w.stemIn(k, Lexicon.WORK_STEMS);
  }

  private static final Set<String> COVERAGE_LEAD =
      words("only", "solely", "to", "the", "following", "this", "these", "those", "all", "any");

  /**
   * Where the scope of a licensee's undertaking begins, or -1: a licensee, a duty ("agree to",
   * "undertakes to", "must"), a verb of use that names no other right, then "only", "solely",
   * "exclusively", "other than" or "confine ... to".
   */
  private static int licenseeScope(Words w, int from, int to) {
    int licensee = w.find(from, Math.min(to, from + 10), LICENSEES);
    int duty;
    if (licensee >= 0 && !w.is(licensee - 1, PREPOSITIONS)) {
      duty = w.find(licensee + 1, Math.min(to, licensee + 4), DUTY_VERBS);
    } else {
      // "This software ... must execute solely on devices made by the Licensor": the work bound
      int work = w.findStem(from, Math.min(to, from + 4), Lexicon.WORK_STEMS);
      duty = work < 0 ? -1 : w.find(work + 1, Math.min(to, work + 10), WORK_DUTIES);
    }
    if (duty < 0 || w.is(duty + 1, Lexicon.NEGATORS) || w.phraseAt(duty + 2, "not")
        || w.find(from, duty, PREPOSITIONS_BEFORE_SUBJECT) >= 0) {
      return -1;
    }
    for (int k = duty + 1; k < Math.min(to, duty + 5); k++) {
      if (w.low[k].startsWith("confin") && w.find(k + 1, to, TO) >= 0) {
        return w.find(k + 1, to, TO) + 1;
      }
    }
    for (int k = duty + 1; k < to; k++) {
      if (w.rights[k] != 0 && w.namesRightBeyondUse(k)) {
        return -1; // "must distribute it only in source form": a grant's form, read elsewhere
      }
      if (scoping(w, k) && (k > duty + 1 || w.stemIn(k + 1, Lexicon.USE_STEMS)
          || w.phraseAt(k + 1, "be") && w.stemIn(k + 2, Lexicon.USE_STEMS))) {
        return k + 1 < to ? k + 1 : duty + 1;
      }
      if (w.phraseAt(k, "other", "than") && k + 2 < to) {
        return k + 2;
      }
    }
    return -1;
  }

  /**
   * An "only" that scopes what follows: not half of a compound ("encoder-only"), not an adjective
   * ("the only rights granted"), not before a condition ("only under the terms").
   */
  private static boolean scoping(Words w, int k) {
    return w.is(k, Lexicon.ONLY) && !w.compound[k] && !w.phraseAt(k - 1, "the")
        && !notAScope(w, k + 1) && !Limits.dutyReach(w, k);
  }

  /** "provided for use under the terms of this License only": the scope is the license's terms. */
  private static boolean scopeOfTerms(Words w, int start, int end) {
    return w.find(start, end, Lexicon.ONLY_NOT_A_SCOPE) >= 0
        || w.findStem(start, end, Lexicon.LICENSE_REFERENCE_STEMS) >= 0;
  }

  private static boolean notAScope(Words w, int k) {
    return w.is(k, Lexicon.ONLY_NOT_A_SCOPE) || w.phraseAt(k, "in", "accordance")
        || w.phraseAt(k, "in", "compliance") || w.phraseAt(k, "to", "the", "extent");
  }

  /**
   * "Only registered charities may use the Software": "only" opens the clause, names who, and a
   * modal of permission follows with a use; the ones named are not the grantor.
   */
  private static boolean onlyUsers(Words w, int from, int to) {
    if (!w.is(from, Lexicon.ONLY) || w.compound[from]) {
      return false;
    }
    int modal = w.find(from + 1, Math.min(to, from + 7), PERMISSIVE_MODALS);
    return modal > from + 1 && w.find(from + 1, modal, Lexicon.GRANTOR_SUBJECTS) < 0
        && w.findStem(modal + 1, Math.min(to, modal + 4), Lexicon.USE_STEMS) >= 0;
  }

  private static final Set<String> PERMISSIVE_MODALS = words("may", "can");

  /**
   * "The only derivative works permitted are translations", "The only redistribution allowed is
   * in binary form": "the only" opens the clause and qualifies a right, and what follows "is" or
   * "are" is all of it that is allowed (a purpose, a form, a list of items after a colon). The
   * right must be the head of the subject ("The only condition for redistribution is ..." limits
   * nothing). A complement that points at the license's own terms ("those set out in this
   * License") names no scope: the clause is read, and adds no act.
   *
   * @return whether the clause has this structure
   */
  private static boolean onlyKind(Words w, int from, int to, int sentence, List<Act> out) {
    int only = w.phraseAt(from, "the", "only") ? from + 1
        : w.phraseAt(from + 1, "the", "only") ? from + 2 : -1;
    if (only < 0 || only + 2 >= to) {
      return false;
    }
    int head = w.rights[only + 1] != 0 ? only + 1
        : w.is(only + 1, ONLY_KIND_QUALIFIERS) && w.rights[only + 2] != 0 ? only + 2 : -1;
    if (head < 0) {
      return false;
    }
    int be = w.find(head + 1, Math.min(to, head + 12), Lexicon.BE);
    if (be > 0 && w.is(be - 1, Lexicon.THAT_WHICH)) {
      be = w.find(be + 1, Math.min(to, head + 12), Lexicon.BE); // "that are permitted ... are"
    }
    if (be < 0 || w.is(be + 1, Lexicon.NEGATORS)) {
      return false;
    }
    if (w.is(be + 1, ONLY_KIND_REFERENCES) || scopeOfTerms(w, be + 1, to)) {
      return true;
    }
    Set<Right> rights = EnumSet.noneOf(Right.class);
    for (int k = head; k < be; k++) {
      w.addRights(k, rights);
    }
    Set<Limit> limits = Limits.named(w, be + 1, Math.min(to, be + 12));
    out.add(new Act(ActKind.CONFINE, rights,
        limits.isEmpty() ? EnumSet.of(Limit.NAMED_PURPOSE) : limits, sentence, w.start[from],
        w.end[to - 1]));
    return true;
  }

  /** Participles and adjectives between "the only" and its right: "the only permitted use". */
  private static final Set<String> ONLY_KIND_QUALIFIERS =
      words("permitted", "allowed", "authorised", "authorized", "licensed", "licenced",
          "acceptable", "approved", "lawful", "further", "derivative");

  /** "The only uses permitted are those granted above": the license's own grant, no scope. */
  private static final Set<String> ONLY_KIND_REFERENCES =
      words("those", "the", "these", "that", "what", "as");

  /** "The Software is for personal use": the work, "is for", and a limiting purpose. */
  private static Set<Limit> workIsFor(Words w, int from, int to) {
    int work = w.findStem(from, Math.min(to, from + 3), Lexicon.WORK_STEMS);
    if (work >= 0 && w.is(work + 1, Lexicon.BE) && w.phraseAt(work + 2, "for")) {
      Set<Limit> named = Limits.named(w, work + 3, Math.min(to, work + 8));
      named.retainAll(PURPOSE_LIMITS);
      return named;
    }
    // "Every copy you run or distribute -- source or binary, modified or not -- must be for
    // installation on a genuine Ostrava thermostat": each copy bound to a product
    int copy = w.find(from, Math.min(to, from + 3), COPIES);
    int duty = copy < 0 ? -1 : w.find(copy + 1, to, DUTY_MODALS);
    if (duty < 0 || !w.phraseAt(duty + 1, "be", "for")) {
      return Set.of();
    }
    Set<Limit> named = Limits.named(w, duty + 3, Math.min(to, duty + 3 + SCOPE_REACH));
    named.retainAll(EnumSet.of(Limit.WITH_PRODUCT, Limit.INTERNAL, Limit.PERSONAL));
    return named;
  }

  private static final Set<String> COPIES = words("copy", "copies");

  private static final Set<String> DUTY_MODALS = words("must", "shall");

  /** Index of the word after "that" in "you represent that ...", or -1. */
  private static int statusClaim(Words w, int from, int to) {
    for (int k = from; k + 1 < Math.min(to, from + 10); k++) {
      if (w.is(k, STATUS_VERBS) && w.phraseAt(k + 1, "that")
          && w.find(Math.max(from, k - 4), k, LICENSEES) >= 0) {
        return k + 2;
      }
    }
    return -1;
  }

  /**
   * A representation binds the licensee to what it states: a negated statement excludes the
   * users or uses it names; a count below a threshold is a user threshold.
   */
  private static boolean readStatus(
      Words w, int start, int to, int sentence, int from, List<Act> out) {
    for (int k = start; k < to; k++) {
      if (w.is(k, THRESHOLD_WORDS) && w.phraseAt(k + 1, "than") || w.low[k].equals("under")
          && k + 1 < to && Character.isDigit(w.low[k + 1].charAt(0))) {
        out.add(new Act(ActKind.CONFINE, EnumSet.of(Right.USE), EnumSet.of(Limit.USER_THRESHOLD),
            sentence, w.start[from], w.end[to - 1]));
        return true;
      }
    }
    int not = w.find(start, Math.min(to, start + 6), Lexicon.NEGATORS);
    if (not >= 0 && not + 1 < to) {
      out.add(new Act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of(), sentence,
          w.start[from], w.end[to - 1]));
      return true;
    }
    return false;
  }

  private static final Set<String> TO = words("to");

  private static final Set<String> WORK_DUTIES = words("must", "shall");

  /** A duty inside a condition or a relative clause ("if the Software must") binds nobody. */
  private static final Set<String> PREPOSITIONS_BEFORE_SUBJECT = words("if", "unless", "which", "that");

  private static final Set<String> PREPOSITIONS =
      words("for", "to", "by", "with", "on", "of", "from", "behalf");
}
