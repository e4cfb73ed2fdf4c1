package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.GRANTOR_SUBJECTS;
import static dev.ajar.rights.Lexicon.LIMIT_STEMS;
import static dev.ajar.rights.Lexicon.ONLY;
import static dev.ajar.rights.Lexicon.ONLY_NOT_A_SCOPE;
import static dev.ajar.rights.Lexicon.PERMISSION_STEMS;
import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Limit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the limits a clause puts on what it grants. A limit needs a scoping structure: "only",
 * "solely", "exclusively" with a complement that names a purpose, user group, place or form; a
 * purpose phrase of the grant itself ("for non-commercial purposes"); a form of the copies
 * ("in binary form" with no source form, "without modification"); or a period. The words of the
 * complement only choose which limit; a scoped complement they do not know is a named purpose.
 */
final class Limits {

  /** Words looked at after "only" for its complement. */
  private static final int COMPLEMENT = 10;

  /** Verbs and auxiliaries skipped between "only" and its complement ("only be used for"). */
  private static final Set<String> SKIP =
      words("be", "is", "are", "been", "used", "use", "distributed", "licensed", "licenced",
          "granted", "provided", "made", "available", "copied", "reproduced", "redistributed",
          "installed", "run", "operated", "deployed", "you", "may", "can", "it", "the", "this");

  private Limits() {}

