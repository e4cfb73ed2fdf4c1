package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.AND_OR;
import static dev.ajar.rights.Lexicon.BINDING_MODALS;
import static dev.ajar.rights.Lexicon.DEFINE_WORDS;
import static dev.ajar.rights.Lexicon.DISCLAIM_STEMS;
import static dev.ajar.rights.Lexicon.FORBID_WORDS;
import static dev.ajar.rights.Lexicon.REQUEST_WORDS;
import static dev.ajar.rights.Lexicon.THIS_THAT;
import static dev.ajar.rights.Lexicon.words;

import dev.ajar.Limit;
import dev.ajar.Right;
import dev.ajar.text.Sentence;
import dev.ajar.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what each sentence of a text does (see {@link ActKind}). Whole-sentence moods come
 * first, because they decide whether anything inside binds: a request, a definition or a
 * disclaimer binds nobody to what it mentions. Then each clause (split at semicolons) is read by
 * {@link ClauseReader}. Last, a prohibition that ends in a colon and names no use opens a list:
 * the items that follow are prohibited uses.
 *
 * <p>Stateless and thread-safe; linear in the number of words.
 */
public final class SentenceReader {

  /** List items read after a lead-in, at most. */
  static final int MAX_ITEMS = 40;

  /** A list item longer than this (in words) is a paragraph of its own, not an item. */
  static final int MAX_ITEM_WORDS = 80;

  /** Words from the start of a sentence within which "means" makes it a definition. */
  static final int DEFINITION_REACH = 20;

  /** Words that start a heading, which closes a list. */
  private static final Set<String> HEADINGS =
      words("section", "article", "part", "chapter", "attachment", "exhibit", "schedule",
          "appendix", "annex");

  private SentenceReader() {}

