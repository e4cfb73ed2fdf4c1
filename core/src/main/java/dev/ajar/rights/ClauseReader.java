package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.ALLOWED_OBJECT_STEMS;
import static dev.ajar.rights.Lexicon.AND_OR;
import static dev.ajar.rights.Lexicon.BE;
import static dev.ajar.rights.Lexicon.BINDING_MODALS;
import static dev.ajar.rights.Lexicon.EXCEPT;
import static dev.ajar.rights.Lexicon.FORBID_WORDS;
import static dev.ajar.rights.Lexicon.GRANTOR_SUBJECTS;
import static dev.ajar.rights.Lexicon.LICENSE_REFERENCE_STEMS;
import static dev.ajar.rights.Lexicon.NEGATIVE_SUBJECTS;
import static dev.ajar.rights.Lexicon.NEGATORS;
import static dev.ajar.rights.Lexicon.NOT_NEGATING_NEXT;
import static dev.ajar.rights.Lexicon.ONLY;
import static dev.ajar.rights.Lexicon.PERMISSION_STEMS;
import static dev.ajar.rights.Lexicon.PERMIT_PARTICIPLES;
import static dev.ajar.rights.Lexicon.PROMISE_VERBS;
import static dev.ajar.rights.Lexicon.PROVISO;
import static dev.ajar.rights.Lexicon.RIGHT_NOUN_STEMS;
import static dev.ajar.rights.Lexicon.USE_STEMS;
import static dev.ajar.rights.Lexicon.WORK_STEMS;
import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Limit;
import dev.ajar.Right;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one clause (a sentence, or a part of it between semicolons): whether it prohibits,
 * denies, grants or limits, and which rights. The order of the checks is the order of strength:
 * a prohibition cue wins over a grant cue in the same clause ("you may not distribute" holds
 * "may"), and a grant cue with "no" before it is a denial.
 */
final class ClauseReader {

  /** How far after a modal the verb of a grant may stand ("may freely and without fee copy"). */
  private static final int MODAL_REACH = 6;

  /** How far before "not" a modal may stand ("shall in any event not"). */
  private static final int NEGATION_REACH = 3;

  /** "no more than the cost", "no later than": a measure, not a negative subject. */
  private static final Set<String> COMPARATIVES =
      words("more", "less", "later", "longer", "earlier", "fewer", "greater", "sooner", "other");

  /** "This license does not extend to ...": the grant's scope, denied. */
  private static final Set<String> SCOPE_VERBS =
      words("extend", "extends", "apply", "applies", "cover", "covers", "permit", "permits",
          "allow", "allows", "authorize", "authorizes", "include", "includes");

  private final Words w;
  private final int from;
  private final int to;
  private final int sentence;

  ClauseReader(Words w, int from, int to, int sentence) {
    this.w = w;
    this.from = afterLabel(w, from, to);
    this.to = to;
    this.sentence = sentence;
  }