  static Set<Limit> in(Words w, int from, int to) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    boolean any = anyPurpose(w, from, to);
    for (int i = from; i < to; i++) {
      String word = w.low[i];
      int purpose =
          !any && (word.equals("for") || word.equals("to")) ? purposeAt(w, i + 1, to) : -1;
      if (w.is(i, ONLY) && !w.phraseAt(i - 1, "not") && !w.phraseAt(i - 1, "if")
          && !w.compound[i] && !dutyReach(w, i)
          && scopesAGrant(w, i, from, to)) {
        scoped(w, i, from, to, out);
      } else if (!any && nonCommercial(w, i, to) && !bothCommercial(w, from, to)) {
        out.add(Limit.NON_COMMERCIAL);
      } else if (purpose > i) {
        out.addAll(named(w, i + 1, purpose));
      } else if (word.equals("without") && w.stemIn(i + 1, LIMIT_MODIFY)
          && !w.phraseAt(i - 2, "with", "or")) {
        out.add(Limit.UNMODIFIED);
      } else if (word.equals("verbatim") || word.equals("unmodified") || word.equals("unaltered")) {
        out.add(Limit.UNMODIFIED);
      } else if (w.phraseAt(i, "for", "a", "period") || trialDays(w, i)) {
        out.add(Limit.TIME_LIMITED);
      } else if (word.equals("during")) {
        out.addAll(during(w, i + 1, to));
      } else if (w.phraseAt(i, "to", "the", "extent", "that")) {
        out.addAll(extentFor(w, i + 4, to));
      } else if (countCap(w, i, to)) {
        out.add(Limit.USER_THRESHOLD);
      } else if (word.equals("with") && w.is(i + 1, OWN) && w.is(i + 2, STAFF)) {
        out.add(Limit.INTERNAL); // "may share it with its employees and contractors"
      } else if ((word.equals("local") || word.equals("locally")) && w.rights[i + 1 < to ? i + 1 : i] != 0
          && i + 1 < to) {
        out.add(Limit.INTERNAL); // "Local modification of this release is permitted"
      }
    }
    if (binaryOnly(w, from, to)) {
      out.add(Limit.BINARY_ONLY);
    }
    if (out.contains(Limit.UNMODIFIED) && namesModifiedCopies(w, from, to)) {
      out.remove(Limit.UNMODIFIED);
    }
    if (any) {
      out.removeIf(Limit::narrowsField);
    }
    return out;
  }

  static final Set<String> LIMIT_MODIFY = Lexicon.stems("modification modifications"
      + " modifying alteration alterations change changes changed");

  /**
   * Whether "only" at {@code only} scopes the verb of a grant ("may be used only for", "licensed
   * solely to", "may only distribute"), rather than a subject ("only the Licensor may") or
   * something else in the clause.
   */
  private static boolean scopesAGrant(Words w, int only, int from, int to) {
    // "only the Licensor may", "only those who have": a subject; "only after you have": a time
    boolean time = w.is(only + 1, AFTER);
    for (int k = only + 1; !time && k < Math.min(to, only + 4); k++) {
      if (w.is(k, Lexicon.MODALS) || w.low[k].equals("has") || w.low[k].equals("have")) {
        return false;
      }
    }
    for (int k = Math.max(from, only - 6); k < Math.min(to, only + 4); k++) {
      if (k != only && grantWord(w, k) && !descriptive(w, k)) {
        return true;
      }
    }
    // "to copy and modify it, and to create derivative works, in each case solely for ...": the
    // phrase refers the scope back to every grant before it.
    return w.phraseAt(only - 3, "in", "each", "case")
        || w.phraseAt(only - 3, "in", "every", "case")
        || w.phraseAt(only - 3, "in", "all", "cases")
        || w.phraseAt(only - 3, "in", "either", "case");
  }

  /** "observed only the following:", "subject only to the following conditions": duties. */
  private static boolean followingDuties(Words w, int k, int to) {
    return w.phraseAt(k, "following") && (k + 1 >= to || w.is(k + 1, DUTY_NOUNS));
  }

  private static final Set<String> DUTY_NOUNS =
      words("conditions", "terms", "requirements", "obligations", "rules", "restrictions");

  /** "Embedded Fonts are used only in ...": a present-tense description, not a grant. */
  private static boolean descriptive(Words w, int k) {
    return (w.is(k - 1, IS_ARE) && !w.is(k - 2, YOU_LICENSEE));
  }

  private static boolean grantWord(Words w, int k) {
    if (w.stemIn(k, Lexicon.USE_STEMS) || w.stemIn(k, Lexicon.GRANT_VERB_STEMS)) {
      return true;
    }
    return w.rights[k] != 0 && !w.low[k].startsWith("commercial");
  }

  /**
   * Whether the "only" at {@code only} says how far a duty reaches, not what a grant allows: "the
   * share-alike rule only kicks in when you hand them on", "a distributor need only check the
   * conditions in this file", "meet only the conditions in this file"; or in whose name an offer
   * is made ("only in your own name").
   */
  static boolean dutyReach(Words w, int only) {
    int next = w.phraseAt(only + 1, "the") ? only + 2 : only + 1;
    return w.stemIn(only - 1, Lexicon.DUTY_NOUNS) || w.is(only - 1, NEED)
        // "you need it only to copy, change or distribute it": when the license is needed
        || w.is(only - 2, NEED) && w.is(only - 1, NEEDED_OBJECTS)
        || w.stemIn(next, Lexicon.DUTY_NOUNS) // "need meet only the conditions in this file"
        // "on the following conditions, and only these:": a pronoun that ends the clause
        || w.phraseAt(only + 1, "these") && (only + 2 >= w.size || w.gap[only + 2] != ' ')
        || ownName(w, only + 1); // "but only in your own name": whose name, not a scope
  }

  private static final Set<String> NEED = words("need", "needs");

  private static final Set<String> NEEDED_OBJECTS = words("it", "this", "them", "one");

  private static final Set<String> UNDER = words("under");

  /**
   * "under the conditions of this license", "under these terms": this license's own terms, not
   * "under the terms of a separate commercial agreement".
   */
  private static boolean underTheseTerms(Words w, int start, int end) {
    int under = w.find(start, end, UNDER);
    if (under < 0 || w.stemIn(under - 1, Lexicon.USE_STEMS)) {
      return false; // "provided for use under the terms of this License only" keeps its reading
    }
    int duty = w.stemIn(under + 1, Lexicon.DUTY_NOUNS) ? under + 1
        : w.stemIn(under + 2, Lexicon.DUTY_NOUNS) ? under + 2 : -1;
    return duty >= 0 && (w.phraseAt(duty - 1, "these") || w.phraseAt(duty + 1, "of", "this")
        || w.phraseAt(duty + 1, "of", "the", "present"));
  }

  /**
   * "only in your own name", "only on Your own behalf": whose name an offer is made in (the
   * licensor's is not to be bound by it), not a purpose, user or place the grant is for.
   */
  static boolean ownName(Words w, int k) {
    return w.is(k, OWN_NAME_PREPOSITIONS) && w.is(k + 1, Lexicon.POSSESSIVES)
        && w.phraseAt(k + 2, "own");
  }

  private static final Set<String> OWN_NAME_PREPOSITIONS = words("in", "on", "under");

  /** The last preposition in [start, only), or {@code start} when there is none. */
  private static int complementBefore(Words w, int start, int only) {
    for (int k = only - 1; k > start; k--) {
      if (w.is(k, COMPLEMENT_PREPOSITIONS)) {
        return k;
      }
    }
    return start;
  }

  private static final Set<String> COMPLEMENT_PREPOSITIONS =
      words("for", "in", "on", "within", "at", "inside", "by", "with", "to");

  /** Limits named by the complement of "only" at {@code only}. */
  private static void scoped(Words w, int only, int from, int to, Set<Limit> out) {
    int k = only + 1;
    while (k < to && w.is(k, SKIP)) {
      k++;
    }
    int end = Math.min(to, k + COMPLEMENT);
    int start = k;
    if (k >= to) {
      // "for non-commercial purposes only": the complement stands before, from its preposition
      // when it has one ("We license the Software for home use only": not the grantor)
      start = complementBefore(w, Math.max(from, only - COMPLEMENT), only);
      end = only;
    } else if (w.phraseAt(k, "as") && w.is(k + 1, AS_PART_OF)) {
      // "only as incorporated into a Licensee Product": inside another work, not a reference
      out.add(Limit.WITH_PRODUCT);
      return;
    } else if (w.is(k, CONDITION_OPENERS) && productTie(w, k + 1, Math.min(to, k + CONDITION))) {
      // "permitted only where the Materials are distributed as part of a Qualified Product"
      out.add(Limit.WITH_PRODUCT);
      return;
    } else if ((w.is(k, CONDITION_OPENERS) || w.is(k, AFTER))
        && leaveObtained(w, k + 1, Math.min(to, k + CONDITION))) {
      // "only after you have received their written confirmation": someone's leave
      out.add(Limit.PERMISSION_REQUIRED);
      return;
    } else if (w.is(k, ONLY_NOT_A_SCOPE) || followingDuties(w, k, to)
        || w.phraseAt(k, "in", "accordance")
        || w.phraseAt(k, "in", "compliance") || w.phraseAt(k, "to", "the", "extent")
        || w.phraseAt(k, "in", "conformity") || w.phraseAt(k, "with", "the", "terms")
        || ownName(w, k)) {
      return;
    }
    if (start >= end || w.find(start, Math.min(end, start + 3), GRANTOR_SUBJECTS) >= 0) {
      return;
    }
    if (w.findStem(start, end, COMPLYING) >= 0) {
      return; // "may only use this Documentation if you comply with the terms of this License"
    }
    if (underTheseTerms(w, start, end)) {
      return; // "may only be passed on under the conditions of this license": copyleft
    }
    Set<Limit> named = named(w, start, end);
    if (w.phraseAt(start, "for") && !w.phraseAt(start + 1, "use", "with")
        && !w.phraseAt(start + 1, "use", "on")) {
      named.remove(Limit.WITH_PRODUCT); // "solely for education, research, hardware development"
    }
    named.addAll(w.definitions.limitsIn(w, start, end)); // "solely for the Permitted Purpose"
    if (w.findStem(start, end, PERMISSION_STEMS) >= 0 && !named.contains(Limit.WITH_PRODUCT)) {
      named.add(Limit.PERMISSION_REQUIRED);
    }
    out.addAll(named.isEmpty() ? EnumSet.of(Limit.NAMED_PURPOSE) : named);
  }

  /**
   * "During the Term", "during the thirty (30) day evaluation period": a grant that lasts a
   * counted time, named here or in the definition of the term ("Term" means the period ending
   * forty-five (45) days after the Access Date). "During the term of this Agreement" counts
   * nothing and limits nothing.
   */
  private static Set<Limit> during(Words w, int start, int to) {
    int end = start;
    while (end < to && end < start + DURING_REACH && (end == start || w.gap[end] != ',')) {
      end++;
    }
    Set<Limit> named = namedOrDefined(w, start, end);
    named.retainAll(EnumSet.of(Limit.TIME_LIMITED, Limit.EVALUATION));
    return named;
  }

  /** The limits [start, end) names, in its own words or in the definitions of its terms. */
  private static Set<Limit> namedOrDefined(Words w, int start, int end) {
    Set<Limit> named = named(w, start, end);
    named.addAll(w.definitions.limitsIn(w, start, end));
    return named;
  }

  /**
   * "to the extent that the distribution is for a Permitted Purpose": a purpose the grant holds
   * for, named here or in a definition; "to the extent that the law allows" names none.
   */
  private static Set<Limit> extentFor(Words w, int start, int to) {
    int end = Math.min(to, start + EXTENT_REACH);
    int forAt = w.find(start, end, FOR);
    if (forAt < 0 || !w.is(forAt - 1, Lexicon.BE)) {
      return Set.of();
    }
    int scopeEnd = Math.min(to, forAt + 1 + COMPLEMENT);
    Set<Limit> named = namedOrDefined(w, forAt + 1, scopeEnd);
    return named.isEmpty() ? EnumSet.of(Limit.NAMED_PURPOSE) : named;
  }

  /** How far after "to the extent that" its "is for" may stand. */
  private static final int EXTENT_REACH = 6;

  private static final Set<String> FOR = words("for");

  /** The longest "during ..." phrase read for a time limit. */
  private static final int DURING_REACH = 8;

  /** Complying with the license or the law is no scope of the grant. */
  private static final Set<String> COMPLYING = Lexicon.stems("comply complies compliance");

  /**
   * "on no more than three computers", "at most 5 seats", "up to 10 users": a count that caps
   * the grant.
   */
  private static boolean countCap(Words w, int i, int to) {
    int n;
    if (w.phraseAt(i, "no", "more", "than") || w.phraseAt(i, "not", "more", "than")) {
      n = i + 3;
    } else if (w.phraseAt(i, "at", "most") || w.phraseAt(i, "up", "to")) {
      n = i + 2;
    } else {
      return false;
    }
    return n + 1 < to && (Character.isDigit(w.low[n].charAt(0)) || w.is(n, NUMBER_WORDS))
        && !w.stemIn(n + 1, TIME_UNITS);
  }

  /** A cap on time or on a sum is no cap on users or installations. */
  private static final Set<String> TIME_UNITS =
      Lexicon.stems("day days week weeks month months year years hour hours percent dollars"
          + " euros usd eur");

  private static final Set<String> OWN = words("your", "its", "their", "his", "her", "our");

  private static final Set<String> PERSONS =
      words("person", "persons", "people", "individuals", "those", "anyone", "entities");

  private static final Set<String> WHO = words("who", "whom", "that", "which");

  private static final Set<String> STAFF =
      words("employees", "staff", "contractors", "affiliates", "subsidiaries", "personnel");

  /** "only as incorporated into", "only as part of": the work inside something else. */
  /**
   * Whether [start, end) ties the work to another product: "as part of Your Work", "as
   * incorporated into", "used with and for Hanfeng microcontrollers" (a use with something
   * named).
   */
  private static boolean productTie(Words w, int start, int end) {
    for (int j = start; j + 1 < end; j++) {
      if (w.low[j].equals("as") && w.is(j + 1, INSIDE)) {
        return true;
      }
      if (w.stemIn(j, Lexicon.USE_STEMS)
          && (w.phraseAt(j + 1, "with") || w.phraseAt(j + 1, "on"))) {
        for (int n = j + 2; n < Math.min(end, j + 6); n++) {
          if (w.original[n] && !w.original[j]) {
            return true; // a named product, in a sentence not in capitals
          }
        }
      }
    }
    return false;
  }

  /** "only where", "only if", "only on the condition that": a condition as the scope. */
  private static final Set<String> CONDITION_OPENERS = words("where", "if", "when", "on");

  private static final Set<String> AFTER = words("after", "upon", "once");

  /**
   * Someone's leave obtained in [start, end): "you have received their written confirmation",
   * "you obtain consent from the Licensor"; not the licensee's own ("the recipient gives consent").
   */
  private static boolean leaveObtained(Words w, int start, int end) {
    int leave = w.findStem(start, end, LEAVE);
    return leave >= 0 && (w.findStem(Math.max(start, leave - 4), leave, OBTAINING) >= 0
        || w.phraseAt(leave + 1, "from") || w.phraseAt(leave + 1, "of"));
  }

  private static final Set<String> OBTAINING =
      Lexicon.stems("receive received obtain obtained get got secure secured");

  /** Someone's leave, as a condition names it (not "this license", which is the grant's own). */
  private static final Set<String> LEAVE =
      Lexicon.stems("permission consent approval authorization authorisation confirmation");

  /** The longest condition read for a product tie. */
  private static final int CONDITION = 16;

  /** "as part of", "as incorporated into": the work inside another one. */
  private static final Set<String> INSIDE =
      words("incorporated", "integrated", "embedded", "bundled", "included", "part");

  private static final Set<String> AS_PART_OF =
      words("incorporated", "integrated", "embedded", "bundled", "included", "part", "a", "an",
          "component");

  /** Participles that name a maker: "devices manufactured by or for the Licensor". */
  private static final Set<String> MADE =
      words("manufactured", "made", "produced", "sold", "supplied", "built", "branded");

  /** The limits whose words occur in [start, end). */
  static Set<Limit> named(Words w, int start, int end) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    for (int k = start; k < end; k++) {
      if (w.is(k, MADE) && w.phraseAt(k + 1, "by") || w.low[k].equals("genuine")) {
        out.add(Limit.WITH_PRODUCT); // "on accelerators manufactured by Halvard", "genuine"
      }
      if (nonCommercial(w, k, end)) {
        out.add(Limit.NON_COMMERCIAL);
      }
      for (Map.Entry<Limit, Set<String>> e : LIMIT_STEMS.entrySet()) {
        // "persons" shares its stem with "personal" and names no personal use
        if (w.stemIn(k, e.getValue()) && !(e.getKey() == Limit.PERSONAL && w.is(k, PERSONS))) {
          out.add(e.getKey());
        }
      }
      if (w.is(k, PERSONS) && w.is(k + 1, WHO)) {
        out.add(Limit.NAMED_USERS); // "licensed only to persons who hold a radio licence"
      }
    }
    if (productTie(w, start, end)) {
      out.add(Limit.WITH_PRODUCT); // "as part of a Qualified Product", "used with Hanfeng chips"
    }
    if (out.contains(Limit.USER_THRESHOLD) && !hasNumber(w, start, end)) {
      out.remove(Limit.USER_THRESHOLD);
    }
    if (out.contains(Limit.TIME_LIMITED) && !hasNumber(w, start, end)
        && w.find(start, end, EXPIRY_WORDS) < 0) {
      out.remove(Limit.TIME_LIMITED);
    }
    return out;
  }

  /**
   * "for research purposes", "for personal use": a purpose phrase that limits a grant; the index
   * of its "purposes" or "use", or -1.
   */
  private static int purposeAt(Words w, int k, int to) {
    for (int j = k; j < Math.min(to, k + PURPOSE_LIST); j++) {
      if (w.low[j].equals("purpose") || w.low[j].equals("purposes") || w.low[j].equals("use")) {
        Set<Limit> named = named(w, k, j);
        return !named.isEmpty() && !named.contains(Limit.NAMED_USERS) ? j : -1;
      }
    }
    return -1;
  }

  /** Words before "purposes" that may name them: "educational, research and archival purposes". */
  private static final int PURPOSE_LIST = 6;

  /**
   * "for non-commercial purposes", "non-commercial use only": the words name a purpose of the
   * grant, not a party or a license ("the Non-Profit OSL").
   */
  static boolean nonCommercial(Words w, int k, int to) {
    String word = w.low[k];
    int after;
    if (word.equals("noncommercial") || word.equals("nonprofit") || word.equals("non-commercial")) {
      after = k + 1;
    } else if (word.equals("non") && (w.phraseAt(k + 1, "commercial") || w.phraseAt(k + 1, "profit"))) {
      after = k + 2;
    } else if (w.phraseAt(k, "not", "for", "profit")) {
      after = k + 3;
    } else {
      return false;
    }
    return w.is(k - 1, PURPOSE_BEFORE) || w.is(after, PURPOSE_AFTER) || w.is(after + 1, PURPOSE_AFTER);
  }

  private static final Set<String> PURPOSE_BEFORE =
      words("for", "in", "to", "only", "solely", "exclusively", "strictly", "purely");

  private static final Set<String> PURPOSE_AFTER =
      words("use", "uses", "purpose", "purposes", "only", "distribution", "basis", "research",
          "activities", "activity", "applications", "projects", "settings", "context", "contexts");

  /** "commercial or non-commercial", "commercial and noncommercial": both are granted. */
  private static boolean bothCommercial(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.low[k].equals("commercial") && !w.phraseAt(k - 1, "non") && !w.phraseAt(k - 1, "not")) {
        return true;
      }
    }
    return false;
  }

  /** "for any purpose", "without restriction": a phrase that lifts a field limit. */
  static boolean anyPurpose(Words w, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (w.phraseAt(k, "any", "purpose") || w.phraseAt(k, "any", "purposes")
          || w.phraseAt(k, "without", "restriction") || w.phraseAt(k, "all", "purposes")) {
        return true;
      }
    }
    return false;
  }

  private static boolean trialDays(Words w, int i) {
    return isNumber(w.low[i]) && w.is(i + 1, PERIODS)
        && !w.phraseAt(i + 2, "after") && !w.phraseAt(i + 2, "of");
  }

  private static boolean hasNumber(Words w, int start, int end) {
    for (int k = start; k < end; k++) {
      if (isNumber(w.low[k]) || w.low[k].endsWith("000")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return NUMBER_WORDS.contains(s);
      }
    }
    return true;
  }

  /** "verbatim or modified copies", "modified and unmodified": modified copies are granted too. */
  private static boolean namesModifiedCopies(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      String word = w.low[k];
      if ((word.equals("modified") || word.equals("modifications") || word.equals("altered"))
          && !w.phraseAt(k - 1, "without") && !w.phraseAt(k - 1, "not")) {
        return true;
      }
    }
    return false;
  }

  /** Redistribution in binary or object form, with no source form named in the clause. */
  private static boolean binaryOnly(Words w, int from, int to) {
    boolean binary = false;
    for (int k = from; k < to; k++) {
      String word = w.low[k];
      if (word.equals("source") || word.equals("sources")) {
        return false;
      }
      if (word.equals("binary") || word.equals("binaries") || w.phraseAt(k, "object", "code")
          || w.phraseAt(k, "object", "form") || w.phraseAt(k, "executable", "form")
          || w.phraseAt(k, "machine", "readable")) {
        binary = true;
      }
    }
    return binary;
  }

  // Word sets of single structures above, built once rather than on every call.
  private static final Set<String> EXPIRY_WORDS = words("expire", "expires", "expiry", "expiration", "until");

  private static final Set<String> IS_ARE = words("is", "are");

  private static final Set<String> PERIODS = words("days", "day", "months", "month", "weeks");

  private static final Set<String> YOU_LICENSEE = words("you", "licensee");

  private static final Set<String> NUMBER_WORDS =
      words("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "twelve", "fifteen", "twenty", "thirty", "fifty", "sixty", "ninety", "hundred",
          "thousand", "million");
}