  /**
   * The acts of every sentence, in sentence order.
   *
   * @param text the normalised text the tokens index
   * @param sentences its sentences
   * @param tokens its tokens, in order, each tagged with its sentence
   */
  public static List<Act> read(String text, List<Sentence> sentences, List<Token> tokens) {
    List<Act> out = new ArrayList<>();
    int t = 0;
    ClauseReader.Lead listOpen = ClauseReader.Lead.NONE;
    Set<Limit> leadCircle = Set.of(); // the parties a grant's lead-in names, for its items
    int items = 0;
    List<Act> heldBack = new ArrayList<>();
    int conditions = -1; // items read of the conditions list a grant opened, -1 when none is open
    Definitions definitions = Definitions.read(text, sentences, tokens);
    BitSet disowned = new BitSet(); // sentences the license says are no condition of it
    int sectionLeft = 0; // sentences a "Requests (not conditions)" heading still reaches
    boolean licenseTextBefore = false;
    boolean marksLast = false; // whether the last sentence named marks (MarkPronouns)
    for (int s = 0; s < sentences.size(); s++) {
      int first = t;
      while (t < tokens.size() && Token.sentenceOf(tokens, t) == s) {
        t++;
      }
      if (first == t) {
        continue;
      }
      Words w = new Words(text, tokens.subList(first, t), sentences.get(s).start());
      w.definitions = definitions;
      w.afterLicenseText = licenseTextBefore;
      licenseTextBefore = ClauseReader.aboutLicenseText(w, 0, w.size);
      boolean marksBefore = marksLast;
      marksLast = MarkPronouns.named(w);
      sectionLeft = disown(text, sentences.get(s), w, s, sectionLeft, disowned);
      if (listOpen != ClauseReader.Lead.NONE && headingLine(text, sentences.get(s), w)) {
        listOpen = ClauseReader.Lead.NONE; // "Your obligations" after the items a grant listed
      }
      if (listOpen != ClauseReader.Lead.NONE && items < MAX_ITEMS && isItem(w)
          // "... are not to be published": a denial after the granted items is no item of them
          && !(listOpen == ClauseReader.Lead.GRANTS && w.find(0, w.size, Lexicon.NEGATORS) >= 0)) {
        items++;
        heldBack.clear();
        int before = out.size();
        new ClauseReader(w, 0, w.size, s).readItem(listOpen, leadCircle, out);
        quoteWholeSentence(out, before, sentences.get(s));
        continue;
      }
      // A lead-in no item follows ("may not be reproduced without the written permission of:"
      // and an address) forbids what it says itself.
      if (items == 0) {
        out.addAll(heldBack);
      }
      heldBack.clear();
      listOpen = ClauseReader.Lead.NONE;
      int before = out.size();
      ClauseReader.Lead lead;
      if (lastChar(text, sentences.get(s)) == '?') {
        // "Does using it in a game require permission?": a question asks, and binds nobody,
        // unless the license answers it: "Q: Can I change it? A: Yes."
        ActKind answered = s + 1 < sentences.size() ? answer(text, sentences.get(s + 1)) : null;
        Set<Right> asked = answered == null ? Set.of() : askedRights(w);
        if (answered == ActKind.DENY && asked.contains(Right.COMMERCIAL_USE)) {
          // "May I sell it? No.": no commerce, as "may not sell" reads
          asked = EnumSet.of(Right.COMMERCIAL_USE);
        }
        out.add(asked.isEmpty()
            ? new Act(ActKind.REQUEST, Set.of(), Set.of(), s, w.start[0], w.end[w.size - 1])
            : new Act(answered, asked, Set.of(), s, w.start[0], w.end[w.size - 1]));
        lead = ClauseReader.Lead.NONE;
      } else {
        int[] exception = ExceptedParties.find(w);
        if (exception == null) {
          lead = readSentence(w, s, headingWords(text, sentences.get(s), w), out);
        } else {
          // "Everyone except defence contractors may use it": a grant to everyone else, and
          // the parties left out may not use it
          Words rest = new Words(text, ExceptedParties.without(tokens.subList(first, t), exception),
              sentences.get(s).start());
          rest.definitions = definitions;
          rest.afterLicenseText = w.afterLicenseText;
          lead = readSentence(rest, s, 0, out);
          out.add(ExceptedParties.leftOut(w, exception, s));
        }
        MarkPronouns.allow(w, marksBefore, out, before);
      }
      quoteWholeSentence(out, before, sentences.get(s));
      boolean item = conditions >= 0 && conditions < MAX_ITEMS
          && (enumerated(w) || endsAsItem(text, sentences.get(s), w));
      if (item) {
        // "Redistribution and use ... are permitted provided that the following conditions are
        // met: ... 4. This software must execute solely on Globex devices": a limit among the
        // grant's conditions narrows that grant, as a limit stated on its own does.
        conditions++;
        for (int i = before; i < out.size(); i++) {
          Act a = out.get(i);
          // "b) The Firmware may only be used, and only be distributed for use, on Halvard
          // accelerators": a grant with a limit, in a condition, is that limit.
          if (a.kind() == ActKind.LIMIT || a.kind() == ActKind.GRANT && !a.limits().isEmpty()) {
            out.set(i, out.get(i).as(ActKind.CONFINE));
          }
        }
      }
      boolean opens = endsWithColon(text, sentences.get(s)) || bareLead(w);
      if (!item) {
        // A grant that ends in a colon, or a heading "Conditions:" after a grant, opens them.
        boolean grantLead = grants(out, before) || conditionsHeading(w) && grants(out, 0);
        conditions = opens && lead == ClauseReader.Lead.NONE && grantLead && !alternatives(w)
            ? 0 : -1;
      }
      if (opens && lead == ClauseReader.Lead.GRANTS) {
        listOpen = lead;
        items = 0;
        // "Fenwick grants You a license to:", You being defined as a holder of a subscription
        leadCircle = definitions.partyLimitsIn(w, 0, w.size);
      } else if (opens && lead != ClauseReader.Lead.NONE) {
        // "You agree not to use the Model:" denies no use by itself: its items say which.
        List<Act> own = out.subList(before, out.size());
        own.stream().filter(a -> a.kind() == ActKind.DENY || a.kind() == ActKind.PROHIBIT_USE)
            .forEach(heldBack::add);
        own.removeIf(a -> a.kind() == ActKind.DENY || a.kind() == ActKind.PROHIBIT_USE);
        out.add(new Act(ActKind.PROHIBITION_LEAD, Set.of(), Set.of(), s, w.start[0],
            w.end[w.size - 1]));
        listOpen = lead;
        items = 0;
      }
    }
    if (items == 0) {
      out.addAll(heldBack);
    }
    return NonConditions.apply(out, disowned, sentences);
  }

  /**
   * Marks what sentence {@code s} disowns, or the section a heading before it did.
   *
   * @return the sentences the open section still reaches after this one
   */
  private static int disown(String text, Sentence sentence, Words w, int s, int sectionLeft,
      BitSet disowned) {
    NonConditions.Reach reach = NonConditions.of(text, sentence, w);
    switch (reach) {
      case SECTION -> {
        disowned.set(s);
        return NonConditions.SECTION_SENTENCES;
      }
      case PREVIOUS -> disowned.set(Math.max(0, s - 1), s + 1);
      case SELF -> disowned.set(s);
      case NONE -> {
        if (sectionLeft > 0 && !NonConditions.heading(text, sentence, w)) {
          disowned.set(s);
          return sectionLeft - 1;
        }
        return 0;
      }
    }
    return sectionLeft > 0 ? sectionLeft - 1 : 0;
  }