  /**
   * Where a clause's words begin after its section label: "2.2 The licence does not extend to"
   * reads from "The", as an unnumbered clause would; "30 days after download" keeps its number.
   */
  private static int afterLabel(Words w, int from, int to) {
    int k = from;
    while (k + 2 < to && label(w, k)) {
      k++;
    }
    return k;
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean label(Words w, int k) {
    String s = w.low[k];
    boolean number = digits(s);
    boolean letter = s.length() == 1 && Character.isLetter(s.charAt(0))
        || s.length() <= 4 && s.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x');
    return number && (w.original[k + 1] || w.gap[k + 1] == ')' || digits(w.low[k + 1]))
        || letter && w.gap[k + 1] == ')';
  }

  /** What the items of a list opened by this clause (if it ends in a colon) are. */
  enum Lead {
    /** Not a lead-in. */
    NONE,
    /** "You agree not to use the Model:": each item is a prohibited use. */
    USES,
    /** "You may not:", "This license does not extend to:": each item says its own act. */
    ACTS,
    /** "The Licensor grants you a license to:": each item names rights granted. */
    GRANTS
  }

  private Lead lead = Lead.NONE;

  /** The prohibition puts its subject after the modal ("In no event may the Model be used"). */
  private boolean inverted;

  /**
   * The clause states the grant's scope ("This license does not authorize use of ...") or a
   * condition of use ("It is a condition of this license that the Software is not used in
   * mines"): the license it names is not what it forbids.
   */
  private boolean scopeOrCondition;

  private static final Set<String> GRANT_SUBJECT_NOUNS =
      words("license", "licence", "grant", "rights", "permission", "agreement");

  private static final Set<String> PATENT_STEMS = Lexicon.stems("patent patents");

  /** Whether the grant before {@code end} is under patents ("Non-Patent Rights" is not). */
  private boolean underPatents(int end) {
    for (int k = from; k < end; k++) {
      if (w.stemIn(k, PATENT_STEMS) && !w.compound[k]) {
        return true;
      }
    }
    return false;
  }

  /** "It is not permitted to": a subject that stands for the act after the participle. */
  private static final Set<String> DUMMY_SUBJECTS = words("it", "this");

  /**
   * Participles after "must not be" that bind nobody to refrain from an act, beside {@link
   * #NON_ACTS} ("deemed", "construed"), which the passive check consults too.
   */
  private static final Set<String> PASSIVE_NON_ACTS =
      words("considered", "interpreted", "treated", "held", "responsible", "liable", "read",
          "taken", "required", "obliged", "obligated", "bound", "subject", "affected", "limited",
          "able", "misrepresented", "removed", "altered",
          "changed", "modified", "used", "copied", "distributed", "sold", "relied");

  private static final Set<String> REFRAIN =
      words("refrain", "abstain", "stop", "cease", "discontinue", "desist");

  private static final Set<String> TO_WORD = words("to");

  /**
   * Adds the acts of the clause to {@code out}.
   *
   * @return what a list this clause opens would hold, if the clause ends in a colon
   */
  Lead read(List<Act> out) {
    if (w.phraseAt(from, "but", "not") && w.is(from + 2, COMPLEMENT_STARTERS)
        && from + 3 < to && !allowedObject(from, to)) {
      // "may be embedded in documents, but not in any product sold to the armed forces"
      out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
      return Lead.NONE;
    }
    if (Revocations.read(w, from, to, sentence, out)) {
      return Lead.NONE;
    }
    if (freedom()) {
      out.add(act(ActKind.FREEDOM, Set.of(), Set.of()));
      return Lead.NONE;
    }
    int[] window = prohibition();
    if (window != null) {
      prohibitionAct(window, out);
      return lead;
    }
    if (Exclusions.read(w, from, to, sentence, out) || Scopes.read(w, from, to, sentence, out)
        || Incorporations.read(w, from, to, sentence, out)) {
      return Lead.NONE;
    }
    int negated = negatedGrant();
    if (negated >= 0 && w.find(from, to, NEEDED) >= 0
        && w.find(from, negated, Lexicon.CONDITIONAL) < 0) {
      // "No permission is needed to use it in products": a freedom
      out.add(act(ActKind.FREEDOM, Set.of(), Set.of()));
      return Lead.NONE;
    }
    if (negated >= 0 && (w.findStem(from, to, ALLOWED_OBJECT_STEMS) >= 0
        || personalDataObject(negated)
        || w.find(from, to, NEEDED) >= 0 || Exclusions.refusedOrBroken(w, from, negated))) {
      // "If you do not accept these terms, you have no right to use it": what refusing or
      // breaking the license leaves you
      return Lead.NONE;
    }
    if (negated >= 0 && w.find(from, negated, DESCRIPTIVE_DOCUMENTS) >= 0) {
      // "Nothing in this policy itself grants any right to use, copy or publish", "This guide
      // does not grant any right": a document that only talks about rights says it is not
      // their source; no licensor withholds them
      out.add(act(ActKind.REPORT, Set.of(), Set.of()));
      return Lead.NONE;
    }
    if (negated >= 0) {
      int useVerb = w.findStem(negated, Math.min(to, negated + 6), USE_STEMS);
      int forAt = w.find(negated, Math.min(to, negated + 3), FOR);
      if (forAt >= 0 && w.find(negated, forAt, TO) >= 0) {
        forAt = -1; // "No right to file for a patent": the "for" of another verb
      }
      if (useVerb >= 0 && (hasComplement(useVerb, to)
          || w.find(useVerb + 1, Math.min(to, useVerb + 5), USER_CONDITIONS) >= 0) || forAt >= 0
          && w.findStem(from, to, ALLOWED_OBJECT_STEMS) < 0 && forAt + 1 < to) {
        // "No license is granted for ammunition factories", "you hold no license to use X in Y";
        // not "no right to use it other than in accordance with Section 2" (the license's own).
        int except = exceptIndex(negated, to);
        if (except >= 0 && toSay(except)) {
          out.add(act(ActKind.ALLOWED_PROHIBITION, Set.of(), Set.of()));
          return Lead.NONE;
        }
        out.add(act(except >= 0 && licenseReference(except) ? ActKind.EXEMPT : ActKind.PROHIBIT_USE,
            EnumSet.of(Right.USE), Set.of()));
        return Lead.NONE;
      }
      int verb = grantedVerb(negated);
      Set<Right> rights =
          verb < 0 || qualified(verb, to) || documentObjectsOnly(verb, Math.min(to, verb + VERB_LIST))
              ? EnumSet.noneOf(Right.class)
              : rights(verb, Math.min(to, verb + VERB_LIST), false);
      rights.remove(Right.USE);
      if (!rights.isEmpty()) {
        int except = w.find(negated, to, EXCEPT);
        out.add(act(except >= 0 && licenseReference(except) ? ActKind.EXEMPT : ActKind.DENY,
            rights, Set.of()));
      }
      return Lead.NONE;
    }
    int cue = grantCue();
    if (aboutLicenseText(from, cue < 0 ? to : provisoStart(cue))
        || cue >= 0 && grantsOnLicenseText(cue, provisoStart(cue))) {
      return Lead.NONE; // "Permission is granted to copy or distribute this License unmodified"
    }
    if (InformalGrants.imperative(w, from, to)) {
      // "Take it, change it, sell it, ship it.": rights given as orders to the reader
      out.add(act(ActKind.GRANT, rights(from, to, true), Set.of()));
      return Lead.NONE;
    }
    if (InformalGrants.everyRight(w, from, to)) {
      out.add(act(ActKind.GRANT, EnumSet.allOf(Right.class), Set.of()));
      return Lead.NONE;
    }
    boolean documentIsSubject =
        cue >= 0 && w.is(cue, Lexicon.MODALS)
            && w.find(Math.max(subjectStart(cue), cue - 4), cue, DOCUMENT_WORDS) >= 0;
    if (cue >= 0 && !documentIsSubject && !reverseGrant(provisoStart(cue))
        && !underPatents(provisoStart(cue))) {
      // A license under patents ("to make, have made, use, offer to sell") grants no right in the
      // work itself: the copyright grant decides.
      int end = provisoStart(cue);
      Set<Right> rights = rights(from, end, true);
      if (rights.isEmpty() && useVerbAfter(cue) >= 0) {
        rights.add(Right.USE); // "The Model may only be deployed by accredited hospitals"
      }
      // Limits are read in the main clause: not in a condition before it ("If the distribution
      // is restricted in certain countries, ...") nor in a clause about patents or termination.
      int main = conditionEnd(from, cue);
      // A grant about marks, notices or the law limits nothing; its proviso may name them
      // ("provided that this notice appears") without undoing the grant's own limits.
      Set<Limit> limits =
          w.findStem(from, end, Lexicon.LEGAL_STEMS) >= 0
              || w.findStem(from, end, ALLOWED_OBJECT_STEMS) >= 0
              ? Set.of()
              : Limits.in(w, main, end);
      Set<Limit> circle = w.definitions.partyLimitsIn(w, from, end);
      boolean payment = paymentDue(end);
      if (payment || !circle.isEmpty()) {
        // "you pay Kiln the Distribution Royalty"; "Company grants each Customer", a Customer
        // being defined as a holder of a subscription
        limits = EnumSet.copyOf(limits.isEmpty() ? EnumSet.noneOf(Limit.class) : limits);
        limits.addAll(circle);
        if (payment) {
          limits.add(Limit.PAYMENT);
        }
      }
      if (anyPurpose(from, end)) {
        rights.add(Right.ANY_PURPOSE);
        rights.add(Right.USE);
      }
      if (ownWorkOnly(cue, end)) {
        // "You may sell, give away or publish Your Work": the licensee's own work, made with
        // the font, not the font itself
        rights.clear();
      }
      if (!rights.isEmpty()) {
        // "You are only permitted to use the Software within the European Union": a grant scoped
        // by "only" confines every grant of what it names.
        out.add(act(confines(rights, limits, cue) ? ActKind.CONFINE : ActKind.GRANT, rights,
            limits));
        if (workKeptUnchanged(end)) {
          // "provided that the file is not changed": the condition withholds modification.
          out.add(act(ActKind.DENY, EnumSet.of(Right.MODIFY), Set.of()));
        }
        if (carveOut(cue, end)) {
          // "for any purpose other than tracking migrants", "all uses are permitted except use
          // in slot machines": the grant takes a use out of itself.
          out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
        }
        if (end == to && (w.low[to - 1].equals("following") || modalLeadIn(cue))) {
          // "a sublicensable license ... to do the following:", "Any person may, without fee
          // and for any purpose:" and the items
          return Lead.GRANTS;
        }
      } else if (!(to - end <= 2 && (w.phraseAt(end, "provided") || w.phraseAt(end, "providing")))) {
        return Lead.GRANTS; // "grants you a license to:" with the rights in the items below
      }
      // "Such rights are granted, provided that:": the items below are conditions, each read
      // as a sentence of its own.
    } else if (cue < 0 && onlyScope() && w.findStem(from, to, WORK_STEMS) >= 0
        && w.findStem(from, to, Lexicon.LEGAL_STEMS) < 0) {
      // The work must be what is used: "personal information shall be used for statistical
      // purposes only" scopes someone's data, not the grant.
      // "You agree to use the Software only for scholarly purposes": a scope with no grant word.
      // Limits are the main clause's, not those of a condition before it ("If you distribute it
      // in object code form, you may only do so under a license that complies with this one").
      int only = w.find(from, to, ONLY);
      Set<Limit> limits = Limits.in(w, conditionEnd(from, only < 0 ? to - 1 : only), to);
      Set<Right> rights = rights(from, to, true);
      if (!limits.isEmpty() && !rights.isEmpty()) {
        out.add(act(ActKind.LIMIT, rights, limits));
      }
    }
    return Lead.NONE;
  }

  /**
   * Reads the clause as an item of a list opened by a lead-in of kind {@code mode}: under a
   * prohibition of uses every item is a prohibited use (unless it is about names, marks or
   * notices); under a bare prohibition the item names its own act. Under a grant, each item is
   * a grant, with the limits of the parties the lead-in names ({@code leadLimits}).
   */
  void readItem(Lead mode, Set<Limit> leadLimits, List<Act> out) {
    if (mode == Lead.GRANTS) {
      Set<Right> rights = rights(from, to, true);
      if (anyPurpose(from, to)) {
        rights.add(Right.ANY_PURPOSE);
      }
      if (!rights.isEmpty()) {
        Set<Limit> limits = EnumSet.noneOf(Limit.class);
        limits.addAll(Limits.in(w, from, to));
        limits.addAll(leadLimits);
        out.add(act(ActKind.GRANT, rights, limits));
      }
      return;
    }
    if (mode == Lead.USES) {
      if (w.findStem(from, to, ALLOWED_OBJECT_STEMS) < 0) {
        out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
      }
      return;
    }
    int start = from;
    while (start < to - 1 && enumerator(w.low[start])) {
      start++; // "(2) Redistribute this code."
    }
    prohibitionAct(new int[] {from, to}, out, firstVerb(start, to));
  }

  /** An item's number or letter: "1", "b", "iv". */
  private static boolean enumerator(String word) {
    return word.chars().allMatch(Character::isDigit)
        || word.length() == 1 && Character.isLetter(word.charAt(0))
        || word.length() <= 4 && word.chars().allMatch(c -> "ivx".indexOf(c) >= 0);
  }

  // ---- prohibitions --------------------------------------------------------------------------

  /**
   * The words a prohibition forbids, as {start, end} word indexes, or null when the clause
   * prohibits nothing.
   */
  private static final Set<String> ASSURANCES =
      words("promise", "promises", "guarantee", "guarantees", "assurance", "assurances",
          "representation", "representations");

  private int[] prohibition() {
    for (int i = from; i < to; i++) {
      String word = w.low[i];
      if (isNot(i)) {
        if (notLimiting(i)) {
          continue;
        }
        if (w.phraseAt(i + 1, "for") && (w.stemIn(i + 2, USE_STEMS) || w.stemIn(i + 3, USE_STEMS))
            && (i == from || w.is(i - 1, BE) && w.findStem(from, i, WORK_STEMS) >= 0)) {
          return new int[] {i + 2, to}; // "Not for use in autonomous vehicles."
        }
        if (w.find(from, i, Lexicon.HYPOTHETICAL) >= 0 || relativeClause(i)
            || othersTerms(i)) {
          // "if you do not accept", "software you can't contribute", "licences which do not
          // permit": not a ban
          continue;
        }
        if (modalBefore(i) || promiseBefore(i) || imperativeDo(i)) {
          return new int[] {i + 1, to};
        }
        if (participleAfter(i) && !Exclusions.separateProduct(w, from, to)) {
          // "You are not licensed to run this ...": the act follows the participle.
          int to1 = w.find(i + 1, Math.min(to, i + 3), TO_WORD);
          if (to1 >= 0 && to1 + 1 < to && !subjectIsGrantorBefore(i)
              && (w.find(from, i, LICENSEES) >= 0 || w.is(from, DUMMY_SUBJECTS)
                  || w.is(from, LEADING_CONJUNCTIONS) && w.is(from + 1, DUMMY_SUBJECTS))
              && !w.phraseAt(to1 + 1, "the") && !w.phraseAt(to1 + 1, "any")) {
            return new int[] {to1 + 1, to};
          }
          // "The Work is not licensed for use in toll booths": the use follows "for".
          int forUse = w.find(i + 1, Math.min(to, i + 4), FOR);
          if (forUse >= 0 && w.stemIn(forUse + 1, USE_STEMS) && hasComplement(forUse + 1, to)) {
            return new int[] {forUse + 1, to};
          }
          return new int[] {from, to};
        }
        if (w.is(i - 1, BE) && w.phraseAt(i + 1, "to", "be") && i + 3 < to
            && w.rights[i + 3] != 0 && !w.stemIn(i + 3, USE_STEMS) && !w.is(i - 2, WHO)) {
          return new int[] {i + 3, to}; // "Derivatives are not to be published or shared"
        }
        if (w.is(i - 1, BE) && (w.stemIn(i + 1, USE_STEMS) || w.phraseAt(i + 1, "to", "be")
            && w.stemIn(i + 3, USE_STEMS)) && !w.is(i - 2, WHO)) {
          // (not "any individual who is not employed by that Entity": a person, not the work)
          // a condition: "the Software is not used for weapons", also "It is a condition of this
          // license that the Software is not used in mines"
          scopeOrCondition = true;
          return new int[] {i + 1, to};
        }
        if (w.find(from, i, GRANT_CONDITIONS) >= 0 && i + 2 < to && !modalBefore(i)
            && (w.is(i - 1, DUMMY_SUBJECTS) || w.stemIn(i - 1, WORK_STEMS))
            && w.findStem(i, to, ALLOWED_OBJECT_STEMS) < 0) {
          // "licensed on the condition that it never powers surveillance drones"
          scopeOrCondition = true;
          return new int[] {i + 1, to};
        }
        if (w.phraseAt(i + 1, "be") && w.stemIn(i + 2, USE_STEMS) && !modalBefore(i)
            && w.find(from, i, GRANT_CONDITIONS) >= 0 && w.findStem(i, to, ALLOWED_OBJECT_STEMS) < 0) {
          // "It is a condition of this license that the Dataset not be used for lending."
          scopeOrCondition = true;
          return new int[] {i + 2, to};
        }
        if (w.phraseAt(i + 1, "being") && w.stemIn(i + 2, USE_STEMS)
            && w.find(from, i, GRANT_CONDITIONS) >= 0
            && w.findStem(i, to, ALLOWED_OBJECT_STEMS) < 0) {
          // "Permission is conditional upon it not being used in political advertising."
          return new int[] {i + 1, to};
        }
        if (w.is(i + 1, SCOPE_VERBS) && w.findStem(from, i, RIGHT_NOUN_STEMS) >= 0) {
          // "This license does not authorize use of the Font in logos": the grant itself is the
          // subject, in the clause's first words (not "The GNU General Public License does not
          // permit", not "The requirement for fonts to remain under this license does not apply").
          scopeOrCondition = w.find(from, Math.min(i, from + 3), GRANT_SUBJECT_NOUNS) >= 0;
          // "The rights do not include the right to use the Program in ...": the act follows.
          int k = i + 2;
          while (k < to && k < i + 6 && (w.is(k, RIGHT_LEAD) || w.stemIn(k, RIGHT_NOUN_STEMS))) {
            k++;
          }
          // Not "does not grant a right to use:" and a list of materials (what is not licensed).
          boolean reached = k > i + 2 && k < to && (w.rights[k] != 0 || w.stemIn(k, USE_STEMS)
                  || actOnTheWork(k))
              && !(k + 1 == to && w.stemIn(k, USE_STEMS));
          int act = reached ? k : w.rights[i + 1] != 0 ? i + 2 : i + 1;
          return new int[] {act, to};
        }
      } else if (word.equals("nothing") && w.find(i + 1, Math.min(to, i + 7), LEAVE_VERBS) >= 0
          && w.find(from, i, Lexicon.CONDITIONAL) < 0) {
        scopeOrCondition = true; // the license is the subject: what it leaves out
        return new int[] {w.find(i + 1, Math.min(to, i + 7), LEAVE_VERBS) + 1, to};
      } else if (word.equals("no") && i + 1 < to && !w.stemIn(i + 1, RIGHT_NOUN_STEMS)
          && !w.stemIn(i + 2, RIGHT_NOUN_STEMS) && !w.is(i + 1, COMPARATIVES)
          && !w.is(i + 1, Lexicon.LIMIT_NOUNS)) {
        // "No part of the Software may be copied", "no one may use": a negative subject.
        if (SentenceReader.negativeInversion(w, i) && i + 3 < to
            && w.find(from, i, Lexicon.CONDITIONAL) < 0) {
          inverted = true; // "In no event may the fonts appear ...": the subject follows the modal
          return new int[] {i + 3, to};
        }
        int modal = w.find(i + 1, Math.min(to, i + 16), BINDING_MODALS);
        // Not "We make no promise that the firmware will work": the modal is the promise's.
        if (modal >= 0 && !w.stemIn(i + 1, Lexicon.DISCLAIM_STEMS) && !w.is(i + 1, ASSURANCES)
            && w.find(i + 1, modal, LICENSEES) < 0 && w.find(from, i, Lexicon.CONDITIONAL) < 0) {
          return new int[] {modal + 1, to};
        }
        // "must ensure that no end user uses the Software to forge signatures"
        int used = w.findStem(i + 1, Math.min(to, i + 5), USE_STEMS);
        if (modal < 0 && used > i + 1 && w.find(from, i, DUTY_MODALS) >= 0
            && !w.stemIn(i + 1, RIGHT_NOUN_STEMS) && hasComplement(used, to)) {
          return new int[] {used, to};
        }
        // "No reverse engineering ... is permitted": the forbidden act is the subject.
        for (int k = i + 1; k + 1 < to; k++) {
          if (w.is(k, BE) && w.is(k + 1, PERMIT_PARTICIPLES)) {
            int verb = firstVerb(i + 1, k);
            return verb < 0 ? null : new int[] {i + 1, to};
          }
        }
      } else if ((w.is(i, NEGATIVE_SUBJECTS) || word.equals("cannot"))
          && w.find(from, i, Lexicon.CONDITIONAL) < 0 && !describesTheGrant(i)) {
        // the subject may be a long list: "None of the names, logos or trademarks of ... may"
        int modal = word.equals("cannot") ? i : w.find(i + 1, Math.min(to, i + 32), BINDING_MODALS);
        if (word.equals("neither") && w.is(i - 1, BINDING_MODALS)) {
          return new int[] {i + 1, to};
        }
        if (modal >= 0) {
          return new int[] {modal + 1, to};
        }
      } else if (w.is(i, REFRAIN) && (w.is(i - 1, OBLIGING_WORDS) || i == from)
          && !subjectIsGrantorBefore(i) && w.find(from, i, Lexicon.CONDITIONAL) < 0
          && (w.phraseAt(i + 1, "from") || w.stemIn(i + 1, USE_STEMS)
              || w.phraseAt(i + 1, "to") && w.stemIn(i + 2, USE_STEMS))) {
        // "agree to refrain from using", "must stop using", "undertakes to cease using"
        return new int[] {i + 1, to};
      } else if (w.is(i, FORBID_WORDS) && i == from && i + 2 < to && w.gap[i + 1] == ':') {
        return new int[] {i + 1, to}; // "Prohibited: running the Software on voting machines."
      } else if (w.is(i, FORBID_WORDS)) {
        if (w.phraseAt(i - 1, "a") && w.stemIn(i + 1, USE_STEMS)) {
          continue; // "X is a prohibited use": the subject is the use, read by Exclusions
        }
        if (i > from && isNot(i - 1) || w.is(i - 1, OBLIGING_WORDS)
            || !w.is(i - 1, BE) && !w.is(i - 2, BE) && !w.phraseAt(i + 1, "from")
                && !word.equals("refrain") && !word.equals("abstain")) {
          continue; // "not forbidden from", "must prohibit", a heading "Prohibited uses"
        }
        return new int[] {from, to};
      }
    }
    return null;
  }

  /**
   * "providing the Library as a Third Party Service": a gerund whose object is the work, which
   * names an act on it whatever the verb.
   */
  private boolean actOnTheWork(int k) {
    return w.low[k].endsWith("ing") && !w.is(k, NON_ACTS) && !w.stemIn(k, SERVICE_STEMS)
        && w.findStem(k + 1, Math.min(to, k + 4), WORK_STEMS) >= 0
        && w.find(k + 1, to, LICENSEES) < 0;
  }

  /**
   * What a licensor does for the licensee, not an act of the licensee's: "does not extend to
   * maintaining or updating the Software for you" withholds a service, not a use.
   */
  private static final Set<String> SERVICE_STEMS =
      Lexicon.stems("maintaining supporting updating upgrading repairing fixing correcting "
          + "servicing");

  /** Where the subject before {@code start} begins: after the last comma, or the clause start. */
  private int subjectStart(int start) {
    for (int k = start - 1; k > from; k--) {
      if (w.gap[k] == ',' || w.gap[k] == ':') {
        return k;
      }
    }
    return from;
  }

  /** "... software you can't contribute": the negation sits in a clause about a noun. */
  private boolean relativeClause(int not) {
    int subject = not - 2;
    return w.is(subject, LICENSEES) && (w.stemIn(subject - 1, WORK_STEMS)
        || w.is(subject - 1, RELATIVES) && !w.is(subject - 2, PROVISO_LEADS));
  }

  /**
   * "under any terms you choose, including terms that do not permit modification": the negation
   * is in a relative clause about other terms or licenses, not this license's grant.
   */
  private boolean othersTerms(int not) {
    int relative = w.is(not - 1, DO_AUX) ? not - 2 : not - 1;
    return w.is(relative, RELATIVES)
        && (w.is(relative - 1, ADDED_TERMS) || w.stemIn(relative - 1, LICENSE_NOUN_STEMS));
  }

  private static final Set<String> DO_AUX = words("do", "does", "did", "may", "might", "would");

  private static final Set<String> LICENSE_NOUN_STEMS = Lexicon.stems("license licence");

  private boolean isNot(int i) {
    String word = w.low[i];
    // "don't", "can't", "won't" reach the reader as "do not", "can not", "will not" (Words).
    return word.equals("not") || word.equals("never");
  }

  /** "not limited to", "whether or not", "not only": no negation of the act. */
  private boolean notLimiting(int i) {
    return w.is(i + 1, NOT_NEGATING_NEXT) || w.phraseAt(i - 1, "or", w.low[i]);
  }

  private boolean modalBefore(int i) {
    for (int k = i - 1; k >= Math.max(from, i - NEGATION_REACH); k--) {
      if (w.is(k, BINDING_MODALS)) {
        return !subjectIsGrantor(k);
      }
    }
    return false;
  }

  private boolean promiseBefore(int i) {
    // "agree not to use", "agree to not use"
    return w.is(i - 1, PROMISE_VERBS) && w.phraseAt(i + 1, "to")
        || w.is(i - 2, PROMISE_VERBS) && w.phraseAt(i - 1, "to");
  }

  /** "Do not use ...", "you do not have the right to": an imperative or a denial. */
  private boolean imperativeDo(int i) {
    return (w.phraseAt(i - 1, "do") || w.phraseAt(i - 1, "does"))
        && (i - 1 == from || w.is(i - 2, LICENSEES) && (!w.is(i - 3, RELATIVES)
            || w.is(i - 4, PROVISO_LEADS))); // "provided that you do not": a condition binds
  }

  /** Words that make what follows a condition of the grant. */
  private static final Set<String> GRANT_CONDITIONS =
      words("conditional", "conditioned", "condition", "provided", "providing", "subject");

  private static final Set<String> PROVISO_LEADS = words("provided", "providing", "condition");

  private static final Set<String> LICENSEES =
      words("you", "licensee", "licensees", "user", "users", "recipient", "recipients");

  private static final Set<String> RELATIVES = words("that", "which", "who", "whom", "whose");

  private boolean participleAfter(int i) {
    for (int k = i + 1; k < Math.min(to, i + 3); k++) {
      if (w.is(k, PERMIT_PARTICIPLES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a permission, which cannot be withdrawn except ...": a relative clause on the grant says
   * what the grant is, not what anyone may do.
   */
  private boolean describesTheGrant(int negation) {
    return (w.phraseAt(negation - 1, "which") || w.phraseAt(negation - 1, "that"))
        && w.find(Math.max(from, negation - 4), negation - 1, GRANT_NOUNS) >= 0;
  }

  private static final Set<String> GRANT_NOUNS =
      words("permission", "permissions", "license", "licence", "grant", "right", "rights");

  /**
   * "Mere aggregation shall not cause this License to apply to other works", "A counterclaim does
   * not trigger this Section": the act is done to the license or a part of it, which says how far
   * the license reaches, not what anyone may do.
   */
  private boolean licenseIsObject(int verb) {
    if (verb < 0) {
      return false;
    }
    // the license noun itself when "license" was taken for the verb: "cause this license to"
    int noun = isLicenseOrPart(verb) ? verb : verb + 2;
    return isLicenseOrPart(noun)
        && (w.phraseAt(noun - 1, "this") || w.phraseAt(noun - 1, "the"));
  }

  private boolean isLicenseOrPart(int k) {
    return w.is(k, LICENSE_TEXTS) || w.is(k, LICENSE_PARTS);
  }

  private static final Set<String> LICENSE_PARTS =
      words("section", "clause", "article", "paragraph", "provision", "sentence");

  private boolean subjectIsGrantor(int modal) {
    for (int k = modal - 1; k >= Math.max(from, modal - 3); k--) {
      // not "Any person or company can use it": a grantor noun joined to a grantee is a grantee
      if (w.is(k, GRANTOR_SUBJECTS) && !(w.is(k - 1, AND_OR) && w.is(k - 2, GRANT_SUBJECTS))
          && !w.is(k - 1, ANY_EVERY)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ANY_EVERY = words("any", "every", "each");

  /**
   * "personal data", "personal information" at {@code k}: a license that gives no right to
   * process them withholds nothing of the work (data protection law governs them).
   */
  private boolean personalData(int k) {
    return k + 1 < w.size && w.low[k].equals("personal")
        && (w.phraseAt(k + 1, "data") || w.phraseAt(k + 1, "information"));
  }

  /** "does not give you any right to process personal data": the withheld act's object. */
  private boolean personalDataObject(int negated) {
    int verb = grantedVerb(negated);
    return verb >= 0 && (personalData(verb + 1) || personalData(verb + 2));
  }

  /** Documents that talk about rights without granting them: "this policy", "this post". */
  private static final Set<String> DESCRIPTIVE_DOCUMENTS = words("policy", "guide", "guidance",
      "post", "article", "readme", "page", "faq", "faqs", "memo", "memorandum", "manual",
      "appendix", "website", "blog", "newsletter", "announcement", "explainer", "overview",
      "summary", "deed");


  private static final Set<String> OWING = words("owe", "owes");

  /** Prepositions that open a verb's own complement: "use it for weapons or sell it ...". */
  private static final Set<String> COMPLEMENT_PREPOSITIONS =
      words("for", "to", "in", "into", "against", "with", "by");

  /** What a licensee may not claim as its own: "place your own copyright on it". */
  private static final Set<String> OWNERSHIP_CLAIMS =
      words("copyright", "copyrights", "authorship", "name");

  /**
   * Whether [start, end) holds "as your own" or "your own copyright" shared by the verbs before
   * it: the work passed off as the licensee's. Not when a verb before it has a complement of its
   * own ("use it for weapons or sell it as your own" forbids a use too).
   */
  private boolean asOwn(int start, int end) {
    for (int k = start + 1; k + 1 < end; k++) {
      if (w.is(k, Lexicon.POSSESSIVES) && w.phraseAt(k + 1, "own")
          && (w.is(k - 1, AS) || k + 2 < end && w.is(k + 2, OWNERSHIP_CLAIMS))) {
        return w.find(start, k, COMPLEMENT_PREPOSITIONS) < 0;
      }
    }
    return false;
  }

  private void prohibitionAct(int[] window, List<Act> out) {
    int start = window[0];
    prohibitionAct(window, out, start == from ? nominalAct(start, window[1]) : firstVerb(start, window[1]));
  }

  private void prohibitionAct(int[] window, List<Act> out, int verb) {
    int start = window[0];
    int end = window[1];
    if (chargesMoney(start, end) && w.find(from, start, Lexicon.PROVISO) < 0) {
      // "you can't charge money or take payment for anything that includes it": no commerce
      // (not a proviso of a grant to share: "provided that you do not charge a fee for it")
      out.add(act(ActKind.DENY, EnumSet.of(Right.COMMERCIAL_USE), Set.of()));
      return;
    }
    if (allowedCondition(verb, start, end, out)) {
      return;
    }
    int act = verb >= 0 ? verb : genericVerb(start, end);
    if (allowedObject(from, to)
        || w.findStem(from, to, Lexicon.LEGAL_STEMS) >= 0 || aboutLicenseText(from, to)
        || w.find(start, end, CONTINGENT) >= 0 // "may not make its use contingent on terms"
        || licenseIsObject(act)
        // "verbatim copies of this license document, but modification is not allowed", "This
        // License may be copied in unchanged form; changing its text is not allowed"
        || w.phraseAt(from, "but") && aboutLicenseText(0, from) && !namesTheWork(from, to)
        || from > 0 && w.gap[from] == ';' && w.phraseAt(0, "this") && w.is(1, LICENSE_TEXTS)
            && w.find(from, to, WORK_PRONOUNS) >= 0 && !namesTheWork(from, to)
        || w.find(start, end, CONTRAVENE) >= 0 && w.findStem(start, end, LICENSE_REFERENCE_STEMS) >= 0
        // "undertakes not to infringe the rights of the Holder": the act forbidden is a wrong,
        // not a use of the work ("not to use it to infringe ..." has a verb of use first)
        || act >= 0 && w.is(act, WRONGS)
        // "you must not rely on them for it", "must not be used as a substitute for current
        // charts": a warning against relying on the work, not a use forbidden
        || w.find(start, Math.min(end, start + 2), RELYING) >= 0 || substituteFor(start, end)
        // "in a way that suggests that the Province ... has approved it": endorsement
        || suggestsEndorsement(start, end)
        // "must not present changed firmware as an official build": misrepresentation
        || act >= 0 && w.is(act, PRESENTING) && w.find(act + 1, end, AS) >= 0
        // "may not redistribute or represent the code as your own": passing it off, whatever
        // the verbs the complement is shared by
        || asOwn(start, end)
        || start > from && !scopeOrCondition && w.find(subjectStart(start), start, DOCUMENT_WORDS) >= 0
        // "Everyone may copy this license document verbatim. Changing it is not allowed": the
        // pronoun's license text may stand in the sentence before
        || w.find(from, Math.min(to, from + 6), PRONOUNS) >= 0
            && (aboutLicenseText(0, w.size) || w.afterLicenseText)) {
      out.add(act(ActKind.ALLOWED_PROHIBITION, Set.of(), Set.of()));
      return;
    }
    lead = Lead.ACTS;
    if (verb < 0) {
      // "Users are forbidden from applying the Software to ...": the act follows "from".
      int forbid = start == from ? w.find(start, end, FORBID_WORDS) : -1;
      boolean gerund = forbid >= 0 && w.phraseAt(forbid + 1, "from") && forbid + 2 < end
          && w.low[forbid + 2].endsWith("ing");
      int generic = gerund && !w.is(forbid + 2, NON_ACTS)
          && w.findStem(forbid + 3, Math.min(end, forbid + 7), WORK_STEMS) >= 0
          ? forbid + 2 : gerund ? genericVerb(forbid + 2, end) : act;
      // "This licence does not extend to providing the Library as a Third Party Service"
      if (generic >= 0 || scopeOrCondition && actOnTheWork(start)) {
        out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
      } else if (w.find(start, end, OWING) >= 0) {
        // "Things I'd love, but you don't owe me:": a debt denied, no list of forbidden acts
        lead = Lead.NONE;
      }
      return;
    }
    int except = exceptIndex(start, end);
    boolean permissionNeeded = permissionNeeded(start, end);
    int actEnd = except >= 0 ? except : end;
    if (documentObjectsOnly(verb, Math.min(actEnd, verb + VERB_LIST))) {
      // "modifications to the substantive terms herein are not permitted": the license's own text.
      out.add(act(ActKind.ALLOWED_PROHIBITION, Set.of(), Set.of()));
      return;
    }
    Set<Right> rights = rights(verb, Math.min(actEnd, verb + VERB_LIST), false);
    boolean useVerb = w.stemIn(verb, USE_STEMS);
    if (useVerb && w.find(verb + 1, Math.min(to, verb + 3), GRANTED_RIGHTS) >= 0) {
      // "You cannot use the permissions given under this License to interfere with ...":
      // a condition on the grant itself, as the OSD allows.
      out.add(act(ActKind.ALLOWED_PROHIBITION, Set.of(), Set.of()));
      return;
    }
    if (except >= 0 && !permissionNeeded && !recipientsExcepted(except)) {
      Set<Limit> limits = Limits.in(w, except, end);
      if (licenseReference(except) || limits.isEmpty()) {
        lead = Lead.NONE;
        out.add(act(ActKind.EXEMPT, rights, Set.of()));
      } else {
        rights.add(Right.USE);
        out.add(act(ActKind.LIMIT, rights, limits));
      }
      return;
    }
    rights.remove(Right.USE);
    if (onlySales(verb, Math.min(actEnd, verb + VERB_LIST))) {
      // "may not sell, rent or lease": no commerce with the work, sharing itself stays free.
      rights.remove(Right.REDISTRIBUTE);
      rights.remove(Right.COPY);
    }
    if ((!rights.isEmpty() || useVerb) && namedOthersBound(start)) {
      // "Richard M Stallman may not make use of or redistribute this": the ones named are
      // excluded from the grant, a limit on users rather than a withheld freedom.
      out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
      return;
    }
    if (!rights.isEmpty() && !useVerb && toNamedRecipients(verb, actEnd)) {
      // "not to sell the Work to private investigators": a limit on users, not on sharing.
      out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
      return;
    }
    if (!rights.isEmpty() && !useVerb) {
      if (!qualified(verb, actEnd) || permissionNeeded) {
        out.add(act(ActKind.DENY, rights, Set.of()));
      }
      return;
    }
    Set<Right> listed = useVerb ? coordinatedRights(verb, actEnd) : Set.of();
    if (!listed.isEmpty() && !hasComplement(verb, actEnd) && w.find(0, w.size, IF_WORDS) < 0) {
      // "Any use, modification, reproduction or republication of the Software is prohibited":
      // the rights listed with the use are withheld, for no purpose in particular (not "Do not
      // use, modify or distribute it if you do not accept this license").
      out.add(act(ActKind.DENY, listed, Set.of()));
      return;
    }
    int opening = openingException();
    if (useVerb && opening > 0) {
      // "Except for academic research, no use of the Dataset is permitted": use confined to the
      // purpose the exception names.
      Set<Limit> named = Limits.named(w, opening, Math.min(to, opening + 8));
      out.add(act(ActKind.CONFINE, EnumSet.of(Right.USE),
          named.isEmpty() ? EnumSet.of(Limit.NAMED_PURPOSE) : named));
      return;
    }
    if (useVerb && end - verb <= 3 && w.low[end - 1].equals("of")) {
      // "This licence does not cover the use of:" and a list of materials: what is not
      // licensed, not uses forbidden.
      lead = Lead.NONE;
      return;
    }
    if (useVerb) {
      lead = Lead.USES;
      if (start == from && qualifiedUse(verb)) {
        // "military use is forbidden", "All other uses of the Software are prohibited": a kind
        // of use, named before the noun, is forbidden, not every use
        out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
      } else if (!hasComplement(verb, end) && !namedAfterColon(verb, end)
          && !otherObject(verb, end)) {
        if (!qualified(verb, actEnd)) {
          out.add(act(ActKind.DENY, EnumSet.of(Right.USE), Set.of()));
        } else if (w.find(verb + 1, Math.min(actEnd, verb + 8), USE_RELATIVES) >= 0) {
          // "refrain from any use of the Model that targets children": the relative clause says
          // which uses are forbidden
          out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
        }
      } else {
        out.add(act(ActKind.PROHIBIT_USE, EnumSet.of(Right.USE), Set.of()));
      }
    }
  }

  /**
   * A forbidden act named by a verb that is neither a right nor a use ("agree not to read other
   * people's email with it", "will not let the chatbot answer"), when a licensee is the one
   * bound: the verb stands right after the negation and its helpers.
   */
  private int genericVerb(int start, int end) {
    if (inverted) {
      return invertedVerb(start, end);
    }
    if (start == from || !licenseeBound(start)) {
      return -1;
    }
    for (int k = start; k < Math.min(end, start + 8); k++) {
      int after = interjectionEnd(k, end);
      if (after > k) {
        k = after - 1; // "may not, under any circumstances, be used": the act comes after it
        continue;
      }
      String word = w.low[k];
      if (word.equals("be") || word.equals("been")) {
        // "The Software must not be relied upon to steer ships": a passive act on the work is
        // forbidden; "shall not be considered", "be liable" bind nobody to refrain from an act.
        // "they must not be given, sold or uploaded": a pronoun whose participle names a right
        boolean onWork = w.findStem(Math.max(from, start - 6), start, WORK_STEMS) >= 0
            || w.find(Math.max(from, start - 3), start, THING_PRONOUNS) >= 0
                && rightWord(k + 1, Math.min(end, k + VERB_LIST)) >= 0;
        return onWork && k + 2 < end && !w.is(k + 1, NON_ACTS)
            && w.find(k + 1, end, DOCUMENT_WORDS) < 0 // "be released under any other license"
            && !w.is(k + 1, PASSIVE_NON_ACTS)
            && !w.stemIn(k + 1, Lexicon.DISCLAIM_STEMS) && !w.stemIn(k + 1, Lexicon.LEGAL_STEMS)
            && w.low[k + 1].chars().allMatch(Character::isLetter) ? k + 1 : -1;
      }
      if (w.is(k, BEFORE_VERB) || word.endsWith("ly") || w.stemIn(k, WORK_STEMS)
          || word.equals("s")) {
        continue;
      }
      boolean wordLike = word.chars().allMatch(Character::isLetter) && word.length() > 1;
      if ((w.is(start - 2, PREDICTING) || w.phraseAt(start - 1, "cannot"))
          && w.find(from, start, LICENSEES) < 0 && w.find(from, start, YOUR) < 0) {
        // "The use of the Software will not infringe any right": what the work does or will do
        // is a statement about it (a warranty), not a ban on anyone; "The Software cannot
        // guarantee compliance" says what it is unable to do.
        return -1;
      }
      return wordLike && !w.is(k, NON_ACTS) && k + 1 < end && !qualified(k, end) ? k : -1;
    }
    return -1;
  }

  /**
   * Where an interjection that starts at word k ends: a phrase between commas ("may not, in any
   * event, be used") or "under/in/at/for any|no" and its noun; {@code k} itself when none starts.
   */
  private int interjectionEnd(int k, int end) {
    if (k >= end) {
      return k;
    }
    if (w.gap[k] == ',') {
      for (int j = k + 1; j < Math.min(end, k + 6); j++) {
        if (w.gap[j] == ',') {
          return j;
        }
      }
      return k;
    }
    return w.is(k, INTERJECTION_PREPOSITIONS) && w.is(k + 1, ANY_NO) && k + 3 < end ? k + 3 : k;
  }

  private static final Set<String> WHO = words("who", "whom", "whoever");

  private static final Set<String> INTERJECTION_PREPOSITIONS = words("under", "in", "at", "for");

  private static final Set<String> ANY_NO = words("any", "no");

  /**
   * The verb after an inverted subject ("In no event may [the fonts] appear", "At no time may
   * [the Program] serve"): the first word after the subject's determiner and up to three more
   * words that is not a grantor, a liability or a passive "be" of something other than a use.
   */
  private int invertedVerb(int start, int end) {
    if (start >= end || w.find(start, Math.min(end, start + 4), GRANTOR_SUBJECTS) >= 0
        || w.original[start] && !w.is(start, LICENSEES)) {
      // "In no event shall the authors be ...", "At no time will iMatix associate itself":
      // about the grantor or a named party, not the licensee or the work
      return -1;
    }
    for (int k = start + 1; k < Math.min(end, start + 5); k++) {
      if (w.low[k].equals("be") && k + 1 < end) {
        // "may the recordings be used", "be loaded into": a passive act on the work
        return w.is(k + 1, NON_ACTS) || w.stemIn(k + 1, Lexicon.DISCLAIM_STEMS)
            || w.low[k + 1].equals("responsible") ? -1 : k + 1;
      }
      if (k > start + 1 && w.gap[k] == ' ' && !w.is(k, BEFORE_VERB) && !w.is(k, NON_ACTS)
          && w.low[k].chars().allMatch(Character::isLetter) && !w.original[k]) {
        return k;
      }
    }
    return -1;
  }

  private static final Set<String> GRANTED_RIGHTS =
      words("permissions", "permission", "rights", "license", "licence", "grant");

  private static final Set<String> COMMERCIAL_ACTS =
      words("use", "uses", "purpose", "purposes", "exploitation", "distribution", "use.");

  /** Verbs after "shall not" that bind nobody to refrain from an act. */
  private static final Set<String> NON_ACTS =
      words("be", "apply", "affect", "limit", "exceed", "constitute", "create", "include",
          "require", "prevent", "prejudice", "impair", "bind", "obligate", "waive", "deemed",
          "construed", "have", "need", "acquire", "receive", "contain", "restrict", "extend",
          "grant", "give", "confer", "transfer", "assign", "imply", "mean", "operate", "survive",
          "entitle", "authorize", "permit", "allow", "oblige", "exclude", "supersede", "govern",
          "do", "follow", "assume", "forget", "intend", "hold", "justify", "sub", "charge",
          "expect", "rely", "seek", "claim", "know", "use", "remain", "become", "accept", "count",
          "capture", "work", "tested", "test", "abide", "comply", "observe", "meet", "satisfy",
          "honor", "honour", "respect", "fulfil", "fulfill", "breach", "violate", "owe");

  /** Whether the one bound is a licensee: "you", "Licensee", "the user", or the work itself. */
  private static final Set<String> YOUR = words("your", "their", "licensee's");

  /** "the right to", "any permission to": the words before the act a scope verb withholds. */
  private static final Set<String> RIGHT_LEAD = words("the", "any", "a", "to");

  /** "the grant", "this grant": "grant" as a noun. */
  private static final Set<String> GRANT_NOUN_DETERMINERS = words("the", "this", "that", "such", "each");

  /**
   * Whether [start, end) names an object the OSD lets a license protect (names, marks, notices,
   * authorship). "Claim" counts as the verb ("must not claim that you wrote it"), not the noun
   * of another field ("to decide asylum claims").
   */
  private boolean allowedObject(int start, int end) {
    for (int k = start; k < end; k++) {
      if (w.stemIn(k, ALLOWED_OBJECT_STEMS)
          && !(w.low[k].startsWith("claim") && !w.is(k - 1, CLAIMING))
          && !(w.low[k].equals("named") && w.is(k + 1, WHERE_NAMED))
          && !w.low[k].startsWith("originat")) {
        // not "the uses named in Annex B" (a reference, not a name), nor "a transfer
        // originating from a sanctioned person" (the verb, not the work's origin)
        return true;
      }
      if (w.is(k, ADDING) && w.find(k + 1, Math.min(end, k + 5), ADDED_TERMS) >= 0) {
        return true; // "You may not add conditions of your own": no further restrictions
      }
      if (w.is(k, LIMITING) && w.find(k + 1, Math.min(end, k + 6), USERS_RIGHTS) >= 0) {
        return true; // "not used to limit the legal rights of the users": no further restrictions
      }
      if ((w.is(k, LIMITING) || w.is(k, TAKE) && w.phraseAt(k + 1, "away"))
          && (w.find(k + 1, Math.min(end, k + 8), GRANTING) >= 0
              || w.is(k + 1, OBJECT_PRONOUNS)
                  && w.find(0, k, RECIPIENTS_RIGHTS) >= 0)) {
        // "you cannot take away anything this table gives to the next person", "whatever a
        // recipient may do, you cannot narrow it": no further restrictions
        return true;
      }
      if (w.phraseAt(k, "coat", "of", "arms") || w.is(k, SEALS)) {
        return true; // a municipality's arms or seal, as its marks (not "sealed enclosures")
      }
      if (w.is(k, HIDING) && w.find(k + 1, Math.min(end, k + 5), CREDITS) >= 0) {
        return true; // "must not suppress the mentions of the authors": attribution kept
      }
      if (w.is(k, CONSTRAINING) && w.find(k + 1, Math.min(end, k + 4), RECIPIENTS) >= 0
          && w.findStem(start, k, Lexicon.USE_STEMS) < 0) {
        // "or forbid a recipient from running the work", "condition a recipient's rights on
        // paying a fee": a duty not to restrict others, as "no further restrictions" is (not a
        // use's purpose: "use it to deny anyone housing")
        return true;
      }
      if (w.is(k, NAMING_VERBS) && givesName(k, end)) {
        return true; // "may not call a game or service "Quillon-certified"": naming, as marks
      }
      if (w.is(k, NAMING_PARTICIPLES) && w.is(k - 1, BE) || w.is(k, PASSING_OFF)) {
        // "must not be called chronowefd", "a name confusingly similar", "a version string that
        // could be mistaken for ours": renaming and misrepresentation, which the OSD allows
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the naming verb at {@code verb} gives its object a proper name: a capitalised word
   * within a few words that follows a noun ("call your fork Quillon Pro"), not a determiner ("call
   * the Software from a reactor": a call of the work), with no preposition before it.
   */
  private boolean givesName(int verb, int end) {
    for (int k = verb + 2; k < Math.min(end, verb + 10); k++) {
      if (w.is(k, COMPLEMENT_STARTERS)) {
        return false;
      }
      if (w.original[k] && !w.is(k - 1, RECIPIENT_DETERMINERS) && !w.is(k - 1, Lexicon.POSSESSIVES)
          && !w.is(k, LICENSEES)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NAMING_VERBS =
      words("call", "name", "title", "label", "brand", "rename", "advertise");

  private static final Set<String> CONSTRAINING = words("forbid", "prohibit", "prevent", "bar",
      "restrict", "require", "oblige", "compel", "condition", "deny", "stop");

  private static final Set<String> RECIPIENTS = words("recipient", "recipients", "recipient's",
      "licensee", "licensees", "others", "anyone", "anybody", "downstream", "users");

  private static final Set<String> NAMING_PARTICIPLES =
      words("called", "named", "titled", "entitled", "branded", "labelled", "labeled");

  private static final Set<String> PASSING_OFF = words("confusingly", "mistaken");

  private static final Set<String> WHERE_NAMED = words("in", "by", "on", "under", "at");

  private static final Set<String> SEALS = words("seal", "seals");

  private static final Set<String> HIDING =
      words("suppress", "strip", "erase", "hide", "omit", "efface", "conceal");

  private static final Set<String> CREDITS = words("mention", "mentions", "credit", "credits",
      "acknowledgement", "acknowledgements", "acknowledgment", "acknowledgments", "authors",
      "author", "authorship");

  /**
   * "it may not be changed unless the name is changed also", "you may not redistribute it unless
   * this notice stays with it": a right forbidden unless a duty the OSD allows is met is that
   * right, on that duty (a presupposing act: it grants the right when no sentence states it).
   */
  private boolean allowedCondition(int verb, int start, int end, List<Act> out) {
    int unless = verb < 0 ? -1 : w.find(verb + 1, end, UNLESS);
    if (unless < 0 || !allowedObject(unless + 1, end) || allowedObject(from, unless)
        || w.findStem(unless + 1, end, Lexicon.PERMISSION_STEMS) >= 0) {
      return false; // "unless you obtain a license from us": leave, not a duty
    }
    Set<Right> rights = rights(verb, Math.min(unless, verb + VERB_LIST), false);
    rights.remove(Right.USE);
    if (rights.isEmpty()) {
      return false;
    }
    out.add(act(ActKind.PRESUPPOSE, rights, Set.of()));
    return true;
  }

  private static final Set<String> UNLESS = words("unless");

  /** Whether [start, end) names the work by a noun ("the Software"), not by a pronoun. */
  private boolean namesTheWork(int start, int end) {
    for (int k = start; k < end; k++) {
      if (w.stemIn(k, WORK_STEMS) && !w.is(k, WORK_PRONOUNS)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WORK_PRONOUNS = words("it", "its", "them", "they");

  /** "charge money", "take payment", "charge a fee", "receive compensation" at the act. */
  private boolean chargesMoney(int start, int end) {
    for (int k = start; k < Math.min(end, start + 4); k++) {
      int money = w.is(k, CHARGING) ? w.find(k + 1, Math.min(end, k + 4), MONEY) : -1;
      if (money >= 0) {
        // for what includes the work (a product, a track, a video), not for copies of it: a
        // freeware notice's "do not charge a fee for its distribution" limits sharing, and
        // "no fee ... in excess of the cost of copying" is a cap the OSD allows
        return !w.phraseAt(k + 1, "no") && w.find(start, end, LICENSE_FEE_OBJECTS) < 0
            && (w.find(money, end, INCLUDING_IT) >= 0 || holdsTheWork(money, end))
            && w.find(money, end, IN_EXCESS) < 0;
      }
    }
    return false;
  }

  /**
   * A proviso from {@code proviso} on that the licensee pays the licensor for the right: "provided
   * that for each copy distributed you pay Kiln the Distribution Royalty", "subject to payment of
   * the license fee"; not "you pay no royalty", "without paying any fee" nor a fee the licensee
   * charges.
   */
  private boolean paymentDue(int proviso) {
    for (int k = proviso; k < to; k++) {
      boolean pays = w.is(k, PAYING) && w.find(Math.max(proviso, k - 3), k, LICENSEES) >= 0;
      boolean payment = w.phraseAt(k, "payment", "of") || w.phraseAt(k, "payment", "to");
      if ((pays || payment) && w.find(k + 1, Math.min(to, k + 6), FEE_WORDS) >= 0
          && w.find(Math.max(proviso, k - 3), Math.min(to, k + 4), NEGATORS) < 0
          && !w.phraseAt(k - 1, "without")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PAYING = words("pay", "pays");

  private static final Set<String> FEE_WORDS =
      words("fee", "fees", "royalty", "royalties", "price", "charges");

  private static final Set<String> CHARGING =
      words("charge", "take", "receive", "accept", "collect", "ask", "request", "earn", "make");

  private static final Set<String> MONEY =
      words("money", "payment", "payments", "fee", "fees", "compensation", "remuneration",
          "royalties", "profit", "profits", "cash");

  /** What a charge is for when it is for something that includes the work. */
  /**
   * "for anything that has pixelpal inside": a verb of having whose object is the work (a name,
   * "it", a word for the work, or what is inside), not an auxiliary ("unless the buyer has
   * paid").
   */
  private boolean holdsTheWork(int from, int end) {
    for (int k = w.find(from, end, HAVING); k >= 0 && k + 1 < end; k = w.find(k + 1, end, HAVING)) {
      if (w.original[k + 1] || w.phraseAt(k + 1, "it") || w.stemIn(k + 1, WORK_STEMS)
          || w.phraseAt(k + 2, "inside") || w.phraseAt(k + 2, "in", "it")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HAVING = words("has", "have", "having", "holds", "holding");

  private static final Set<String> INCLUDING_IT =
      words("includes", "include", "including", "contains", "contain", "containing", "uses",
          "using", "incorporates", "incorporating", "features", "featuring");

  private static final Set<String> IN_EXCESS = words("excess", "beyond", "above", "exceeding");

  /**
   * "may not charge a fee for this License": the license, not the work's use; "for this Package
   * itself" (Artistic): the package alone, while it may be sold in an aggregate.
   */
  private static final Set<String> LICENSE_FEE_OBJECTS =
      words("license", "licence", "licensing", "itself");

  private static final Set<String> ADDING = words("add", "attach", "append", "put", "place", "lay",
      "set");

  private static final Set<String> ADDED_TERMS = words("conditions", "terms", "requirements",
      "policies", "limits", "limitations", "caps");

  private static final Set<String> LIMITING = words("limit", "limits", "curtail", "curtails",
      "narrow", "narrows", "restrict", "restricts", "reduce", "reduces", "diminish", "diminishes");

  private static final Set<String> USERS_RIGHTS = words("rights", "freedom", "freedoms");

  private static final Set<String> TAKE = words("take", "takes", "taking");

  /** What a grant gives: "anything this table gives", "what this License grants". */
  private static final Set<String> GRANTING = words("gives", "give", "grants", "granted", "given",
      "allows", "permits");

  private static final Set<String> OBJECT_PRONOUNS = words("it", "them", "this", "these");

  /** Who holds what is narrowed, or what: "recipients", "these terms", "their rights". */
  private static final Set<String> RECIPIENTS_RIGHTS = words("recipient", "recipients",
      "rights", "freedoms", "terms", "conditions");

  private static final Set<String> PRESENTING = words("present", "presented", "describe",
      "described", "represent", "represented", "label", "labelled", "labeled", "pass", "passed");

  private static final Set<String> AS = words("as");

  /** Wrongs in law, whose prohibition binds no use: infringing, violating, breaching. */
  private static final Set<String> RELYING = words("rely", "relies", "relying");

  /** Whether [start, end) holds "as a substitute for": the work used instead of another. */
  private boolean substituteFor(int start, int end) {
    for (int k = start + 1; k + 1 < end; k++) {
      if (w.low[k].equals("substitute") && w.phraseAt(k + 1, "for")
          && (w.is(k - 1, ARTICLES) || w.phraseAt(k - 1, "as"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ARTICLES = words("a", "an", "the");

  private static final Set<String> SUGGESTING =
      words("suggest", "suggests", "suggesting", "imply", "implies", "implying");

  private static final Set<String> ENDORSING = words("approved", "approves", "approval",
      "endorsed", "endorses", "endorsement", "sponsored", "sponsors", "sponsorship", "affiliated",
      "affiliation");

  /** How far after "suggests" its endorsement word may stand. */
  private static final int SUGGESTION_REACH = 16;

  /** Whether [start, end) forbids suggesting approval, endorsement or affiliation. */
  private boolean suggestsEndorsement(int start, int end) {
    int suggest = w.find(start, end, SUGGESTING);
    return suggest >= 0
        && w.find(suggest + 1, Math.min(end, suggest + SUGGESTION_REACH), ENDORSING) >= 0;
  }

  private static final Set<String> WRONGS =
      words("infringe", "infringes", "violate", "violates", "breach", "breaches", "contravene",
          "contravenes");

  private static final Set<String> CLAIMING =
      words("not", "never", "to", "may", "must", "shall", "can", "cannot", "falsely", "or",
          "and", "you", "nor", "any", "make", "no");

  /** "No use of the Output can contravene this License": compliance with the license itself. */
  private static final Set<String> CONTRAVENE =
      words("contravene", "contravenes", "violate", "violates", "breach", "breaches", "conflict",
          "violation", "violating", "contravention", "breaching");

  /** Making others' use depend on conditions: the no-further-restrictions clause of copyleft. */
  private static final Set<String> CONTINGENT = words("contingent", "conditional", "dependent");

  private static final Set<String> NEEDED = words("needed", "required", "necessary", "needs");

  /**
   * Whether the clause says a use is not forbidden, with no duty of its own: "No field of use is
   * excluded", "Use by the fossil fuel industry is neither prohibited nor discouraged", "is in no
   * way restricted". Not "must not be excluded" (a duty), "is not prohibited unless ..." (an
   * exception that forbids the rest), nor a condition.
   */
  private boolean freedom() {
    if (w.find(from, to, BINDING_MODALS) >= 0 || w.find(from, to, Lexicon.CONDITIONAL) >= 0
        || w.find(from, to, UNLESS_EXCEPT) >= 0) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (w.phraseAt(i, "need") && isNot(i - 1)
          && w.findStem(i + 1, Math.min(to, i + 4), Lexicon.PERMISSION_STEMS) >= 0) {
        return true; // "You do not need our permission to run it as a hosted service"
      }
      if (!w.is(i, FORBIDDEN_STATES)) {
        continue;
      }
      boolean negated = isNot(i - 1) || w.is(i - 1, NEITHER_NOR)
          || w.phraseAt(i - 3, "in", "no", "way")
          || i - 2 >= from && isNot(i - 2) && w.is(i - 1, Lexicon.BE)
          || w.phraseAt(from, "no") && w.find(from, i, Lexicon.BE) > from;
      if (negated && w.find(from, i, Lexicon.BE) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FORBIDDEN_STATES = words("prohibited", "forbidden", "barred",
      "banned", "disallowed", "excluded", "restricted", "precluded", "discouraged");

  private static final Set<String> NEITHER_NOR = words("neither", "nor");

  private static final Set<String> UNLESS_EXCEPT = words("unless", "except", "save", "but");

  /** "Nothing in this license allows you to ...": a negative subject before a verb of leave. */
  private static final Set<String> LEAVE_VERBS =
      words("allows", "permits", "authorizes", "authorises", "entitles", "lets");

  /** Auxiliaries of a statement rather than a duty: "will not infringe", "does not contain". */
  private static final Set<String> PREDICTING =
      words("will", "would", "does", "do", "did", "may", "might", "could");

  private boolean licenseeBound(int start) {
    if (w.find(from, start, GRANT_CONDITIONS) >= 0 && w.find(Math.max(from, start - 3), start,
        DUMMY_SUBJECTS) >= 0) {
      return true; // "licensed on the condition that it never powers drones": "it" is the work
    }
    boolean everyone = w.phraseAt(from, "it") && w.is(from + 1, BE)
        || w.is(from, NEGATIVE_SUBJECTS) || w.phraseAt(from, "no", "one");
    if (everyone && start - from <= IMPERSONAL_REACH && w.findStem(start, to, WORK_STEMS) >= 0) {
      // "It is not permitted to spray crops with help from the Program", "Nobody may screen
      // tenants with the Dataset": an impersonal ban, or one on no one at all, binds everyone,
      // when the act it names is done with the work
      return true;
    }
    for (int k = Math.max(from, start - 8); k < start; k++) {
      if ((w.is(k, LICENSEES) || w.stemIn(k, WORK_STEMS)) && !w.low[k].equals("it")) {
        return !subjectIsGrantorBefore(start);
      }
    }
    return false;
  }

  /**
   * Words from an impersonal or negative subject to its act, at most: "It is strictly not
   * permitted to", "No one at all may".
   */
  private static final int IMPERSONAL_REACH = 6;

  private boolean subjectIsGrantorBefore(int start) {
    for (int k = Math.max(from, start - 6); k < start; k++) {
      if (w.is(k, GRANTOR_SUBJECTS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the right words in [start, end) are only words of sale, renting or sublicensing. */
  private boolean onlySales(int start, int end) {
    boolean sale = false;
    for (int k = start; k < end; k++) {
      if (w.stemIn(k, SALES)) {
        sale = true;
      } else if (w.rights[k] != 0 && !w.names(k, Right.SUBLICENSE) && !w.stemIn(k, USE_STEMS)) {
        return false;
      }
    }
    return sale;
  }

  private static final Set<String> PERSON_NOUNS =
      words("organization", "organizations", "organisation", "organisations", "company",
          "companies", "entity", "entities", "government", "governments", "agency", "agencies",
          "military", "police", "individuals", "persons", "people", "corporations", "firms",
          "employees", "members", "officers", "agents", "contractors", "competitors");

  /** Whether word k is written with a capital, as a name is (not at the clause start). */
  private boolean capitalized(int k) {
    return k > from && w.original[k] && !w.is(k - 1, DETERMINERS_OF_TITLES);
  }

  private static final Set<String> SALES =
      Lexicon.stems("sell sold resell resold rent rented lease leased lend lent");

  /**
   * Whether the one bound by a prohibition is named and is neither the licensee, the work, nor a
   * right: "Richard M Stallman may not", "Military organisations shall not".
   */
  private boolean namedOthersBound(int start) {
    // A negative subject runs from its "No" to the modal, commas and all ("No police force,
    // border authority or intelligence service may ...").
    int subject = w.low[from].equals("no") ? from : subjectStart(start);
    int modal = -1;
    for (int k = start - 1; k >= subject; k--) {
      if (w.is(k, BINDING_MODALS)) {
        modal = k;
        break;
      }
    }
    if (modal <= subject || w.is(subject, CONJUNCTIONS)) {
      return false;
    }
    boolean named = false;
    for (int k = subject; k < modal; k++) {
      named |= w.is(k, PERSON_NOUNS) || k > 0 && capitalized(k);
    }
    if (!named) {
      return false;
    }
    // "No commercial entity may deploy the Software": a negative determiner before a qualified
    // group excludes that group; "no entity", "no one" exclude everyone.
    int first = w.low[subject].equals("no") && modal - subject >= 3 ? subject + 1 : subject;
    for (int k = first; k < modal; k++) {
      String word = w.low[k];
      boolean groupAdjective = w.is(k + 1, PERSON_NOUNS); // "commercial entities"
      // "No police force, and no contractor acting for one, may": a second "no" coordinated
      // with the first, and "one" standing for the group, keep the subject a named group.
      boolean coordinatedNo = word.equals("no") && (w.gap[k] == ',' || w.is(k - 1, AND_OR));
      boolean pronounOne = word.equals("one") && w.is(k - 1, PREPOSITIONS_BEFORE_ONE);
      if (w.is(k, LICENSEES) || w.is(k, GRANT_SUBJECTS) && !pronounOne
          || w.stemIn(k, WORK_STEMS)
          || rightWord(k, k + 1) >= 0 && !groupAdjective || w.is(k, DOCUMENT_WORDS)
          || w.is(k, NEGATORS) && !coordinatedNo
          || w.is(k, GRANTOR_SUBJECTS) || w.is(k, NOT_NAMED)) {
        return false;
      }
    }
    return true;
  }

  /** "sell the Work to private investigators": a right verb given a particular recipient. */
  private boolean toNamedRecipients(int verb, int end) {
    if (!w.names(verb, Right.REDISTRIBUTE) && !w.names(verb, Right.COMMERCIAL_USE)) {
      return false; // "change the license to any copyleft license": a target, not a recipient
    }
    for (int k = verb + 1; k + 1 < Math.min(end, verb + 8); k++) {
      if (w.low[k].equals("to")) {
        int r = k + 1;
        // "to any ministry of war": the determiner is general, the class it names is not
        if (w.is(r, RECIPIENT_DETERMINERS) && r + 1 < end) {
          r++;
        }
        String next = w.low[r];
        return !GENERAL_RECIPIENTS.contains(next) && !w.stemIn(r, Lexicon.USE_STEMS)
            && rightWord(r, r + 1) < 0 && !w.stemIn(r, WORK_STEMS);
      }
    }
    return false;
  }

  /** "you hold no license to use this if you sell accounting software": who may not use it. */
  private static final Set<String> USER_CONDITIONS = words("if", "while", "whilst", "when", "unless");

  private static final Set<String> RECIPIENT_DETERMINERS = words("any", "a", "an", "the");

  private static final Set<String> GENERAL_RECIPIENTS =
      words("any", "anyone", "others", "other", "third", "the", "a", "an", "third-party",
          "anybody", "persons", "people", "public", "another", "you", "them", "person", "party",
          "parties", "entity", "entities", "user", "users", "recipient", "recipients", "customer",
          "customers", "licensee", "licensees", "end", "one", "individual", "individuals",
          "company", "organization", "organisation", "business", "commercial", "non", "such",
          "your", "their", "its", "his", "her", "same", "everyone", "anyone");

  /** Words after the verb of a prohibition that still belong to its list of verbs. */
  private static final int VERB_LIST = 8;

  /** Words between "not" and the forbidden verb: auxiliaries, adverbs, "permit others to". */
  private static final Set<String> BEFORE_VERB =
      words("be", "been", "to", "also", "in", "any", "way", "event", "case", "otherwise",
          "directly", "indirectly", "either", "ever", "or", "and", "nor", "itself", "themselves",
          "permit", "allow", "authorize", "authorise", "enable", "cause", "assist", "help",
          "attempt", "try", "encourage", "others", "anyone", "third", "party", "parties", "person",
          "persons", "other", "a", "from", "the", "you", "licensee", "user", "users",
          "recipient", "recipients", "yourself", "knowingly", "intentionally", "willfully",
          "wilfully", "hereby", "further", "freely", "publicly", "commercially", "whether",
          "whole", "part", "partly", "wholly", "fully", "substantially", "so", "as", "this",
          "create", "make", "prepare", "produce", "any", "copies", "thereafter", "hereafter",
          "therefore", "then", "again", "anymore", "subsequently", "re");

  /** The forbidden verb after the negation, or -1 when it is no right or use verb. */
  private int firstVerb(int start, int end) {
    for (int k = start; k < Math.min(end, start + 10); k++) {
      int after = interjectionEnd(k, end);
      if (after > k) {
        k = after - 1; // "may not, under any circumstances, be used"
        continue;
      }
      if ((w.stemIn(k, USE_STEMS) || rightWord(k, k + 1) >= 0) && !w.low[k].startsWith("commercial")) {
        return k;
      }
      if (w.low[k].startsWith("commercial") && w.is(k + 1, COMMERCIAL_ACTS)) {
        return k; // "does not permit commercial use": the commercial right is the one denied
      }
      if (w.is(k + 1, AND_OR) && k + 2 < end && w.rights[k + 2] != 0 && w.stemIn(k, VERB_LIKE)) {
        return k + 2; // "may be taken or transmitted outside the Site": the right of the pair
      }
      if (!w.is(k, BEFORE_VERB) && !w.low[k].endsWith("ly") && !w.stemIn(k, WORK_STEMS)
          && !w.low[k].equals("s")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Commercial use of the Model is prohibited", "Redistribution is not permitted": the
   * forbidden act is named by the subject, within the first words of the clause.
   */
  private int nominalAct(int start, int end) {
    int cue = cueIndex(start, end);
    // The subject is the stretch before the cue, from the last comma: in "Everyone may copy this,
    // but changing it is not allowed" only "changing it" is forbidden.
    for (int k = cue; k > start; k--) {
      if (w.gap[k] == ',' || w.gap[k] == ':' || w.low[k].equals("but")) {
        start = k;
        break;
      }
    }
    for (int k = start; k < Math.min(Math.max(cue, start + 1), start + 8); k++) {
      if (w.stemIn(k, USE_STEMS) || rightWord(k, k + 1) >= 0) {
        return k;
      }
    }
    // "Redistribution in source form, with or without modification, is not permitted": the
    // stretch after the comma is only the verb; the act opens the clause.
    boolean verbOnly = true;
    for (int k = start; k < cue; k++) {
      verbOnly &= w.is(k, BE);
    }
    for (int k = from; verbOnly && k < Math.min(start, from + 8); k++) {
      if (w.stemIn(k, USE_STEMS) || rightWord(k, k + 1) >= 0) {
        return k;
      }
    }
    // "Use of the Data, or of any product derived from it, for the pricing, underwriting or
    // claims assessment of crop insurance is not permitted": commas inside the subject; the act
    // heads the subject, which runs back to a modal, "but", a colon or a semicolon.
    // Not when a person is the subject ("..., the licensee is prohibited to change ..."), and
    // not past a clause of its own ("when it is distributed, ...", "a license that permits").
    boolean predicate = w.is(cue - 1, BE) || w.is(cue - 2, BE);
    int subject = start;
    boolean personal = w.find(start, cue, LICENSEES) >= 0;
    while (predicate && !personal && subject > from && subject > cue - 40
        && !w.low[subject - 1].equals("but") && w.gap[subject] != ':' && w.gap[subject] != ';'
        && !w.is(subject - 1, BINDING_MODALS)
        && (!w.is(subject - 1, SUBJECT_BOUNDS) || relativeInNounPhrase(subject - 1))) {
      subject--;
    }
    if (subject > from && w.is(subject - 1, SUBJECT_BOUNDS)) {
      subject = start; // the stretch is a clause of its own: nothing before it is the subject
    }
    for (int k = subject; k < start; k++) {
      if (w.stemIn(k, USE_STEMS) || rightWord(k, k + 1) >= 0) {
        return k;
      }
    }
    // "You are prohibited from using", "refrain from distributing": the act follows the cue.
    int forbid = w.find(start, end, FORBID_WORDS);
    return forbid >= 0 ? firstVerb(forbid + 1, end) : -1;
  }

  /**
   * "any system that scores, approves or declines ...": a relative pronoun right after a noun
   * phrase its determiner opens (at most two words between) belongs to the subject, with its
   * clause; not "so that", "provided that", "when".
   */
  private boolean relativeInNounPhrase(int k) {
    if (!w.is(k, Lexicon.THAT_WHICH)) {
      return false;
    }
    for (int d = k - 2; d >= Math.max(from, k - 3); d--) {
      if (w.is(d, RECIPIENT_DETERMINERS) || w.is(d, ANY_EVERY)) {
        return true;
      }
    }
    return false;
  }

  /** The rights other than use listed right after the use word: "use, copying or sale". */
  private Set<Right> coordinatedRights(int verb, int end) {
    Set<Right> out = EnumSet.noneOf(Right.class);
    for (int k = verb + 1; k < end; k++) {
      if (w.rights[k] != 0 && (w.gap[k] == ',' || w.is(k - 1, AND_OR))) {
        out.addAll(rights(k, k + 1, false));
      } else if (!w.is(k, AND_OR)) {
        break;
      }
    }
    return out;
  }

  private static final Set<String> THING_PRONOUNS = words("they", "these", "those");

  private static final Set<String> PREPOSITIONS_BEFORE_ONE = words("for", "of", "with", "by");

  /** "But it is not allowed to ...": a conjunction before the clause's dummy subject. */
  private static final Set<String> LEADING_CONJUNCTIONS = words("but", "and", "however", "yet");

  private static final Set<String> IF_WORDS = words("if", "when", "where", "whenever");

  /** Words that open a clause of their own, which a subject does not run past. */
  private static final Set<String> SUBJECT_BOUNDS =
      words("that", "which", "who", "whom", "whose", "when", "if", "where", "while", "unless",
          "because", "since", "once", "whenever");

  /** "military use", "other uses": a word before the use noun, in the clause, that names a kind. */
  private boolean qualifiedUse(int noun) {
    int k = noun - 1;
    return k >= from && w.low[k].length() > 2 && w.low[k].chars().allMatch(Character::isLetter)
        && !w.is(k, USE_DETERMINERS) && !w.is(k, NEGATORS) && !w.is(k, BE)
        && !w.is(k, BINDING_MODALS) && !w.stemIn(k, WORK_STEMS);
  }

  /** Words before a use noun that say how much of it, not which kind. */
  private static final Set<String> USE_DETERMINERS =
      words("any", "all", "the", "such", "your", "its", "this", "that", "these", "those", "and",
          "for", "from", "of", "to", "every", "each", "their", "our", "his", "her", "some");

  /** The index of the word that makes the clause a prohibition by its subject. */
  private int cueIndex(int start, int end) {
    for (int k = start; k < end; k++) {
      if (w.is(k, FORBID_WORDS) || isNot(k) && participleAfter(k)) {
        return k;
      }
    }
    return end;
  }

  /**
   * Whether a denial is qualified: the forbidden act is narrowed by a condition or a relative
   * clause ("may not distribute Covered Code that infringes"), so it is a condition, not a
   * withheld right.
   */
  private boolean qualified(int verb, int end) {
    for (int k = verb + 1; k < Math.min(end, verb + 14); k++) {
      // "(or any part thereof)", "or any substantial part of it" extend the object; "as part
      // of a larger work" qualifies it
      if (w.is(k, QUALIFIERS) && !(w.is(k, PARTS) && !w.phraseAt(k - 1, "as"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PARTS = words("part", "portions", "portion");

  private static final Set<String> USE_RELATIVES = words("that", "which", "whose");

  /** Modals of duty: "must ensure that no one uses", not "may at no cost use". */
  private static final Set<String> DUTY_MODALS = words("must", "shall", "will");

  private static final Set<String> QUALIFIERS =
      words("if", "unless", "that", "which", "whose", "who", "where", "when", "while",
          "whilst", "under", "separately", "apart", "itself", "themselves", "alone", "standalone",
          "until", "before", "only", "part", "portions", "portion", "such");

  /** "..., but changing it is not allowed": the pronoun stands for the license of the sentence. */
  private static final Set<String> PRONOUNS = words("it", "this", "them", "they");

  /** Subjects that are the license itself: "This License may not be modified". */
  private static final Set<String> DOCUMENT_WORDS =
      words("license", "licence", "agreement", "terms", "conditions", "notice", "notices",
          "eula", "permission", "permissions", "rights", "right", "grant", "licenses");

  /** A clause about the license document itself ("copies of this license document"). */
  private boolean aboutLicenseText(int start, int end) {
    return aboutLicenseText(w, start, end);
  }

  /** Whether words [start, end) of {@code w} are about the license text itself. */
  static boolean aboutLicenseText(Words w, int start, int end) {
    for (int k = start; k + 2 < end; k++) {
      if (w.low[k].equals("of") && w.is(k - 1, COPY_NOUNS)
          && ((w.low[k + 1].equals("this") || w.low[k + 1].equals("the"))
              && (w.low[k + 2].equals("license") || w.low[k + 2].equals("licence")
                  || w.low[k + 2].equals("agreement"))
              // "without a copy of these terms"
              || w.low[k + 1].equals("these")
                  && (w.low[k + 2].equals("terms") || w.low[k + 2].equals("conditions")))
          && (k + 3 == end || w.gap[k + 3] == ',' || w.low[k + 3].equals("but")
              || w.low[k + 3].equals("and"))) {
        return true; // "verbatim copies of this License, but ..."
      }
    }
    for (int k = start; k + 1 < end; k++) {
      if ((w.low[k].equals("license") || w.low[k].equals("licence"))
          && (w.low[k + 1].equals("document") || w.low[k + 1].equals("text")
              || w.low[k + 1].equals("itself"))) {
        return true;
      }
      // "a modified version of this licence": the license's own text, wherever it stands
      if ((w.low[k].equals("version") || w.low[k].equals("versions")) && k + 3 < end
          && w.phraseAt(k + 1, "of") && (w.phraseAt(k + 2, "this") || w.phraseAt(k + 2, "the"))
          && (w.low[k + 3].equals("license") || w.low[k + 3].equals("licence"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every right word in [start, end) acts on the license or its rights rather than the
   * work: "change the license for this software", "modifications to the substantive terms",
   * "transfer of rights". False when no right word is there.
   */
  private boolean documentObjectsOnly(int start, int end) {
    boolean document = false;
    for (int k = Math.max(start, from); k < Math.min(end, to); k++) {
      if (w.rights[k] == 0 || w.is(k + 1, CONJUNCTIONS) || k + 1 < end && w.rights[k + 1] != 0) {
        continue; // "change or add to the terms": the last verb of a list has the object
      }
      int j = k + 1;
      while (j < to && j < k + 7 && w.is(j, OBJECT_FILLER)) {
        j++;
      }
      if (!(j < to && (w.is(j, DOCUMENT_OBJECTS) || w.definitions.namesALicense(w.low[j])))) {
        return false;
      }
      document = true;
    }
    return document;
  }

  /**
   * "Permission is granted to copy, distribute, or communicate this License": the granted acts
   * reach this license's text before they reach the work.
   */
  private boolean grantsOnLicenseText(int cue, int end) {
    int k = cue;
    while (k < end && (w.rights[k] == 0 || w.is(k + 1, DOCUMENT_OBJECTS))) {
      k++; // "a sublicensable license": an adjective of the grant
    }
    int j = k + 1;
    while (j < Math.min(end, k + 8) && (w.rights[j] != 0 || w.is(j, CONJUNCTIONS))) {
      j++; // the rest of a list of verbs: "copy, distribute, or communicate"
    }
    if (j + 1 < end && !w.is(j, DETERMINERS_OF_TITLES)) {
      j++; // one verb the reader has no right for ("communicate")
    }
    // "use the CERN OHL": the license's initials, after a name of its own or not
    return j + 1 < end && w.is(j, DETERMINERS_OF_TITLES)
        && (w.is(j + 1, LICENSE_TEXTS) || w.definitions.namesALicense(w.low[j + 1])
            || j + 2 < end && w.original[j + 1] && w.definitions.namesALicense(w.low[j + 2]));
  }

  private static final Set<String> LICENSE_TEXTS = words("license", "licence", "agreement");

  private static final Set<String> DOCUMENT_OBJECTS =
      words("license", "licence", "terms", "agreement", "eula", "rights");

  private static final Set<String> OBJECT_FILLER =
      words("to", "of", "the", "this", "that", "these", "its", "any", "such", "substantive",
          "said", "present", "your", "our", "their", "text", "wording", "licensing");

  /** "except", "unless" or "other than" inside the prohibited words, or -1. */
  /**
   * "except to say truthfully where the Tests came from": the only use left is naming the work,
   * so what is withheld is a name or a mark.
   */
  private boolean toSay(int except) {
    return w.phraseAt(except + 1, "to") && w.is(except + 2, SAYING);
  }

  private static final Set<String> SAYING = words("say", "state", "indicate", "describe",
      "identify", "acknowledge", "tell", "mention", "note");

  private int exceptIndex(int start, int end) {
    int except = w.find(start, end, EXCEPT);
    for (int k = start; k + 1 < end; k++) {
      if (w.phraseAt(k, "other", "than") && (except < 0 || k < except)) {
        except = k;
      }
    }
    return except;
  }

  /**
   * "without (the Licensor's prior written) permission": the licensor's leave, case by case. Not
   * "without their consent" (the people's consent to a use is part of the use).
   */
  private boolean permissionNeeded(int start, int end) {
    for (int k = start; k < end; k++) {
      if (w.low[k].equals("without") || w.low[k].equals("with") || w.low[k].equals("unless")
          || w.low[k].equals("except")) {
        int p = w.findStem(k + 1, Math.min(end, k + 6), PERMISSION_STEMS);
        if (p >= 0 && !w.low[p].equals("license") && !w.low[p].equals("licence")
            && !w.low[p].equals("agreement") && w.find(k + 1, p, OTHERS_CONSENT) < 0
            && !w.phraseAt(p + 1, "of", "the", "data")) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> OTHERS_CONSENT =
      words("their", "his", "her", "subject", "subject's", "person", "person's", "individual",
          "individuals", "user", "users", "people", "data", "informed", "s");

  /** Whether an exception defers to the license itself ("except as provided in this License"). */
  /**
   * "may not distribute it to anyone other than your Affiliates": the exception names who may
   * still receive it, so the denial stands for everyone else.
   */
  private boolean recipientsExcepted(int except) {
    return w.is(except - 1, ANY_RECIPIENT) && !licenseReference(except);
  }

  private static final Set<String> ANY_RECIPIENT =
      words("anyone", "anybody", "person", "persons", "party", "parties", "entity", "entities",
          "others", "people", "organisation", "organization", "individual", "individuals");

  private boolean licenseReference(int except) {
    int end = Math.min(to, except + 8);
    for (int k = except + 1; k < end; k++) {
      // "other than Licensed Hardware" names a product, not what this license allows
      if (w.stemIn(k, LICENSE_REFERENCE_STEMS)
          && !(w.low[k].equals("licensed") && k + 1 < to && w.original[k + 1])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COMPLEMENT_STARTERS =
      words("for", "to", "in", "by", "on", "with", "as", "against", "within", "toward",
          "towards", "aboard", "into", "outside", "at", "inside", "onboard", "across", "via");

  /**
   * Where the purpose of an exception that opens the clause begins ("Except for research, ...",
   * "Other than for teaching, ..."), when a comma closes it; -1 otherwise.
   */
  private int openingException() {
    int k = w.is(from, EXCEPT) ? from + 1 : w.phraseAt(from, "other", "than")
        || w.phraseAt(from, "apart", "from") ? from + 2 : -1;
    if (k < 0) {
      return -1;
    }
    if (w.phraseAt(k, "for")) {
      k++;
    }
    for (int j = k + 1; j < Math.min(to, k + 10); j++) {
      if (w.gap[j] == ',') {
        return w.findStem(k, j, LICENSE_REFERENCE_STEMS) >= 0 ? -1 : k;
      }
    }
    return -1;
  }

  /**
   * "training competing models", "scraping social networks": a verb of use whose object is not
   * the work names the activity forbidden, as a complement would.
   */
  private boolean otherObject(int verb, int end) {
    if (!w.low[verb].endsWith("ing") || verb + 1 >= end) {
      return false;
    }
    int k = verb + 1;
    while (k < end && w.is(k, OBJECT_FILLER)) {
      k++;
    }
    return k < end && !w.stemIn(k, WORK_STEMS) && !w.is(k, PRONOUNS) && !w.is(k, COPY_NOUNS)
        && !w.is(k, PARTS) && w.low[k].chars().allMatch(Character::isLetter);
  }

  /** "The following use is not permitted: predicting recidivism": the use named after a colon. */
  private boolean namedAfterColon(int verb, int end) {
    for (int k = verb + 1; k + 1 < end; k++) {
      if (w.gap[k] == ':') {
        return true;
      }
    }
    return false;
  }

  /** Whether a prohibited use says what use: "use the Model to rate restaurants", not "use it". */
  private boolean hasComplement(int start, int end) {
    int verb = w.findStem(start, end, USE_STEMS);
    if (verb < 0) {
      verb = start;
    }
    for (int k = verb + 1; k < end; k++) {
      String word = w.low[k];
      if (w.is(k, COMPLEMENT_STARTERS)) {
        boolean anyManner = w.phraseAt(k + 1, "any", "manner") || w.phraseAt(k + 1, "any", "way")
            || w.phraseAt(k + 1, "any", "form") || w.phraseAt(k + 1, "any", "medium");
        // "in any manner" forbids every use, unless a purpose follows: "in any manner intended
        // to cause physical harm"
        return k + 1 < end && (!anyManner || w.find(k + 3, Math.min(end, k + 6), MANNER_QUALIFIERS) >= 0);
      }
    }
    return false;
  }

  // ---- grants ----------------------------------------------------------------------------------

  /**
   * Index just after a negated grant, or -1: "no (other) right(s)/license/permission",
   * "not (be) granted/given/conferred", "does not grant".
   */
  private int negatedGrant() {
    for (int i = from; i < to; i++) {
      String word = w.low[i];
      if (word.equals("no") || word.equals("nothing")) {
        int k = i + 1;
        while (k < to && k < i + 3 && w.is(k, NEGATED_GRANT_FILLER)
            && !w.low[k].startsWith("right") && !w.low[k].startsWith("licen")) {
          k++;
        }
        if (k < to && (w.low[k].startsWith("right") || w.low[k].startsWith("licen")
            || w.low[k].startsWith("permission"))) {
          return k + 1;
        }
        int granted = nothingInGrants(i);
        if (granted >= 0) {
          return granted;
        }
      } else if (isNot(i) && !notLimiting(i) && w.find(from, i, Lexicon.CONDITIONAL) < 0
          && !othersTerms(i)) {
        int k = i + 1;
        while (k < to && k < i + 3 && (w.is(k, BE) || w.low[k].equals("hereby")
            || w.low[k].equals("expressly"))) {
          k++;
        }
        if (k < to && w.is(k, NEGATED_GRANT_VERBS)) {
          return k + 1;
        }
      }
    }
    return -1;
  }

  /** The right verb a negated grant withholds: "no right to modify", "not grant you the right to". */
  private int grantedVerb(int after) {
    int k = after;
    while (k < to && k < after + 8 && w.is(k, GRANT_OBJECT_FILLER)) {
      k++;
    }
    return k < to && rightWord(k, k + 1) >= 0 && !w.low[k].startsWith("commercial") ? k : -1;
  }

  private static final Set<String> GRANT_OBJECT_FILLER =
      words("you", "to", "any", "the", "a", "right", "rights", "license", "licence", "permission",
          "is", "are", "be", "hereby", "granted", "given", "or", "of", "licensee", "recipient",
          "make", "create", "prepare", "produce", "copies");

  /**
   * "Nothing in Section 2.1 grants You the right to use ...", "Nothing in this License permits you
   * to sublicense": "nothing", a phrase naming a part of the text, a grant verb; where the
   * withheld act's words begin (after the right or after "to"), or -1.
   */
  private int nothingInGrants(int nothing) {
    if (!w.phraseAt(nothing, "nothing", "in") && !w.phraseAt(nothing, "nothing", "under")) {
      return -1;
    }
    int verb = -1;
    for (int k = nothing + 2; k < Math.min(to, nothing + 8) && verb < 0; k++) {
      // "license" after "this" or "the" is the document, not the verb
      if (w.is(k, NEGATED_GRANT_VERBS) && !w.is(k - 1, DOCUMENT_DETERMINERS)) {
        verb = k;
      }
    }
    if (verb < 0 || w.find(nothing + 2, verb, BINDING_MODALS) >= 0
        || w.find(nothing + 2, verb, BE) >= 0) {
      return -1;
    }
    for (int k = verb + 1; k < Math.min(to, verb + 5); k++) {
      if (w.low[k].startsWith("right") || w.low[k].startsWith("licen")
          || w.low[k].startsWith("permission") || w.low[k].equals("to")) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * How many words may stand between "may," and the end of a lead-in whose items name the rights:
   * "Any person or organisation may, without fee and for any purpose (academic, clinical,
   * industrial or otherwise):" has fourteen.
   */
  private static final int LEAD_REACH = 16;

  /**
   * Whether the grant's object is the licensee's own work ("publish Your Work", "sell your
   * documents") or a product made with the work (a defined "Permitted Product" built from the
   * Design Files), not the licensed work nor the licensee's changes to it ("your
   * modifications", "your copies of the Font").
   */
  private boolean ownWorkOnly(int cue, int end) {
    // The object is the first noun phrase after the verbs: "sell, give away or publish Your Work"
    for (int k = cue + 1; k + 1 < Math.min(end, cue + OBJECT_REACH); k++) {
      if (w.original[k] && w.rights[k] == 0 && w.definitions.madeWithTheWork(w, k)) {
        return true; // "make, use, sell and give away Permitted Products", defined as devices
      }
      if (w.phraseAt(k, "the") && k + 3 < end && madeByTheLicensee(k + 1)) {
        return true; // "publish, distribute and sell the models you train", "the results of"
      }
      if (w.is(k, OBJECT_STARTS)) {
        return false;
      }
      if (w.low[k].equals("your") || w.low[k].equals("their")) {
        return w.rights[k + 1] == 0 && !w.stemIn(k + 1, OWN_CHANGES) && !w.phraseAt(k + 2, "of");
      }
    }
    return false;
  }

  /**
   * Whether the noun at {@code noun} is what the licensee makes with the work: results or
   * outputs, or a thing "you train", "you make", "you create" (not the copies or modifications
   * you make: those are the work).
   */
  private boolean madeByTheLicensee(int noun) {
    if (w.stemIn(noun, OWN_CHANGES) || w.rights[noun] != 0 || w.stemIn(noun, FILES)) {
      return false;
    }
    if (w.is(noun, PRODUCTS_OF_USE)) {
      return true;
    }
    int you = w.is(noun + 1, RELATIVE_OPENERS) ? noun + 2 : noun + 1;
    return w.phraseAt(you, "you") && w.is(you + 1, MAKING);
  }

  private static final Set<String> PRODUCTS_OF_USE = words("results", "outputs", "output");

  private static final Set<String> MAKING =
      words("train", "make", "create", "build", "produce", "generate", "write", "develop");

  /** How far after the grant cue its object may start. */
  private static final int OBJECT_REACH = 12;

  /** Words that open an object other than the licensee's own: "the Font", "it", "copies". */
  private static final Set<String> OBJECT_STARTS =
      words("the", "a", "an", "this", "these", "that", "it", "them", "any", "all", "copies",
          "each");

  /** What of the licensee's own is still the licensed work: changes to it and copies of it. */
  private static final Set<String> OWN_CHANGES =
      Lexicon.stems("modifications changes derivative derivatives version versions adaptation"
          + " adaptations contributions fork copies copy own");

  /** "may" or "can" with no right named after it: the items below name the rights. */
  private boolean modalLeadIn(int cue) {
    return (w.low[cue].equals("may") || w.low[cue].equals("can")) && rightWord(cue + 1, to) < 0;
  }

  private static final Set<String> DOCUMENT_DETERMINERS = words("this", "the", "that", "its");

  private static final Set<String> NEGATED_GRANT_FILLER =
      words("other", "additional", "express", "implied", "further", "such", "right", "license");

  private static final Set<String> NEGATED_GRANT_VERBS =
      words("grant", "grants", "granted", "give", "gives", "given", "confer", "confers",
          "conferred", "license", "licensed", "convey", "conveyed", "permit", "permitted");

  /**
   * Index of a grant cue, or -1. A cue is a grant structure, not a grant word: "X grants
   * you/Licensee", "... is/are (hereby) granted/permitted/allowed", "you/the Software may
   * (be) VERB", "the right/license/permission to VERB", "free to VERB". "As permitted by this
   * License", "to the extent permitted by law" and "you hereby grant to Licensor" grant nothing.
   */
  private int grantCue() {
    for (int i = from; i < to; i++) {
      String word = w.low[i];
      if (w.find(Math.max(from, i - 3), i, NOT_A_GRANT_BEFORE) >= 0 || w.phraseAt(i + 1, "by", "law")
          || w.phraseAt(i + 1, "by", "applicable")) {
        continue;
      }
      if ((word.equals("may") || word.equals("can")) && !subjectIsGrantor(i)
          && (licenseeSubject(i) || w.phraseAt(i + 1, "be") || w.is(i + 1, FREELY_ALSO))) {
        int verbs = modalAside(i + 1);
        if ((rightWord(verbs, Math.min(to, verbs + MODAL_REACH)) >= 0 || useVerbAfter(i) >= 0)
            && !isNot(Math.min(to - 1, i + 1)) && !w.phraseAt(i + 1, "not")) {
          return i;
        }
        if (licenseeSubject(i) && (i + 1 == to || w.phraseAt(i + 1, "do", "the", "following")
            || i + 2 == to && w.is(i + 1, FREELY_ALSO)
            || w.gap[i + 1] == ',' && to - i <= LEAD_REACH && rightWord(i + 1, to) < 0)) {
          // "You may:", "Any person may, without charge and without asking us:", a lead-in
          // whose items name the rights
          return i;
        }
      } else if (w.is(i, ACTIVE_GRANTS) && w.is(i + 1, GRANTEES) && w.gap[i + 1] == ' ') {
        return i; // "permits you to", "allows anyone to", "licenses you to"
      } else if (w.is(i, GRANTS)) {
        // "No title or ownership is transferred hereby": a negated performative grants nothing;
        // "The grant does not cover ...": the noun, not the performative.
        // "(A) Copyright Grant- Subject to ..., the Licensor grants you": the heading's noun
        // leaves the cue to the verb after it.
        boolean heading = w.original[i] && i - from <= 3 && w.find(i + 1, to, GRANTS) >= 0;
        if ((!w.is(i - 1, LICENSEES) && !w.is(i - 2, LICENSEES) || w.phraseAt(i - 1, "you", "are"))
            && w.find(from, i, NEGATORS) < 0 && !w.is(i - 1, GRANT_NOUN_DETERMINERS) && !heading) {
          return i;
        }
      } else if (w.stemIn(i, PASSIVE_GRANT_STEMS) && (w.is(i - 1, BE) || w.is(i - 2, BE)
          && w.is(i - 1, GRANT_ADVERBS))) {
        return i;
      } else if ((word.equals("free") || word.equals("entitled")) && w.phraseAt(i + 1, "to")) {
        return i;
      } else if (word.equals("welcome") && w.phraseAt(i + 1, "to") && licenseeSubject(i)
          && rightWord(i + 2, Math.min(to, i + 2 + MODAL_REACH)) >= 0) {
        // "You are welcome to copy it", not "Welcome to Google!" nor a welcome to one group.
        return i;
      } else if (w.stemIn(i, RIGHT_NOUN_STEMS) && !w.is(i - 1, NEGATORS)) {
        // "the right to copy it", "the right, without payment, to copy it"
        int infinitive = interjectionEnd(i + 1, to);
        if (w.phraseAt(infinitive, "to")
            && rightWord(infinitive + 1, Math.min(to, infinitive + 3)) >= 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Where the verbs after a modal start: after an aside between commas ("You may, free of charge
   * and without additional permission from the Government, use, copy ..."), else at {@code k}.
   */
  private int modalAside(int k) {
    if (k < to && w.gap[k] == ',') {
      for (int j = k + 1; j < Math.min(to, k + LEAD_REACH); j++) {
        if (w.gap[j] == ',') {
          return j;
        }
      }
    }
    return k;
  }

  /**
   * A condition after the grant that the work itself stays unchanged ("provided that the file is
   * not changed"), not a notice in it ("that this notice is not altered").
   */
  private boolean workKeptUnchanged(int proviso) {
    for (int k = proviso + 2; k < to; k++) {
      // "provided that the files you share are the Weights exactly as Aurelian released them",
      // "provided that each copy is complete and identical to the files we published"
      if (w.phraseAt(k, "exactly", "as") && w.find(k + 2, Math.min(to, k + 5), RELEASED) >= 0
          || w.low[k].equals("identical") && w.is(k - 1, BE_OR_AND)) {
        return true;
      }
      if ((w.names(k, Right.MODIFY) || w.stemIn(k, Limits.LIMIT_MODIFY))
          && w.is(k - 1, NEGATORS) && w.is(k - 2, BE)) {
        int subject = Math.max(proviso, k - 6);
        return (w.findStem(subject, k, WORK_STEMS) >= 0 || w.findStem(subject, k, FILES) >= 0)
            && w.findStem(subject, k, ALLOWED_OBJECT_STEMS) < 0;
      }
    }
    return false;
  }

  private static final Set<String> RELEASED =
      words("released", "published", "distributed", "provided", "supplied", "received", "shipped");

  private static final Set<String> BE_OR_AND = words("is", "are", "be", "and");

  /** What a notice calls the work besides the work words: "the file is not changed". */
  private static final Set<String> FILES = Lexicon.stems("file files document documents documentation package archive archives");

  /** "You hereby grant to Licensor", "The author retains the right to": no grant to the licensee. */
  private boolean reverseGrant(int end) {
    // Only the main clause: "provided that you agree to comply with ..." is a condition.
    for (int k = from; k < end; k++) {
      // "the author retains", not "copyright notices are retained" (a condition on copies)
      if (w.is(k, RESERVING) && !w.is(k - 1, BE)
          && (w.find(Math.max(from, k - 4), k, GRANTOR_SUBJECTS) >= 0 || namedSubject(k))
          || w.is(k, LICENSEES) && (w.is(k + 1, GIVING) || w.is(k + 2, GIVING)
              && w.phraseAt(k + 1, "hereby"))) {
        return true;
      }
      if (w.is(k, GIVING) && k + 1 < end && w.original[k + 1] && !w.is(k + 1, GRANTEES)
          && !w.is(k + 1, LICENSEES) && Character.isLetter(w.low[k + 1].charAt(0))
          && w.find(from, k, LICENSEES) >= 0 && w.find(from, k, GRANTOR_SUBJECTS) < 0) {
        return true; // "you hereby: (i) agree ...; and (ii) grant Oracle a license to use it"
      }
    }
    return false;
  }

  private static final Set<String> RESERVING =
      words("retains", "retain", "reserves", "reserve", "reserved", "retained");

  /** "reserves", not "reserved": "All Rights Reserved" has no subject that keeps anything. */
  private static final Set<String> FINITE_RESERVING =
      words("retains", "retain", "reserves", "reserve");

  /**
   * Whether the word before a verb is a name that is its subject: "NXP Semiconductors reserves
   * the right to make changes" keeps a right for the licensor, whoever it is; "Licensee retains"
   * is the licensee's own.
   */
  private boolean namedSubject(int verb) {
    return verb > from && w.is(verb, FINITE_RESERVING) && w.original[verb - 1]
        && !w.is(verb - 1, LICENSEES)
        && !w.is(verb - 1, GRANTEES) && Character.isLetter(w.low[verb - 1].charAt(0));
  }

  private static final Set<String> GIVING =
      words("grant", "give", "assign", "license", "licence", "transfer", "agree");

  private static final Set<String> NOT_A_GRANT_BEFORE =
      words("as", "except", "unless", "extent", "than", "not", "no", "otherwise", "herein");

  static final Set<String> GRANTS = words("grant", "grants", "hereby");

  static final Set<String> ACTIVE_GRANTS =
      words("permit", "permits", "allow", "allows", "authorize", "authorizes", "authorise",
          "authorises", "license", "licenses", "licence", "licences", "entitles", "lets");

  private static final Set<String> GRANTEES =
      words("you", "licensee", "licensees", "anyone", "everyone", "any", "users", "user",
          "recipients", "recipient", "the", "each", "all", "persons", "people", "every",
          "anybody", "everybody");

  /** By stem, so a participle a line break cut ("are al-/low-/ed") still reads as one. */
  private static final Set<String> PASSIVE_GRANT_STEMS =
      Lexicon.stems("granted permitted allowed authorized authorised free licensed licenced given");

  /** Who may hold rights under a grant: "you may", "the Software may", "anyone can". */
  private boolean licenseeSubject(int modal) {
    for (int k = modal - 1; k >= Math.max(from, modal - 3); k--) {
      if (w.is(k, LICENSEES) || w.is(k, GRANT_SUBJECTS)
          || w.stemIn(k, WORK_STEMS)
          // "Any organisation may use it", "all institutions may copy it": every party of a
          // kind (not "commercial entities may not", a group named)
          || w.is(k, PARTY_KINDS) && w.is(k - 1, Lexicon.UNIVERSAL_DETERMINERS)) {
        return true;
      }
    }
    // "Everyone except defence contractors may use it": the subject before its exception
    int except = w.find(Math.max(from, modal - 6), modal, EXCEPTING);
    if (except > from && w.is(except - 1, GRANT_SUBJECTS)) {
      return true;
    }
    // "Any person who obtains a copy of the Toolkit (the "Toolkit") may": the subject before
    // the relative clause that describes it
    for (int k = modal - 2; k > Math.max(from, modal - RELATIVE_SUBJECT_REACH); k--) {
      boolean describes = w.is(k, RELATIVE_OPENERS)
          || w.low[k].endsWith("ing") && w.original[k] == w.original[k - 1];
      if (describes && (w.is(k - 1, GRANT_SUBJECTS) || w.is(k - 1, LICENSEES))) {
        return true;
      }
    }
    return false;
  }

  /** How far before the modal a subject described by a relative clause may stand. */
  private static final int RELATIVE_SUBJECT_REACH = 16;

  private static final Set<String> RELATIVE_OPENERS = words("who", "that", "whom");

  private static final Set<String> PARTY_KINDS = words("organisation", "organisations",
      "organization", "organizations", "entity", "entities", "individual", "individuals",
      "institution", "institutions", "company", "companies", "party", "parties");

  private static final Set<String> GRANT_SUBJECTS =
      words("anyone", "anybody", "everyone", "everybody", "one", "person", "persons", "people",
          "public",
          "he", "she", "they", "whoever", "licensees", "users", "recipients", "file", "files",
          "package", "product", "document", "documentation", "source", "copies", "distribution",
          "derivatives", "modifications", "it", "this");

  /** Verbs paired with a right in a denial that add no act of their own. */
  private static final Set<String> VERB_LIKE =
      Lexicon.stems("taken take removed remove moved move sent send carried carry given give");


  /** An "only" that is not half of a compound ("encoder-only"). */
  private boolean onlyScope() {
    for (int k = from; k < to; k++) {
      // not "the share-alike rule only kicks in when you hand them on": the duty's reach
      if (w.is(k, Lexicon.ONLY) && !w.compound[k] && !Limits.dutyReach(w, k)) {
        return true;
      }
    }
    return false;
  }


  /** The words that open the scope an "only" sets after its verb: "only for", "only aboard". */
  private static final Set<String> SCOPE_HEADS =
      words("for", "with", "on", "in", "by", "within", "inside", "aboard", "as", "to");

  /** Limits of purpose or product, which an "only" after the verb makes the grant's whole scope. */
  private static final Set<Limit> PURPOSE_LIMITS =
      EnumSet.of(Limit.NAMED_PURPOSE, Limit.WITH_PRODUCT, Limit.RESEARCH, Limit.NON_COMMERCIAL);

  /** Whether an "only" in the clause opens a scope: "used and distributed only for ...". */
  private boolean onlyBeforeScope() {
    for (int k = from; k + 1 < to; k++) {
      if (w.is(k, Lexicon.ONLY) && !w.compound[k] && w.is(k + 1, SCOPE_HEADS)
          && !Limits.ownName(w, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a scoped grant confines every grant of the rights it names: a grant of use alone
   * said of the licensee or the work ("You are only permitted to use the Software within the
   * European Union"), or any grant whose purpose or product an "only" after the verb sets.
   */
  private boolean confines(Set<Right> rights, Set<Limit> limits, int before) {
    // The licensee or the work as subject: "You may only use it ...", "The Model may only be
    // deployed by accredited hospitals".
    // Or the use itself: "Usage is permitted only in academic settings".
    if (limits.isEmpty() || !onlyScope()) {
      return false;
    }
    if (!rights.equals(EnumSet.of(Right.USE))) {
      // "The driver, and every modified version of it, may be used and distributed only for the
      // purpose of operating a Kestrel Bridge Device": "only" before the purpose confines every
      // right the grant names; "You may only distribute modified versions in accordance with
      // this License, so that ..." (an "only" before the verb, a purpose of the license) does not.
      return PURPOSE_LIMITS.containsAll(limits) && onlyBeforeScope()
          && (w.find(from, before, LICENSEES) >= 0 || w.findStem(from, before, WORK_STEMS) >= 0);
    }
    return w.find(from, before, LICENSEES) >= 0
        || useVerbAfter(before) >= 0 && w.findStem(from, before, WORK_STEMS) >= 0
        || w.names(from, Right.USE) && !w.is(from, GRANTS);
  }

  /**
   * Whether a grant excepts a use from itself: "purpose(s)/use(s)/permitted/allowed" followed by
   * "other than", "except" or "excluding" and a use that is no reference to the license, the law
   * or a condition.
   */
  private boolean carveOut(int cue, int end) {
    // From the clause's start: "Everyone except defence contractors may use the Software".
    for (int k = from; k + 2 < end; k++) {
      boolean work = w.stemIn(k, WORK_STEMS) && w.is(k + 1, EXCEPTING) && w.is(k + 2, FOR);
      if (!w.is(k, CARVED) && !work || w.is(k - 1, NEGATORS)) {
        continue; // "use the Dataset except for building spam filters" carves a use out
      }
      int except = w.phraseAt(k + 1, "other", "than") ? k + 3
          : w.is(k + 1, EXCEPTING) ? k + 2 : -1;
      // "except as required by law", "except under this License" name no use; "except law
      // enforcement agencies" does.
      boolean manner = w.is(except, MANNER_EXCEPTIONS);
      if (except < 0 || except >= end || w.is(except, NOT_A_CARVE_OUT)
          || manner && w.findStem(except, end, LICENSE_REFERENCE_STEMS) >= 0
          || w.findStem(except, end, ALLOWED_OBJECT_STEMS) >= 0
          || manner && w.findStem(except, end, Lexicon.LEGAL_STEMS) >= 0) {
        continue;
      }
      return true;
    }
    return false;
  }

  private static final Set<String> CARVED =
      words("purpose", "purposes", "use", "uses", "permitted", "allowed", "field", "fields",
          "anything", "everything", "anyone", "everyone", "anybody", "everybody", "anywhere");

  private static final Set<String> EXCEPTING = words("except", "excluding", "but", "save");

  private static final Set<String> MANNER_EXCEPTIONS =
      words("as", "where", "when", "to", "if", "in", "under", "insofar", "with", "by", "pursuant");

  private static final Set<String> MANNER_QUALIFIERS =
      words("intended", "that", "which", "designed", "calculated", "likely", "to", "for");

  /** "except as", "except that", "except where": a condition or a reference, not a use. */
  private static final Set<String> NOT_A_CARVE_OUT =
      words("as", "that", "where", "when", "if", "to", "in", "with", "under", "by", "not");

  /** Where the main clause starts: after a leading "If/When/To the extent ...," condition. */
  private int conditionEnd(int start, int cue) {
    if (!w.is(start, Lexicon.CONDITIONAL) && !w.phraseAt(start, "to", "the", "extent")) {
      return start;
    }
    for (int k = cue; k > start; k--) {
      if (w.gap[k] == ',') {
        return k;
      }
    }
    return cue;
  }

  /** Index of the first word in [start, end) that names a right, or -1. */
  private int rightWord(int start, int end) {
    for (int k = Math.max(0, start); k < Math.min(end, w.size); k++) {
      if (w.rights[k] != 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The verb of use of a passive after a modal ("may (only) be deployed", "can be run"), or -1:
   * a use the reader has no right word for, granted as use.
   */
  private int useVerbAfter(int modal) {
    int k = modal + 1;
    if (w.is(k, Lexicon.ONLY)) {
      k++;
    }
    return w.phraseAt(k, "be") && w.stemIn(k + 1, USE_STEMS) ? k + 1 : -1;
  }

  /** Where a proviso ("provided that", "subject to") starts after {@code cue}, or the clause end. */
  private int provisoStart(int cue) {
    int p = w.find(cue + 1, to, PROVISO);
    return p < 0 ? to : p;
  }

  /**
   * A grant for any purpose: the phrases that lift a field limit ({@link Limits#anyPurpose}), and
   * "any use", "whatever purpose", which grant it without naming a limit to lift.
   */
  private boolean anyPurpose(int start, int end) {
    if (Limits.anyPurpose(w, start, end)) {
      return true;
    }
    for (int k = start; k + 1 < end; k++) {
      if (w.phraseAt(k, "any", "use") || w.phraseAt(k, "whatever", "purpose")) {
        return true;
      }
    }
    return false;
  }

  /** The rights named in [start, end); {@code withUse} keeps USE. */
  private Set<Right> rights(int start, int end, boolean withUse) {
    Set<Right> out = EnumSet.noneOf(Right.class);
    for (int k = Math.max(start, from); k < Math.min(end, to); k++) {
      if (w.rights[k] == 0) {
        continue;
      }
      // In a grant, a right after "not" or "without" is not granted ("licensed, not sold";
      // "without modification"), unless "with or without".
      // "a non-transferable license" says what the license is, not a right to transfer it.
      boolean negatedInGrant = withUse && (w.is(k - 1, NEGATORS)
          || w.compound[k] && w.phraseAt(k - 1, "non")
          || w.phraseAt(k - 1, "without") && !w.phraseAt(k - 3, "with", "or")
          || w.names(k, Right.MODIFY) && withoutBefore(start, k));
      if (negatedInGrant || !withUse && w.phraseAt(k - 3, "with", "or", "without")) {
        continue; // a denial of "redistribution, with or without modification" leaves changes be
      }
      for (Right r : Right.values()) {
        if (w.names(k, r) && !commercialNegated(k, r)) {
          out.add(r);
        }
      }
    }
    if (!withUse) {
      out.remove(Right.USE);
    }
    return out;
  }

  /**
   * "copies in the same form, without any files being removed, altered or added": a modification
   * word inside a "without" phrase is what the grant excludes. "Without limitation", "without
   * fee" and "with or without modification" exclude nothing.
   */
  private boolean withoutBefore(int start, int k) {
    for (int j = k - 1; j >= Math.max(start, k - 6); j--) {
      if (w.low[j].equals("without")) {
        int next = w.phraseAt(j + 1, "any") ? j + 2 : j + 1;
        return !w.is(next, WITHOUT_NOTHING) && !w.phraseAt(j - 2, "with", "or");
      }
    }
    return false;
  }

  private static final Set<String> WITHOUT_NOTHING =
      words("limitation", "limitations", "restriction", "restrictions", "fee", "fees", "charge",
          "royalty", "royalties", "cost", "payment", "warranty", "notice", "prior");

  /** "non-commercial" names no commercial right. */
  private boolean commercialNegated(int k, Right right) {
    return right == Right.COMMERCIAL_USE && (w.phraseAt(k - 1, "non") || w.low[k].startsWith("non"));
  }

  private Act act(ActKind kind, Set<Right> rights, Set<Limit> limits) {
    Set<Right> r = rights.isEmpty() ? EnumSet.noneOf(Right.class) : EnumSet.copyOf(rights);
    Set<Limit> l = limits.isEmpty() ? EnumSet.noneOf(Limit.class) : EnumSet.copyOf(limits);
    return new Act(kind, r, l, sentence, w.start[from], w.end[to - 1]);
  }

  // Word sets of single structures above, built once rather than on every call.
  private static final Set<String> CONJUNCTIONS = words("and", "or", "but", "nor");

  private static final Set<String> COPY_NOUNS = words("copies", "copy", "text", "version");

  private static final Set<String> DETERMINERS_OF_TITLES = words("the", "this");


  private static final Set<String> FOR = words("for");

  private static final Set<String> TO = words("to");

  private static final Set<String> GRANT_ADVERBS = words("hereby", "also", "freely", "expressly");

  private static final Set<String> OBLIGING_WORDS = words("to", "must", "shall", "will", "may");

  private static final Set<String> NOT_NAMED =
      words("we", "i", "they", "he", "she", "any", "such", "each", "every", "all", "portions",
          "parts", "part");

  private static final Set<String> FREELY_ALSO = words("freely", "also");
}
