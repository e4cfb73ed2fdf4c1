package dev.ajar.rights;

import dev.ajar.Limit;
import dev.ajar.text.Sentence;
import dev.ajar.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a license defines ({@code "Permitted Purpose" means developing products that
 * incorporate a genuine Kestrel module}) and the limits each definition names, so that a grant
 * scoped to a defined term ("solely for the Permitted Purpose") carries the limits of its
 * definition, one definition through another. Only a scope reads them: a grant "in Source or
 * Object form" is not narrowed by the definition of "Object form".
 *
 * <p>Reading a text only finds where its definitions are; a definition's limits are worked out
 * the first time a scope names its term (rarely: most texts scope nothing to a defined term).
 * One per text, used by one thread.
 */
final class Definitions {

  /** No definitions: a text that defines nothing, or a sentence read alone. */
  static final Definitions NONE = new Definitions("", List.of());

  /**
   * A defined term at a definition's start: quoted or capitalised words (in markdown bold too),
   * an alias in parentheses ("You" (or "Subscriber")), then "means"; or a quoted term, then a
   * dash or a colon.
   */
  private static final Pattern DEFINITION =
      Pattern.compile("^[\\s\\d.()a-z*_]{0,8}[\"\u201c']?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})"
          + "[\"\u201d']?[*_]{0,2}(?:\\s+\\([^)]{0,40}\\))?"
          + "(?:\\s+(?:means|shall\\s+mean|refers\\s+to|is\\s+defined\\s+as)\\b"
          // or a quoted term and a dash or colon: "Adaptation" - a work that ...
          + "|(?<=[\"\u201d'])\\s*[-:\u2013\u2014])");

  /** The longest opening a definition's term stands in. */
  private static final int OPENING = 80;

  /** A definition: its term's words, its sentence's tokens, where its body starts, its limits. */
  private static final class Term {
    final String[] words;
    final List<Token> tokens;
    final int sentenceStart;
    final int bodyStart;
    Set<Limit> limits; // null until a scope asks
    Set<Limit> partyLimits; // null until a grant asks
    Boolean madeWith; // null until a grant's object asks
    Words body; // the definition's words, null until a reading needs them
    int bodyWord; // the index in body of the first word after "means"

    Term(String[] words, List<Token> tokens, int sentenceStart, int bodyStart) {
      this.words = words;
      this.tokens = tokens;
      this.sentenceStart = sentenceStart;
      this.bodyStart = bodyStart;
    }
  }

  private final String text;
  private final List<Term> terms;
  private final Set<String> ownNames;

  private Definitions(String text, List<Term> terms, Set<String> ownNames) {
    this.text = text;
    this.terms = terms;
    this.ownNames = ownNames;
  }

  private Definitions(String text, List<Term> terms) {
    this(text, terms, Set.of());
  }

  /**
   * Whether {@code low}, a lower-case word, is the initials of a license name this text uses
   * ("CDL" beside "Common Documentation License", "OHL" beside "CERN Open Hardware Licence"):
   * "changes to the CDL" are changes to a license text, not to the work.
   */
  boolean namesALicense(String low) {
    return ownNames.contains(low);
  }

