package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Limit;
import dev.ajar.Right;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ways a license takes a use out of its grant without the words "must not": the grant does
 * not cover it, the license ends if it happens, a licensee of some kind has no rights, the use
 * needs a separate agreement, the grant is limited or confined to something. Each is a
 * structure; the words of the use itself only choose a category later.
 *
 * <ul>
 *   <li>scope: "X falls outside the scope of this grant", "the grant does not cover/include X",
 *       "X is not covered by this license", "permission is withheld for X", "is void for X";
 *   <li>termination: "your license terminates/ends/is void if X", "X voids this license" (but
 *       not on breach of the license itself, patent claims or other legal events);
 *   <li>excluded users: "X have no rights under this license", "you hold no license to X";
 *   <li>separate terms: "any use for X requires a separate agreement/written consent";
 *   <li>narrowing: "permission/the grant/use is limited/confined to X".
 * </ul>
 */
final class Exclusions {

  private Exclusions() {}

  private static final Set<String> COVER_VERBS =
      words("cover", "covers", "include", "includes", "extend", "extends", "reach", "reaches");

  private static final Set<String> ENDING =
      words("terminate", "terminates", "terminated", "ends", "end", "ended", "void", "voids",
          "lose", "loses", "forfeit", "forfeits", "revoked", "cease", "ceases", "lapse", "lapses");

  private static final Set<String> TRIGGERS =
      words("if", "once", "when", "whenever", "should", "upon", "day", "moment", "where");

  /** Termination on these is ordinary license enforcement, not a use restriction. */
  private static final Set<String> ENFORCEMENT =
      Lexicon.stems("comply compliance breach breaches break breaks violate violates violation"
          + " terms conditions obligations patent patents litigation claim lawsuit sue fail failure"
          + " institute bankrupt insolvent pay payment fees notice attempt otherwise agreement"
          + " expiration expiry meet meeting satisfy satisfying observe observing fulfil fulfill");

  /** Breaking the license: "any failure to act according to its terms", "a breach of it". */
  private static final Set<String> BREAKING =
      Lexicon.stems("failure fail fails breach breaches break breaks violate violates violation"
          + " noncompliance");