  /** Whether the acts from {@code from} on grant some right. */
  private static boolean grants(List<Act> acts, int from) {
    for (int i = from; i < acts.size(); i++) {
      if (acts.get(i).kind() == ActKind.GRANT && !acts.get(i).rights().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** "2. Conditions:", "Restrictions:": a short heading naming the duties that follow. */
  private static boolean conditionsHeading(Words w) {
    return w.size <= 4 && w.findStem(0, w.size, CONDITION_NOUNS) >= 0;
  }

  private static final Set<String> CONDITION_NOUNS =
      Lexicon.stems("conditions condition restrictions limitations requirements");

  /**
   * "provided that you do at least one of the following:": the items are alternatives, and a
   * limit in one of them binds only who picks it.
   */
  private static boolean alternatives(Words w) {
    for (int i = 0; i < w.size; i++) {
      if (w.low[i].equals("either") || (w.low[i].equals("one") || w.low[i].equals("any"))
          && w.phraseAt(i + 1, "of")) {
        return true;
      }
    }
    return false;
  }

  /** Roman numerals an item may be numbered with, "(iv)". */
  private static final Set<String> ROMAN =
      words("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

  /** Starts with an enumerator: "4.", "(b)", "iv)". */
  private static boolean enumerated(Words w) {
    if (w.size < 2 || w.low[0].length() > 4) {
      return false;
    }
    String first = w.low[0];
    boolean number = first.chars().allMatch(Character::isDigit);
    boolean letter = first.length() == 1 && Character.isLetter(first.charAt(0)) || w.is(0, ROMAN);
    return number || letter && w.gap[1] == '(';
  }

  /** Longest sentence an act quotes whole; a longer one (text without full stops) quotes the clause. */
  static final int MAX_QUOTE = 1_500;

  /** Acts quote their whole sentence, as catalog findings do, so a reader sees the clause. */
  private static void quoteWholeSentence(List<Act> out, int from, Sentence s) {
    if (s.end() - s.start() > MAX_QUOTE) {
      return;
    }
    for (int i = from; i < out.size(); i++) {
      Act a = out.get(i);
      out.set(i, a.quoting(s.start(), s.end()));
    }
  }

  /** Reads one sentence; returns what a list it opens would hold (its last clause decides). */
  private static ClauseReader.Lead readSentence(Words w, int s, int heading, List<Act> out) {
    ActKind mood = mood(w);
    if (mood != null) {
      out.add(new Act(mood, Set.of(), Set.of(), s, w.start[0], w.end[w.size - 1]));
      return ClauseReader.Lead.NONE;
    }
    ClauseReader.Lead lead = ClauseReader.Lead.NONE;
    int from = heading;
    int before = out.size();
    int brackets = 0; // brackets opened or closed so far: odd inside a parenthesis
    boolean inside = false; // the clause began at a semicolon inside a parenthesis
    for (int i = 1; i <= w.size; i++) {
      // "(... compiled images only; the source files are not to be passed on) for any purpose":
      // a clause begun inside a parenthesis ends where the parenthesis does.
      boolean closes = i < w.size && w.gap[i] == '(' && inside;
      if (i == w.size || w.gap[i] == ';' && !continuesList(w, i) || closes
          || w.gap[i] == ',' && w.low[i].equals("but")) {
        if (!narrowsGrantBefore(w, from, i, before, out)) {
          lead = new ClauseReader(w, from, i, s).read(out);
        }
        from = i;
        inside = i < w.size && w.gap[i] == ';' && brackets % 2 == 1;
      }
      if (i < w.size && w.gap[i] == '(') {
        brackets++;
      }
    }
    if (Presuppositions.modification(w, out.subList(before, out.size()))) {
      out.add(new Act(ActKind.PRESUPPOSE, EnumSet.of(Right.MODIFY), Set.of(), s, w.start[0],
          w.end[w.size - 1]));
    }
    return lead;
  }

  /**
   * "license to: (a) reproduce ...; (b) adapt ...; and (c) share ...": the parts after a
   * semicolon that start with an enumerator (or "and"/"or" and one), an infinitive or a modal
   * of a right continue the same clause.
   */
  private static boolean continuesList(Words w, int i) {
    int k = i;
    if (w.is(k, AND_OR)) {
      k++;
    }
    if (k + 1 < w.size && w.low[k].equals("to") && w.rights[k + 1] != 0) {
      return true; // "a license to use it as part of another work; to modify it; to publish it"
    }
    if (k < w.size && w.low[k].equals("may")) {
      // "Anyone may reproduce it; may shorten or adapt it; and may distribute it": one subject
      for (int j = k + 1; j < Math.min(w.size, k + 4); j++) {
        if (w.rights[j] != 0) {
          return true;
        }
      }
    }
    return k < w.size && w.low[k].length() <= 4 && (w.gap[k] == '(' || k + 1 < w.size
        && w.gap[k + 1] == '(') && w.low[k].chars().allMatch(Character::isLetterOrDigit);
  }

  /**
   * "..., but only in conjunction with other packages": a clause of "but" and "only" narrows the
   * grant the sentence made before it. Replaces that grant with one that carries the limits.
   */
  private static boolean narrowsGrantBefore(
      Words w, int from, int to, int sentenceActs, List<Act> out) {
    if (from == 0 || !w.phraseAt(from, "but") || !w.is(from + 1, Lexicon.ONLY)
        || out.size() <= sentenceActs) {
      return false;
    }
    Act last = out.get(out.size() - 1);
    if (last.kind() != ActKind.GRANT || w.is(from + 2, Lexicon.ONLY_NOT_A_SCOPE)
        || w.phraseAt(from + 2, "to", "the", "extent") || from + 2 >= to
        || Limits.dutyReach(w, from + 1)) {
      // "but only if ...", "but only to the extent ...": a condition, not a scope; "but only in
      // your own name": whose name, not a scope
      return false;
    }
    java.util.Set<dev.ajar.Limit> limits = Limits.in(w, from, to);
    if (limits.isEmpty()) {
      limits = Limits.named(w, from + 2, to);
    }
    if (limits.isEmpty()) {
      limits = EnumSet.of(dev.ajar.Limit.NAMED_PURPOSE);
    }
    java.util.Set<dev.ajar.Limit> all = EnumSet.noneOf(dev.ajar.Limit.class);
    all.addAll(last.limits());
    all.addAll(limits);
    out.set(out.size() - 1, new Act(ActKind.GRANT, last.rights(), all, last.sentence(),
        last.start(), w.end[to - 1]));
    return true;
  }

  /**
   * A negative adverbial before a modal that puts the subject after it: "In no event may",
   * "At no time shall", "Under no circumstances can", "On no account is". {@code no} is the
   * index of "no".
   */
  static boolean negativeInversion(Words w, int no) {
    return w.low[no].equals("no") && w.is(no - 1, INVERSION_PREPOSITIONS)
        && w.is(no + 1, INVERSION_NOUNS) && (w.is(no + 2, Lexicon.BINDING_MODALS)
            || w.is(no + 2, Lexicon.BE));
  }

  private static final Set<String> INVERSION_PREPOSITIONS = Lexicon.words("in", "at", "under", "on");

  private static final Set<String> INVERSION_NOUNS =
      Lexicon.words("event", "time", "circumstances", "circumstance", "account", "case");

  /** REQUEST, DEFINE or DISCLAIM when the whole sentence is one, else null. */
  // "not designed, licensed or intended for use in nuclear facilities": "licensed" makes it a
  // scope of the license, not a warning.
  static ActKind mood(Words w) {
    boolean binding = false;
    boolean modal = false; // bound by a modal or verb of duty, not only by a negated "licensed"
    boolean request = false;
    boolean disclaim = false;
    boolean grants = false;
    // Each test below only sets its flag, so a flag already set skips its test (the tests are
    // most of the reader's time on a sentence that binds nobody).
    for (int i = 0; i < w.size; i++) {
      String word = w.low[i];
      // "Permission to use ... is hereby granted, provided that this disclaimer of warranty
      // appears", "You may freely use and distribute it, but it is provided AS IS": a grant
      // that names the disclaimer is still a grant.
      if (!grants && (word.equals("granted")
          && (w.is(i - 1, Lexicon.BE) || w.phraseAt(i - 1, "hereby"))
          || (word.equals("may") || word.equals("can")) && !w.phraseAt(i + 1, "not")
              && (w.rights[Math.min(w.size - 1, i + 1)] != 0
                  || i + 2 < w.size && w.low[i + 1].endsWith("ly") && w.rights[i + 2] != 0))) {
        grants = true;
      }
      if (!binding && (word.equals("shall") || word.equals("must") || word.equals("agree")
          || word.equals("agrees") || w.is(i, FORBID_WORDS)
          || word.equals("may") && w.phraseAt(i + 1, "not"))) {
        binding = true;
        modal = true;
      }
      // "as you wish", "if you wish to": the licensee's wish, not the licensor's; "you are
      // welcome to copy it" gives leave.
      // "no need to ask", "without asking us": leave not needed, not a request
      if (!request && (w.is(i, REQUEST_WORDS) && !w.phraseAt(i - 1, "upon")
              && !w.phraseAt(i - 1, "on") && !w.is(i - 1, GRANTEE_PRONOUNS)
              && !w.phraseAt(i - 1, "without") && !w.phraseAt(i - 1, "to")
              && !w.phraseAt(i, "welcome", "to")
          // not "Should you build it into artillery, you hold no licence": an inverted "if"
          || word.equals("should") && i > 0 || w.phraseAt(i, "we", "ask")
          || w.phraseAt(i, "would", "like")
          // "The authors expect that it will not be used to ...": a hope about others
          || w.is(i, EXPECT) && w.phraseAt(i + 1, "that") && !w.is(i - 1, Lexicon.BE)
          || w.phraseAt(i, "we", "request") || preference(w, i))) {
        request = true;
      }
      if (!disclaim && (w.stemIn(i, DISCLAIM_STEMS) || w.phraseAt(i, "as", "is") || owesNothing(w, i)
          || word.equals("not") && (w.is(i + 1, UNTESTED) || w.phraseAt(i + 1, "been")
              && w.is(i + 2, UNTESTED)))) {
        disclaim = true; // "not designed for", "has not been evaluated for": a warning
      }
      if (!binding && (word.equals("licensed") && w.find(Math.max(0, i - 4), i, NOT_NOR) >= 0
          || word.equals("no") && negativeInversion(w, i)
              && w.find(i + 3, Math.min(w.size, i + 6), Lexicon.GRANTOR_SUBJECTS) < 0
          || w.is(i, STATUS_VERBS) && w.phraseAt(i + 1, "that")
              && w.find(Math.max(0, i - 3), i, LICENSEE_WORDS) >= 0)) {
        // "You represent that you are not ...": a licensee binds itself to what it states.
        binding = true;
      }
    }
    if (request && !binding) {
      return ActKind.REQUEST;
    }
    if (reported(w) || !modal && Exclusions.separateProduct(w, 0, w.size)) {
      // "Cormorant Enterprise is a separate product offered only to subscribers": what another
      // product's terms are, told by this license, binds no one under it
      return ActKind.REPORT;
    }
    if (isDefinition(w)) {
      return ActKind.DEFINE;
    }
    return disclaim && !binding && !grants ? ActKind.DISCLAIM : null;
  }

  /**
   * "I'd rather these tracks weren't used in ...", "we would prefer that", "We'd really rather
   * people did not": a wish.
   */
  private static boolean preference(Words w, int i) {
    if (!w.low[i].equals("rather") && !w.low[i].equals("prefer")) {
      return false;
    }
    int k = i > 0 && w.low[i - 1].endsWith("ly") ? i - 2 : i - 1; // one adverb between
    return w.phraseAt(k, "d") && w.gap[k] == '\'' || w.phraseAt(k, "would");
  }

  /**
   * Reported speech: "according to the new terms, the model may not be used ...", "critics
   * said the license forbids ...". It tells what binds someone else.
   */
  private static boolean reported(Words w) {
    if (w.is(0, CHANGELOG_VERBS)) {
      return true; // "Added usage restrictions to the model card": a changelog entry
    }
    if (history(w)) {
      return true;
    }
    for (int i = 0; i < w.size; i++) {
      // "According to X, ..." opens a clause with its source; "modify it according to your
      // requirements" and "distribute it according to the terms" say how, inside the clause.
      boolean clauseStart = i == 0 || w.gap[i] == ',' || w.gap[i] == '(' || w.gap[i] == ';';
      if (w.phraseAt(i, "according", "to") && clauseStart
          || w.is(i, REPORTING) && !legalSaid(w, i) && !passive(w, i) && !reportNoun(w, i)) {
        return true;
      }
      // "The licence prohibits military use": what another document says, not this one.
      if (w.is(i, OTHER_DOCUMENT) && w.is(i + 1, DOCUMENT_NOUNS)
          && (w.is(i + 2, DESCRIBING) || w.is(i + 2, ALSO) && w.is(i + 3, DESCRIBING))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The license's history, not its terms: "Medusa was once distributed under a 'free for
   * non-commercial use' license", "Earlier versions of this license prohibited hosting". A past
   * tense marked as past ("was once", "were originally") or earlier versions, with no modal:
   * what bound someone before binds no one now.
   */
  private static boolean history(Words w) {
    for (int k = 0; k < w.size; k++) {
      if (w.is(k, Lexicon.BINDING_MODALS) && !(k > 0 && w.original[k] && w.low[k].equals("may"))) {
        return false; // "was originally designed for X; you may not use it for Y" still binds
      }
    }
    int versions = w.find(0, Math.min(w.size, VERSION_SUBJECT), VERSIONS);
    if (versions >= 0 && numbered(w, Math.max(0, versions - 2), Math.min(w.size, versions + 4))
        && pastRuling(w, versions + 1)) {
      // "Versions 1.0 and 2.x of this license restricted production use ...", "The 0.x
      // releases were for research use only", "Versions up to 3.2 were licensed to ..."
      return true;
    }
    if (w.is(0, TEMPORAL_LEADS) && pastRuling(w, 1)) {
      // "Until March 2020 a separate licence was required for ..." (not "Until further notice,
      // use in clinics is prohibited")
      return true;
    }
    for (int k = 0; k + 3 < w.size && w.gap[k] != ';'; k++) {
      if ((w.phraseAt(k, "used", "to", "be") || w.phraseAt(k, "used", "to", "have")) && k > 0
          && !w.is(k - 1, Lexicon.BE) && !w.is(k - 1, Lexicon.NEGATORS)) {
        // "The dataset used to be available only to ..." (not "is never used to ...", nor "a
        // system used to decide ...", a passive)
        return true;
      }
    }
    for (int i = 0; i + 1 < w.size; i++) {
      if (w.gap[i] == ',' || w.gap[i] == ';' || w.gap[i] == '(') {
        return false; // the main clause's subject only: "Use for X, which was once allowed, is"
      }
      if (w.is(i, PAST_BE) && (w.is(i + 1, EARLIER_TIMES) || w.is(i + 2, EARLIER_TIMES))
          || w.is(i, EARLIER) && w.is(i + 1, VERSIONS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb from {@code start} on is in the past: "was", "were", or a ruling in the simple
   * past ("hosting required an agreement"), not a present passive ("is prohibited").
   */
  private static boolean pastRuling(Words w, int start) {
    for (int k = start; k < w.size; k++) {
      if (w.is(k, PAST_BE) || w.is(k, PAST_RULINGS) && !w.is(k - 1, PRESENT_BE)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PRESENT_BE = words("is", "are", "be", "being", "been", "am");

  /** Whether a word in [start, end) is a version number: "1.0", "2.x", "0.x", "3". */
  private static boolean numbered(Words w, int start, int end) {
    for (int k = start; k < end; k++) {
      if (w.low[k].chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /** Words a versions subject opens a sentence within: "The 0.x releases", "Versions up to". */
  private static final int VERSION_SUBJECT = 4;

  /** Openings of a time before now: "Until March 2020", "Before the licence change". */
  private static final Set<String> TEMPORAL_LEADS = words("until", "till", "before");

  private static final Set<String> PAST_BE = words("was", "were");

  private static final Set<String> EARLIER_TIMES =
      words("once", "previously", "formerly", "originally", "initially");

  private static final Set<String> EARLIER = words("earlier", "previous", "prior", "older",
      "former");

  private static final Set<String> VERSIONS = words("version", "versions", "release", "releases",
      "edition", "editions", "builds");

  /** What an earlier version of a license did: "restricted", "prohibited", "required". */
  private static final Set<String> PAST_RULINGS = words("restricted", "prohibited", "required",
      "banned", "forbade", "limited", "excluded", "allowed", "permitted", "granted", "barred",
      "licensed", "needed", "had");

  /**
   * "producing credit reports", "the reports", "in reports": a reporting word after a
   * determiner, a preposition or a verb in -ing, at the end of its sentence or after a binding
   * modal is a noun or inside the clause that binds, not speech.
   */
  private static boolean reportNoun(Words w, int i) {
    return i > 0 && (w.is(i - 1, NOUN_LEADS) || w.low[i - 1].endsWith("ing"))
        || i == w.size - 1 // speech has a complement: "... to generate credit reports."
        || w.find(0, i, Lexicon.BINDING_MODALS) >= 0; // "must not be used for reports that ..."
  }

  private static final Set<String> NOUN_LEADS = words("the", "a", "an", "any", "all", "such",
      "these", "those", "its", "their", "your", "our", "of", "in", "into", "for", "from", "to",
      "with", "on", "no", "other");

  private static final Set<String> EXPECT = words("expect", "expects", "trust", "trusts");

  /**
   * "no Contributor owes You anything ... for harm of any kind", "we owe you nothing": a
   * disclaimer of liability in other words.
   */
  private static boolean owesNothing(Words w, int i) {
    return w.is(i, OWES) && (w.find(Math.max(0, i - 3), i, NO_ONE) >= 0
        || w.find(i + 1, Math.min(w.size, i + 3), NOTHING) >= 0);
  }

  private static final Set<String> OWES = words("owe", "owes");

  /** Negative subjects: "no Contributor owes", not "you do not owe me" (a lead-in to requests). */
  private static final Set<String> NO_ONE = words("no", "nobody", "none", "neither");

  private static final Set<String> NOTHING = words("nothing");

  /** "said copies" is the legal adjective, not speech ("critics said that ..."). */
  private static boolean legalSaid(Words w, int i) {
    return w.low[i].equals("said") && i + 1 < w.size && w.gap[i + 1] == ' '
        && !w.is(i + 1, SAID_OBJECTS);
  }

  /** "modifications ... are prominently noted in the modified files": a passive duty. */
  private static boolean passive(Words w, int i) {
    return w.is(i - 1, Lexicon.BE)
        || i >= 2 && w.low[i - 1].endsWith("ly") && w.is(i - 2, Lexicon.BE);
  }

  private static final Set<String> SAID_OBJECTS =
      words("that", "the", "a", "an", "it", "this", "they", "in", "on", "to", "so", "yes", "no");

  private static final Set<String> CHANGELOG_VERBS =
      words("added", "removed", "changed", "fixed", "updated", "renamed", "switched", "moved",
          "deprecated", "replaced", "bumped", "dropped", "improved", "refactored", "clarified",
          "reworded", "relicensed");

  private static final Set<String> OTHER_DOCUMENT =
      words("the", "its", "their", "that", "new", "original", "a", "his", "her", "some", "many",
          "most", "other", "certain", "several", "such");

  private static final Set<String> DOCUMENT_NOUNS =
      words("license", "licence", "terms", "agreement", "document", "policy", "clause", "text",
          "licenses", "licences", "agreements", "policies", "clauses");

  private static final Set<String> DESCRIBING =
      words("prohibits", "forbids", "bans", "requires", "allows", "permits", "states", "says",
          "grants", "lets", "restricts", "includes", "contains", "lists", "excludes", "limits",
          "prohibit", "forbid", "ban", "require", "allow", "permit", "restrict", "include",
          "contain", "exclude", "limit", "grant");

  private static final Set<String> UNTESTED =
      words("designed", "intended", "evaluated", "tested", "validated", "verified", "trained",
          "suitable", "certified", "approved", "built", "engineered", "qualified", "optimised",
          "optimized");

  private static final Set<String> REPORTING =
      words("said", "says", "reported", "reports", "announced", "announces", "told", "explained",
          "argued", "argues", "claimed", "criticized", "criticised", "noted", "wrote", "writes");

  /** "'Excluded License' means ...", "An Excluded License is one that ...". */
  private static boolean isDefinition(Words w) {
    if (w.quotedTermLead) {
      // "Adaptation" - a work that changes ...; not "Prohibited Uses": You must not use ...
      return w.find(0, w.size, BINDING_MODALS) < 0;
    }
    for (int i = 1; i < Math.min(w.size, DEFINITION_REACH); i++) {
      if (w.is(i, BINDING_MODALS) && !w.phraseAt(i, "shall", "mean")) {
        return false;
      }
      // not "by means of", "reproduce the Data, by any means and in any format"
      if (w.is(i, DEFINE_WORDS) && !w.is(i - 1, THIS_THAT)
          && w.find(Math.max(0, i - 3), i, BY) < 0) {
        return true;
      }
      if (w.phraseAt(i, "is", "one", "that") || w.phraseAt(i, "are", "those", "that")) {
        return true;
      }
    }
    return false;
  }

  /** A heading of a list without a colon: "YOU MAY NOT", "You may", "You must not". */
  private static boolean bareLead(Words w) {
    return w.size <= 4 && w.size >= 2 && w.is(w.size - 1, LEAD_ENDS)
        && w.is(0, LEAD_SUBJECTS);
  }

  /** Who a bare lead binds ("In no event shall" opens a disclaimer, not a list). */
  private static final Set<String> LEAD_SUBJECTS =
      words("you", "licensee", "licensees", "user", "users", "recipient", "recipients", "customer");

  private static final Set<String> LEAD_ENDS = words("may", "not", "must", "can", "cannot", "shall");

  private static boolean endsWithColon(String text, Sentence s) {
    return lastChar(text, s) == ':';
  }

  /** "...functionality to the sample code;", "...; and": an item of a list that goes on. */
  private static boolean endsAsItem(String text, Sentence s, Words w) {
    return lastChar(text, s) == ';'
        || w.size > 1 && w.is(w.size - 1, AND_OR) && w.gap[w.size - 1] == ';';
  }

  /**
   * The words of a heading line the sentence opens with, or 0: "2. Permission" over "You may use,
   * copy ...", which the splitter joins into one sentence. Read with the clause, the heading
   * noun takes the clause for its relative ("Permission you may use": a noun phrase, no grant).
   * A heading is a line of its own, of at most {@value #HEADING_WORDS} words that read as a title,
   * without a modal, a word of a right or a verb of granting, ending without punctuation, and
   * followed by a line that starts with a capital.
   */
  static int headingWords(String text, Sentence s, Words w) {
    int newline = text.indexOf('\n', s.start());
    if (newline < 0 || newline >= s.end()) {
      return 0;
    }
    int k = 0;
    while (k < w.size && w.start[k] < newline) {
      if (w.is(k, Lexicon.BINDING_MODALS) || w.rights[k] != 0 || w.is(k, GRANTING_VERBS)) {
        return 0;
      }
      k++;
    }
    return k >= 1 && k <= HEADING_WORDS && k + 2 < w.size && titleLike(text, w, k)
        && w.original[k] && Character.isLetterOrDigit(text.charAt(w.end[k - 1] - 1))
        && lineEndsAfter(text, w.end[k - 1], newline) && startsLine(text, w.start[0]) ? k : 0;
  }

  /**
   * Whether the first {@code k} words read as a title: each capitalised or a number, short joining
   * words aside ("Grant of Rights"), the last one not (a wrapped line of prose, "Offering the",
   * ends in one).
   */
  private static boolean titleLike(String text, Words w, int k) {
    for (int i = 0; i < k; i++) {
      boolean titled = w.original[i] || Character.isDigit(text.charAt(w.start[i]));
      if (!titled && (i == 0 || i == k - 1 || !w.is(i, TITLE_JOINERS))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> TITLE_JOINERS =
      words("of", "and", "the", "to", "for", "in", "on", "a", "an", "or", "with", "by");

  /**
   * Whether only spaces and a section number ("3.", "§ 4", "(b)") stand between the line's start
   * and offset {@code at}.
   */
  private static boolean startsLine(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isDigit(c) && ".()§".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether only spaces stand between a word's end and the line's end. */
  private static boolean lineEndsAfter(String text, int wordEnd, int newline) {
    for (int i = wordEnd; i < newline; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static final int HEADING_WORDS = 5;

  private static final Set<String> GRANTING_VERBS =
      words("grant", "grants", "granted", "hereby", "permit", "permits", "allow", "allows", "gives");

  /** A heading of its own: a few words, no list marker, no punctuation at the end. */
  private static boolean headingLine(String text, Sentence s, Words w) {
    return w.size <= 5 && !enumerated(w) && Character.isLetterOrDigit(lastChar(text, s));
  }

  /**
   * What the sentence after a question answers: GRANT for "Yes", "Anyone", "A: Sure", DENY for
   * "No"; null for anything else.
   */
  private static ActKind answer(String text, Sentence next) {
    int i = next.start();
    int end = Math.min(next.end(), i + ANSWER_OPENING);
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (text.startsWith("A:", i)) {
      i += 2;
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    int word = i;
    while (i < end && Character.isLetter(text.charAt(i))) {
      i++;
    }
    String first = text.substring(word, i).toLowerCase(java.util.Locale.ROOT);
    return YES.contains(first) ? ActKind.GRANT : first.equals("no") ? ActKind.DENY : null;
  }

  /** How far into the answer its first word is looked for. */
  private static final int ANSWER_OPENING = 16;

  private static final Set<String> YES =
      Set.of("yes", "anyone", "anybody", "everyone", "everybody", "sure", "certainly");

  /**
   * The rights a question of the licensee's asks for: "Can I copy it and give it to others?",
   * "Who may run the server?"; none when the question is not one of permission.
   */
  private static Set<Right> askedRights(Words w) {
    int modal = w.find(0, Math.min(w.size, ASKING_REACH), ASKING_MODALS);
    if (modal < 0 || w.find(0, w.size, Lexicon.NEGATORS) >= 0) {
      return Set.of();
    }
    // The verbs asked about, not the nouns: "Can I copy it and give it to others?" asks to copy
    // and share; "Can I call my fork Starfall?" asks nothing of modification.
    Set<Right> out = EnumSet.noneOf(Right.class);
    for (int k = modal + 1; k < w.size; k++) {
      if (w.is(k - 1, ASKERS) || w.is(k - 1, AND_OR) || w.gap[k] == ','
          || w.is(k - 1, ASKING_MODALS)) {
        w.addRights(k, out);
      }
    }
    return out;
  }

  /** Who asks: "Can I", "May we", "Can you". */
  private static final Set<String> ASKERS = words("i", "we", "you", "one");

  /** A question of permission opens with its modal: "Q: Can I", "Who may". */
  private static final int ASKING_REACH = 4;

  private static final Set<String> ASKING_MODALS = words("can", "may");

  static char lastChar(String text, Sentence s) {
    int end = s.end() - 1;
    while (end > s.start() && Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    return text.charAt(end);
  }

  /** A list item: short, and binding by its lead-in rather than by a modal of its own. */
  private static boolean isItem(Words w) {
    if (w.size > MAX_ITEM_WORDS || w.is(0, HEADINGS)) {
      return false;
    }
    for (int i = 0; i < w.size; i++) {
      if (w.is(i, BINDING_MODALS) || w.low[i].equals("must")) {
        return false;
      }
    }
    return mood(w) != ActKind.DEFINE;
  }

  // Word sets of single structures above, built once rather than on every call.
  private static final Set<String> ALSO = words("also");

  private static final Set<String> BY = words("by");


  private static final Set<String> NOT_NOR = words("not", "nor");

  private static final Set<String> STATUS_VERBS =
      words("represent", "represents", "warrant", "warrants", "certify", "certifies", "confirm",
          "confirms", "affirm", "affirms");

  /** Whose wish is the grantee's, not the licensor's: "as you wish", "if they wish". */
  private static final Set<String> GRANTEE_PRONOUNS =
      words("you", "they", "he", "she", "licensee", "licensees", "recipients", "users");

  private static final Set<String> LICENSEE_WORDS = words("you", "licensee", "user", "recipient");
}