  /** Initials of three or more letters of the capitalised names that end in "License". */
  private static Set<String> licenseInitials(String text) {
    Set<String> out = new HashSet<>();
    for (int i = text.indexOf("Licen"); i >= 0; i = text.indexOf("Licen", i + 5)) {
      if (i == 0 || !(text.startsWith("License", i) || text.startsWith("Licence", i))
          || text.charAt(i - 1) != ' ') {
        continue;
      }
      StringBuilder initials = new StringBuilder("l");
      int end = i - 1; // the space before the word to the left
      for (int n = 0; n < NAME_WORDS && end > 0 && text.charAt(end) == ' '; n++) {
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
          start--;
        }
        if (start == end || !Character.isUpperCase(text.charAt(start))) {
          break;
        }
        initials.insert(0, Character.toLowerCase(text.charAt(start)));
        if (initials.length() >= 3) {
          out.add(initials.toString());
        }
        end = start - 1;
      }
    }
    return out;
  }

  /** Words of a license's name before "License", at most. */
  private static final int NAME_WORDS = 6;

  /** Finds the definitions among {@code sentences}. */
  static Definitions read(String text, List<Sentence> sentences, List<Token> tokens) {
    List<Term> out = new ArrayList<>();
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      int first = t;
      while (t < tokens.size() && Token.sentenceOf(tokens, t) == s) {
        t++;
      }
      Sentence sentence = sentences.get(s);
      int end = Math.min(sentence.end(), sentence.start() + OPENING);
      if (first == t || !mayDefine(text, sentence.start(), end)) {
        continue;
      }
      Matcher m = DEFINITION.matcher(text).region(sentence.start(), end);
      if (m.lookingAt()) {
        out.add(new Term(m.group(1).toLowerCase(Locale.ROOT).split("\\s+"),
            tokens.subList(first, t), sentence.start(), m.end()));
      }
    }
    Set<String> names = licenseInitials(text);
    return out.isEmpty() && names.isEmpty() ? NONE : new Definitions(text, out, names);
  }

  /** Whether the opening holds a verb of defining: a cheap test before the pattern. */
  private static boolean mayDefine(String text, int start, int end) {
    return within(text, " mean", start, end) || within(text, " refers", start, end)
        || within(text, " defined", start, end);
  }

  /** Whether {@code word} stands in [start, end), searched there only. */
  private static boolean within(String text, String word, int start, int end) {
    char first = word.charAt(0); // tested before the call to startsWith, which nearly all fail
    for (int i = start; i + word.length() <= end; i++) {
      if (text.charAt(i) == first && text.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  /** The limits of every defined term that stands in [start, end) of {@code w}. */
  Set<Limit> limitsIn(Words w, int start, int end) {
    return limitsIn(w, start, end, true);
  }

  private Set<Limit> limitsIn(Words w, int start, int end, boolean throughOthers) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    for (Term term : terms) {
      if (containsTerm(w, start, end, term.words)) {
        out.addAll(limits(term, throughOthers));
      }
    }
    return out;
  }

  /**
   * The limits of the parties named in [start, end) of {@code w}: a grantee or recipient defined
   * as a closed circle ("Customer" means a person holding an active subscription; "Authorised
   * User" means a person employed by the Licensee), directly or through a defined act ("Share"
   * means to make a copy available to a Permitted Recipient).
   */
  Set<Limit> partyLimitsIn(Words w, int start, int end) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    for (Term term : terms) {
      if (containsTerm(w, start, end, term.words)) {
        out.addAll(partyLimits(term));
      }
    }
    return out;
  }

  private Set<Limit> partyLimits(Term term) {
    if (term.partyLimits == null) {
      Words w = body(term);
      Set<Limit> limits = EnumSet.noneOf(Limit.class);
      if (isParty(term)) {
        limits.addAll(circle(w, term.bodyWord));
      } else if (w.phraseAt(term.bodyWord, "to")) {
        // A defined act ("Share" means to make a copy available to a Permitted Recipient): the
        // circle of the parties its definition names.
        for (Term other : terms) {
          if (other != term && isParty(other)
              && containsTerm(w, term.bodyWord, w.size, other.words)) {
            limits.addAll(circle(body(other), other.bodyWord));
          }
        }
      }
      term.partyLimits = limits;
    }
    return term.partyLimits;
  }

  /** Whether the definition opens with a party noun: "means a person or organisation that". */
  private boolean isParty(Term term) {
    Words w = body(term);
    return w.find(term.bodyWord, Math.min(w.size, term.bodyWord + PARTY_OPENING), PARTIES) >= 0;
  }

  /**
   * Whether the defined term at {@code k} of {@code w} names something made with the work, not
   * the work: "Permitted Product" means a device built from the Design Files; "Results" means
   * data produced by running the Software; "Your Work" means a document you create using the
   * Font. Works derived from the work ("based on", "derived from") are not such products.
   */
  boolean madeWithTheWork(Words w, int k) {
    for (Term term : terms) {
      if (names(w, k, term.words)) {
        if (term.madeWith == null) {
          term.madeWith = madeWith(body(term), term.bodyWord);
        }
        return term.madeWith;
      }
    }
    return false;
  }

  private static boolean madeWith(Words w, int body) {
    for (int k = body; k < w.size; k++) {
      if (w.is(k, MADE) && w.find(k + 1, Math.min(w.size, k + MADE_REACH), MADE_WITH) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MADE = Set.of("built", "made", "manufactured", "produced",
      "generated", "created", "create", "creates", "make", "makes");

  private static final Set<String> MADE_WITH = Set.of("from", "using", "with", "by");

  /** How far after "built" its "from" or "using" may stand ("built in whole or in part from"). */
  private static final int MADE_REACH = 8;

  /** What closes a circle of parties: a subscription or payment, employment or enrolment. */
  private static Set<Limit> circle(Words w, int body) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    if (w.findStem(body, w.size, PAYING_MEMBERSHIP) >= 0) {
      out.add(Limit.PAYMENT);
    }
    if (w.findStem(body, w.size, STAFF) >= 0) {
      out.add(Limit.INTERNAL);
    }
    return out;
  }

  /** Whether the term stands in [from, to) of {@code w}. */
  private static boolean containsTerm(Words w, int from, int to, String[] term) {
    for (int k = from; k + term.length <= to; k++) {
      if (names(w, k, term)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words at {@code k} name the term, in the singular or the plural. */
  private static boolean names(Words w, int k, String[] term) {
    if (w.phraseAt(k, term)) {
      return true;
    }
    int last = k + term.length - 1;
    String word = term[term.length - 1];
    return (term.length == 1 || w.phraseAt(k, java.util.Arrays.copyOf(term, term.length - 1)))
        && w.low[last].length() == word.length() + 1 && w.low[last].startsWith(word)
        && w.low[last].endsWith("s");
  }

  /** How far into a definition its party noun may stand ("means a natural person or ..."). */
  private static final int PARTY_OPENING = 5;

  /** The nouns a definition of a party opens with. */
  private static final Set<String> PARTIES =
      Set.of("person", "persons", "individual", "individuals", "entity", "entities",
          "organisation", "organization", "organisations", "organizations", "company", "customer",
          "customers", "subscriber", "subscribers", "holder", "holders", "member", "members");

  private static final Set<String> PAYING_MEMBERSHIP =
      Lexicon.stems("subscription subscriptions paid fee fees purchased");

  private static final Set<String> STAFF =
      Lexicon.stems("employed employee employees enrolled staff student students");

  /** The definition's words, read once per term (and {@code bodyWord} found with them). */
  private Words body(Term term) {
    if (term.body == null) {
      Words w = new Words(text, term.tokens, term.sentenceStart);
      int body = 0;
      while (body < w.size && w.start[body] < term.bodyStart) {
        body++;
      }
      term.bodyWord = body;
      term.body = w;
    }
    return term.body;
  }

  /** The limits a definition names, and those of the terms it uses when {@code throughOthers}. */
  private Set<Limit> limits(Term term, boolean throughOthers) {
    if (term.limits != null && throughOthers) {
      return term.limits;
    }
    Words w = body(term);
    int body = term.bodyWord;
    Set<Limit> limits = Limits.named(w, body, w.size);
    limits.remove(Limit.NAMED_PURPOSE);
    if (throughOthers) {
      // "Permitted Purpose" means the support of a Permitted Product; "Permitted Product" means a
      // device that incorporates a Kestrel module: one step through the terms it uses.
      limits.addAll(limitsIn(w, body, w.size, false));
      term.limits = limits;
    }
    return limits;
  }
}