  /**
   * Whether a condition in [from, end) is refusing or breaking the license: "if you do not accept
   * them", "if you do not agree to such terms", "if you breach any of them". What follows from it
   * ("you have no right to use it") enforces the license; it takes no use out of the grant.
   */
  static boolean refusedOrBroken(Words w, int from, int end) {
    int condition = w.find(from, end, Lexicon.CONDITIONAL);
    if (condition < 0) {
      return false;
    }
    for (int k = condition + 1; k < end - 1; k++) {
      if (w.stemIn(k, BREAKING) || w.is(k, Lexicon.NEGATORS)
          && w.find(k + 1, Math.min(end, k + 3), ACCEPTING) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ACCEPTING =
      words("accept", "agree", "comply", "abide", "consent", "assent");

  private static final Set<String> HOLD = words("have", "has", "hold", "holds", "get", "gets");

  /** What a license noun may modify: "no licence header", "no license file". */
  private static final Set<String> LICENSE_ARTIFACTS = words("header", "headers", "file", "files",
      "text", "notice", "notices", "statement", "tag", "field", "key");

  /** Whether the subject before {@code verb} (from the last comma) is the work or a file. */
  private static boolean thingSubject(Words w, int from, int verb) {
    int subject = verb;
    while (subject > from && w.gap[subject] != ',' && w.gap[subject] != ';') {
      subject--;
    }
    return w.findStem(subject, verb, Lexicon.WORK_STEMS) >= 0 || w.find(subject, verb, THINGS) >= 0;
  }

  /** Things, not parties, that may be said to have no license. */
  private static final Set<String> THINGS = words("file", "files", "code", "package", "packages",
      "repository", "repo", "directory", "folder", "project", "module", "modules", "component",
      "components");

  private static final Set<String> REQUIRE =
      words("requires", "require", "required", "needs", "need", "necessitates");

  private static final Set<String> SEPARATE_TERMS =
      Lexicon.stems("separate additional agreement licence license consent approval permission"
          + " subscription contract authorization authorisation arrangement");

  private static final Set<String> LIMITED = words("limited", "restricted", "confined", "confine",
      "confines", "restrict", "restricts");

  /**
   * Reads [from, to) for one of the structures; adds its act and returns true if there is one.
   */
  static boolean read(Words w, int from, int to, int sentence, List<Act> out) {
    if (separateProduct(w, from, to)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      // "restricted to" narrows; "impose restrictions" is an allowed condition
      if (w.stemIn(k, Lexicon.ALLOWED_OBJECT_STEMS) && !w.is(k, LIMITED)) {
        return false;
      }
    }
    for (int i = from; i < to; i++) {
      String word = w.low[i];
      // "X is a prohibited use of this Program"
      if (w.is(i, Lexicon.BE) && w.phraseAt(i + 1, "a") && w.is(i + 2, Lexicon.FORBID_WORDS)
          && w.stemIn(i + 3, Lexicon.USE_STEMS) && i > from) {
        return add(w, from, to, sentence, out, content(w, from, i));
      }
      if ((word.equals("outside") || word.equals("beyond")) && (w.find(i + 1, Math.min(to, i + 4),
              SCOPE) >= 0 || useOpens(w, from, i) && w.find(i + 1, Math.min(to, i + 3), GRANT_NOUNS) >= 0)
          && !aboutGrantMechanics(w, 0, w.size)
          && w.findStem(from, i, Lexicon.DISCLAIM_STEMS) < 0
          // "Any failure to act according to the terms ... places Your use outside the scope":
          // breaking the license is enforcement, not a use taken out of it
          && w.findStem(from, i, BREAKING) < 0) {
        return add(w, from, to, sentence, out, content(w, from, i) || content(w, i + 1, to));
      }
      // "The rights do not extend to ...", "None of the rights above extend to use in ..."
      if (w.is(i, COVER_VERBS) && (w.is(i - 1, NOT) || w.is(i - 2, NOT)
              || w.phraseAt(from, "none", "of") && i < from + 7)
          && w.find(Math.max(from, i - 5), i, GRANT_NOUNS) >= 0 && !aboutGrantMechanics(w, from, i)
          && !aboutGrantMechanics(w, i + 1, to)) {
        return add(w, from, to, sentence, out, content(w, i + 1, to));
      }
      // "Applications in the fossil fuel industry are not covered by this license"
      if (w.is(i, COVERED) && w.is(i - 1, NOT) && w.is(i - 2, Lexicon.BE)
          && w.phraseAt(i + 1, "by") && w.find(i + 2, Math.min(to, i + 5), GRANT_NOUNS) >= 0
          && !aboutGrantMechanics(w, from, to) && w.find(from, i, SUBORDINATORS) < 0) {
        return add(w, from, to, sentence, out, content(w, from, i - 2));
      }
      // "Organisations that sell firearms are ineligible for this license"
      if (w.is(i, INELIGIBLE) && (w.is(i - 1, Lexicon.BE) || w.phraseAt(i - 2, "not") && w.is(i - 3, Lexicon.BE))
          && w.find(i + 1, Math.min(to, i + 5), GRANT_NOUNS) >= 0) {
        return add(w, from, to, sentence, out, content(w, from, i));
      }
      // "The Work must be kept out of systems that decide parole"
      if (w.is(i, KEPT) && w.phraseAt(i + 1, "out", "of")
          && w.findStem(from, i, Lexicon.WORK_STEMS) >= 0 && w.find(from, i, Lexicon.BINDING_MODALS) >= 0) {
        return add(w, from, to, sentence, out, content(w, i + 3, to));
      }
      // "Uses outside classroom teaching are unlicensed": what lies outside the named use
      if ((word.equals("outside") || word.equals("beyond")) && w.stemIn(i - 1, Lexicon.USE_STEMS)
          && w.find(i + 1, to, UNLICENSED) >= 0) {
        return add(w, from, to, sentence, out, content(w, i + 1, w.find(i + 1, to, UNLICENSED)));
      }
      if ((word.equals("withheld") || word.equals("void") && w.phraseAt(i + 1, "for"))
          && w.find(from, i, GRANT_HOLDERS) >= 0) {
        return add(w, from, to, sentence, out, content(w, i + 1, to));
      }
      // "The Licensor withholds permission for any use in fracking"
      if ((word.equals("withholds") || word.equals("withhold"))
          && w.find(i + 1, Math.min(to, i + 3), GRANT_HOLDERS) >= 0) {
        return add(w, from, to, sentence, out, content(w, i + 2, to));
      }
      // "Rights under this licence shall not be exercised for animal experimentation"
      if (word.equals("exercised") && w.phraseAt(i - 2, "not", "be") && w.find(from, i, GRANT_HOLDERS) >= 0
          && w.is(i + 1, PURPOSE_MARKERS) && !aboutGrantMechanics(w, i + 1, to)) {
        return add(w, from, to, sentence, out, content(w, i + 2, to));
      }
      // "This license excludes use in artillery fire control."
      if (w.is(i, EXCLUDES) && w.find(Math.max(from, i - 3), i, GRANT_HOLDERS) >= 0) {
        int excludedUse = w.findStem(i + 1, Math.min(to, i + 3), Lexicon.USE_STEMS);
        if (excludedUse >= 0 && !aboutGrantMechanics(w, i + 1, excludedUse + 1)) {
          return add(w, from, to, sentence, out, content(w, i + 2, to));
        }
      }
      // "Using the Model to write parking tickets will terminate your license", "Any use of the
      // Dataset for credit scoring constitutes a breach of this License": a use that ends the
      // license or breaks it is outside it.
      if ((w.is(i, ENDING) || word.equals("terminate") || w.is(i, BREACH))
          && useOpens(w, from, i) && purposeIn(w, from, i)
          && w.findStem(from, i, BREAKING) < 0 && !againstTheLicense(w, from, i)) {
        return add(w, from, to, sentence, out, true);
      }
      if (w.is(i, ENDING) && w.is(from, WHOEVER) && w.findStem(from, i, Lexicon.USE_STEMS) >= 0
          && w.findStem(from, to, ENFORCEMENT) < 0) {
        // "Whoever uses the firmware to disable brakes loses every right under this license."
        return add(w, from, to, sentence, out, true);
      }
      if (w.is(i, BREACH) && w.is(from, WHOEVER) && i - from > 2
          && (w.findStem(from, i, Lexicon.USE_STEMS) >= 0
              || w.findStem(from, i, Lexicon.WORK_STEMS) >= 0)
          && w.findStem(from, i, ENFORCEMENT) < 0 && w.findStem(from, i, OMITTING) < 0) {
        // "Whoever scores credit applicants with the Dataset is in breach of these terms": the
        // act the subject names breaks the license (not "whoever fails to comply ...", "anyone
        // who forgets to credit it": a duty not met)
        return add(w, from, to, sentence, out, true);
      }
      if (w.is(i, ENDING)) {
        int trigger = w.find(i + 1, Math.min(to, i + 4), TRIGGERS);
        // not patent retaliation, wherever its suit is told: "If you bring a claim that the Work
        // infringes a patent, the patent licenses end when you bring it"
        if (trigger >= 0 && content(w, trigger + 1, to) && w.findStem(trigger, to, ENFORCEMENT) < 0
            && w.find(from, i, ENDINGS_OF_THE_LICENSE) < 0 && w.findStem(from, to, PATENTS) < 0) {
          return add(w, from, to, sentence, out, true);
        }
        // "Illegal activities of every kind void this license."
        if ((word.equals("void") || word.equals("voids")) && w.findStem(from, to, ENFORCEMENT) < 0
            && i > from && w.find(i + 1, Math.min(to, i + 3), DETERMINERS) >= 0
            && w.find(from, i, PARTIES) < 0) {
          return add(w, from, to, sentence, out, content(w, from, i));
        }
      }
      // Not rights to enforce the terms ("a person who is not a party has no rights under the
      // Contracts Act to enforce any term").
      if (w.is(i, HOLD) && w.phraseAt(i + 1, "no")
          && w.is(i + 2, HELD_RIGHTS) && !refusedOrBroken(w, from, i)
          // not "This file has no license", "The code has no licence header yet": a thing
          // without a license (or its file or header) holds no rights and loses none
          && !w.is(i + 3, LICENSE_ARTIFACTS) && !thingSubject(w, from, i)
          && !aboutGrantMechanics(w, i + 3, to) && w.findStem(i + 3, to, ENFORCEMENT) < 0
          && !exceptUnderTheLicense(w, i + 3, to)) {
        return add(w, from, to, sentence, out, content(w, from, i) || content(w, i + 3, to));
      }
      // "Rights under this license are not available to people living in ...": excluded users.
      if (word.equals("available") && w.is(i - 1, NOT) && (w.phraseAt(i + 1, "to")
          || w.phraseAt(i + 1, "for")) && w.find(from, Math.min(i, from + 4), GRANT_HOLDERS) >= 0
          && w.find(from, i, Lexicon.CONDITIONAL) < 0) {
        return add(w, from, to, sentence, out, content(w, i + 2, to));
      }
      // "The Model is off-limits for circus animal training."
      if (word.equals("off") && w.phraseAt(i + 1, "limits") && w.compound[i + 1]
          && (w.is(i - 1, BE) || w.is(i - 2, BE))) {
        return add(w, from, to, sentence, out, content(w, from, i) || content(w, i + 2, to));
      }
      // "Use of the Software by governments is subject to prior written approval"
      if (word.equals("subject") && w.phraseAt(i + 1, "to") && useSubject(w, from, i)
          && w.find(from, i, Lexicon.HYPOTHETICAL) < 0
          && purposeIn(w, from, i) && w.findStem(i + 2, Math.min(to, i + 7), APPROVALS) >= 0) {
        return add(w, from, to, sentence, out, true);
      }
      // Not a hedge nor the law's own licensing: "Export of encryption software may require a
      // license from the Government"; nor a freedom: "Products that embed the font do not need
      // to carry the licence", "need not".
      if (copyrightScope(w, i, to)) {
        continue; // "Whoever uses it in a manner that requires the consent of the rights
        // holder declares ...": the acts copyright reserves, which this license covers
      }
      if (w.is(i, REQUIRE) && w.findStem(i + 1, Math.min(to, i + 6), SEPARATE_TERMS) >= 0
          && !(w.is(i - 1, NOT) && w.gap[i] == ' ') // not "modified or not, needs ..."
          && !w.is(i + 1, NOT) && !w.phraseAt(i + 1, "no") && !w.is(i - 1, HEDGES)
          && w.findStem(i + 1, to, PATENTS) < 0 // "may require additional patent licenses"
          && withheldUntilAsked(w, from, i, sentence, out)) {
        return true;
      }
      if (w.is(i, REQUIRE) && w.findStem(i + 1, Math.min(to, i + 6), SEPARATE_TERMS) >= 0
          && useSubject(w, from, i) && !w.is(i - 1, HEDGES) && !w.is(i - 1, NOT)
          && !w.is(i + 1, NOT) && !w.phraseAt(i + 1, "no") // "need no separate permission"
          && w.findStem(from, to, Lexicon.LEGAL_STEMS) < 0) {
        return add(w, from, to, sentence, out, true);
      }
      // "to" is looked for only after one of LIMITED: most words are not.
      int toAt = !w.is(i, LIMITED) ? -1 : w.phraseAt(i + 1, "to") ? i + 1
          : w.is(i + 1, Lexicon.ONLY) && w.phraseAt(i + 2, "to") ? i + 2 : -1;
      if (toAt > 0 && !w.phraseAt(i - 1, "not")
          && w.findStem(from, to, Lexicon.LEGAL_STEMS) < 0
          && w.find(from, Math.min(i, from + 4), LIMITED_SUBJECTS) >= 0
          && w.find(toAt + 1, Math.min(to, toAt + 5), PORTIONS) < 0) {
        // The grant itself is the subject, and what it is confined to is not a part of the work
        // ("the license is limited to only the identifiable portion of the derivative work").

        Set<Limit> limits = Limits.named(w, toAt + 1, Math.min(to, toAt + 11));
        Set<Limit> l = limits.isEmpty() ? EnumSet.of(Limit.NAMED_PURPOSE) : limits;
        out.add(new Act(ActKind.CONFINE, EnumSet.of(Right.USE), l, sentence, w.start[from],
            w.end[to - 1]));
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HEDGES = words("may", "might", "could", "can");

  /**
   * "a manner that requires the consent of the rights holder", "any act which needs the
   * permission of the author": a relative clause naming what copyright reserves to its owner.
   */
  private static boolean copyrightScope(Words w, int i, int to) {
    if (!w.is(i, REQUIRE) || !w.is(i - 1, Lexicon.THAT_WHICH)) {
      return false;
    }
    int of = w.find(i + 1, Math.min(to, i + 5), OF);
    return of >= 0 && w.find(of + 1, Math.min(to, of + 4), RIGHTS_OWNERS) >= 0;
  }

  private static final Set<String> OF = words("of");

  private static final Set<String> RIGHTS_OWNERS = words("holder", "holders", "owner", "owners",
      "author", "authors", "rightsholder", "rightholder");

  private static final Set<String> GRANT_NOUNS =
      words("grant", "license", "licence", "licenses", "rights", "permission", "permissions");

  /**
   * A scope statement about what the license governs ("activities other than copying,
   * distribution and modification are not covered"; "mere aggregation ... does not bring the
   * other work under the scope"): it names rights or works, not a forbidden use.
   */
  private static boolean aboutGrantMechanics(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.namesRightBeyondUse(k)) {
        return true;
      }
      if (w.is(k, MECHANICS)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MECHANICS =
      words("activities", "aggregation", "libraries", "library", "trademarks", "trademark",
          "patent", "patents", "text", "preamble", "immunity", "section", "sections");

  private static boolean add(
      Words w, int from, int to, int sentence, List<Act> out, boolean hasContent) {
    if (!hasContent) {
      return false;
    }
    out.add(new Act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of(), sentence, w.start[from],
        w.end[to - 1]));
    return true;
  }

  /** "... except under this License": the license's own grant is the exception. */
  private static boolean exceptUnderTheLicense(Words w, int from, int to) {
    int except = w.find(from, to, Lexicon.EXCEPT);
    return except >= 0
        && w.findStem(except, Math.min(to, except + 6), Lexicon.LICENSE_REFERENCE_STEMS) >= 0;
  }

  /** Whether a use opens the clause before {@code verb}: "Using the Model ...", "Any use of ...". */
  private static boolean useOpens(Words w, int from, int verb) {
    int use = w.phraseAt(from, "any") ? from + 1 : from;
    if (w.is(use, USERS) && use > from) {
      use++; // "Any person using the Work to harass others loses ..."
    }
    return use < verb && (w.stemIn(use, Lexicon.USE_STEMS) || w.is(use, USE_NOUNS));
  }

  /** Nouns of use that open a clause: "Any application of the Software to ... breaches". */
  private static final Set<String> USE_NOUNS =
      words("application", "exploitation", "deployment", "usage", "utilisation", "utilization");

  private static final Set<String> USERS =
      words("person", "one", "user", "licensee", "party", "entity", "company", "organisation",
          "organization", "individual");

  /** Whether [start, end) gives a use a purpose, place or means: "to write", "for", "in". */
  private static boolean purposeIn(Words w, int start, int end) {
    for (int k = start + 1; k + 1 < end; k++) {
      if (w.is(k, PURPOSE_MARKERS) && content(w, k + 1, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Any use ... which is not in accordance with this License", "use not in conformity with its
   * terms": a use named only by breaking the license, whose end is enforcement.
   */
  private static boolean againstTheLicense(Words w, int start, int end) {
    for (int k = start; k + 2 < end; k++) {
      if (w.is(k, ACCORDANCE) && w.find(k + 1, Math.min(end, k + 5), LICENSE_ITSELF) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ACCORDANCE = words("accordance", "conformity", "compliance");

  private static final Set<String> LICENSE_ITSELF =
      words("license", "licence", "agreement", "terms", "conditions");

  private static final Set<String> PURPOSE_MARKERS = words("to", "for", "in", "as", "by", "on");

  private static final Set<String> EXCLUDES = words("excludes", "exclude");

  private static final Set<String> APPROVALS =
      Lexicon.stems("consent approval permission");

  /** Not doing what the license asks: "forgets to credit", "neglects to include". */
  private static final Set<String> OMITTING =
      Lexicon.stems("forget forgets neglect neglects omit omits refuse refuses");

  private static final Set<String> BREACH =
      words("breach", "breaches", "violation", "violates", "infringement", "contravenes");

  /** "Any use for X", "Use by an intelligence service", "Any production deployment". */
  /**
   * "Redistribution of the utilities, modified or not, needs our written consent": a right named
   * as the subject that waits on someone's leave or a separate agreement is withheld from the
   * licensee (a use named so is a use taken out of the grant, read below).
   */
  private static boolean withheldUntilAsked(
      Words w, int from, int verb, int sentence, List<Act> out) {
    // "Redistribution of the utilities, modified or not, needs ...": a clause that opens with
    // the verb has its subject at the sentence's start
    int head = verb == from ? 0 : from;
    Set<Right> rights = EnumSet.noneOf(Right.class);
    for (Right r : Right.values()) {
      if (r != Right.USE && w.names(head, r)) {
        rights.add(r);
      }
    }
    if (rights.isEmpty() || w.stemIn(head, Lexicon.USE_STEMS) || verb - head > SUBJECT_REACH
        || rights.contains(Right.COMMERCIAL_USE)) { // "commercial use": a field
      return false;
    }
    out.add(new Act(ActKind.DENY, rights, Set.of(), sentence, w.start[head], w.end[w.size - 1]));
    return true;
  }

  /** Words a right named as the subject may stand before its verb, at most. */
  private static final int SUBJECT_REACH = 20;

  private static boolean useSubject(Words w, int from, int verb) {
    for (int k = from; k < verb; k++) {
      if (w.stemIn(k, Lexicon.USE_STEMS) || w.low[k].equals("deployment")
          || w.low[k].equals("usage")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Cormorant Cloud and Cormorant Enterprise are separate products and are not licensed under
   * this document": what the license does not cover is another work, not a use of this one.
   */
  static boolean separateProduct(Words w, int from, int to) {
    int separate = w.find(from, to, SEPARATE);
    return separate >= 0 && w.stemIn(separate + 1, PRODUCTS);
  }

  private static final Set<String> SEPARATE = words("separate", "separately", "distinct");

  private static final Set<String> PRODUCTS =
      Lexicon.stems("product products offering offerings edition editions program programs work"
          + " works software service services module modules");

  /** Whether [start, end) names something: a word beyond articles and pronouns. */
  private static boolean content(Words w, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!w.is(k, FILLER) && !w.stemIn(k, Lexicon.WORK_STEMS)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FILLER =
      words("the", "a", "an", "this", "that", "it", "of", "under", "license", "licence", "grant",
          "agreement", "your", "you", "any", "all", "is", "are", "be", "and", "or", "its", "these",
          "rights", "right", "above", "herein", "hereunder", "terms", "automatically", "will",
          "shall", "immediately", "then", "such", "in", "to", "by", "for", "with", "on");

  // Word sets of single structures above, built once rather than on every call.
  private static final Set<String> DETERMINERS = words("this", "the", "your");

  private static final Set<String> PATENTS = Lexicon.stems("patent patents infringes infringement");

  private static final Set<String> ENDINGS_OF_THE_LICENSE = words("termination", "expiration");

  private static final Set<String> GRANT_HOLDERS = words("permission", "license", "licence", "grant", "rights");

  private static final Set<String> HELD_RIGHTS = words("rights", "right", "license", "licence", "permission");

  private static final Set<String> NOT = words("not");

  private static final Set<String> BE = Lexicon.BE;

  private static final Set<String> WHOEVER = words("whoever", "anyone", "anybody", "those");

  private static final Set<String> PORTIONS =
      words("portion", "portions", "part", "parts", "identifiable", "extent", "scope");

  private static final Set<String> PARTIES = words("you", "licensee", "we", "licensor");

  private static final Set<String> SCOPE = words("scope");

  /** A clause inside another: "if ...", "... understood that the information is not covered". */
  private static final Set<String> SUBORDINATORS =
      words("if", "that", "which", "when", "whether", "unless", "where", "whose", "who", "what");

  private static final Set<String> COVERED = words("covered", "included", "licensed", "licenced");

  private static final Set<String> INELIGIBLE = words("ineligible", "eligible");

  private static final Set<String> KEPT = words("kept", "keep", "keeps", "stay", "stays", "remain", "remains");

  private static final Set<String> UNLICENSED =
      words("unlicensed", "unlicenced", "prohibited", "forbidden", "excluded");

  private static final Set<String> LIMITED_SUBJECTS =
      words("permission", "grant", "license", "licence", "use", "uses", "rights", "its", "your");
}
