package dev.ajar.rights;

import static dev.ajar.rights.Lexicon.words;

import dev.ajar.text.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Statements that what they refer to binds nobody: "That is a request, not a condition of the
 * licence", "advice, not a condition", "It adds no condition to the license", a heading
 * "Requests (not conditions)" or "WHAT WE WOULD LIKE (BUT DO NOT REQUIRE)". The license itself
 * says that the words they point at are no term of it, so a "do not" there asks and forbids
 * nothing.
 *
 * <p>What such a statement points at is read from where it stands: a short line without a full
 * stop (a heading, or a lead-in ending in a colon) covers the sentences under it up to the next
 * heading, at most {@value #SECTION_SENTENCES}, when it names conditions or asks ("not
 * required" alone, as in a heading "Attribution not required", covers only itself); a sentence
 * with "this", "that", "it" or "none" within its first words ("That is a request, not a
 * condition", "We cannot stop you, and this is not a condition") covers the sentence before it
 * and itself; any other covers itself ("Please don't use it in weapons systems, but that is
 * advice, not a condition"). Not "You may not impose any conditions" (a modal right before the
 * negation: a duty), nor "with no conditions whatsoever" (no copula or apposition).
 *
 * <p>Stateless and thread-safe.
 */
final class NonConditions {

  private NonConditions() {}

  /** How far a statement reaches. */
  enum Reach {
    /** It disowns nothing. */
    NONE,
    /** Its own sentence. */
    SELF,
    /** The sentence before it, and itself. */
    PREVIOUS,
    /** The sentences under it, a heading or a lead-in. */
    SECTION
  }

  /** Sentences a heading or a lead-in reaches, at most. */
  static final int SECTION_SENTENCES = 12;

  /** Words of a heading or lead-in, at most. */
  private static final int HEADING_WORDS = 10;

  private static final Set<String> NEGATORS = words("not", "no", "none", "never", "nor");

  private static final Set<String> CONDITION_NOUNS = words("condition", "conditions",
      "requirement", "requirements", "obligation", "obligations");

  /** Nouns that are a condition only as a term of the license: "not a term of this licence". */
  private static final Set<String> TERM_NOUNS = words("term", "terms");

  /** Words allowed between the negation and its noun: "not an extra licence term". */
  private static final Set<String> NOUN_PHRASE = words("a", "an", "any", "extra", "additional",
      "further", "legal", "licence", "license", "binding", "part", "of", "the", "its", "one");

  /** Verbs whose object a "no condition" is: "It adds no condition to the license". */
  private static final Set<String> CREATING = words("adds", "add", "creates", "imposes", "sets");

  private static final Set<String> REQUIRING = words("require", "required", "requires");

  /** Words of a heading that asks: "WHAT WE WOULD LIKE (BUT DO NOT REQUIRE)", "We ask, but ...". */
  private static final Set<String> ASKING = words("like", "love", "wish", "wishes", "ask", "asks",
      "request", "requests", "hope", "hopes", "appreciate", "appreciated", "welcome", "suggest",
      "suggestions", "recommend", "recommendations", "please");

  /** Words that point back: "That is a request", "None of this is a condition". */
  private static final Set<String> BACK = words("this", "that", "it", "these", "those", "none",
      "such", "which");

  /** Acts a disowned sentence loses: it forbids, withholds or narrows nothing. */
  private static final Set<ActKind> BINDING = java.util.EnumSet.of(ActKind.DENY, ActKind.LIMIT,
      ActKind.CONFINE, ActKind.PROHIBIT_USE, ActKind.PROHIBITION_LEAD);

  /**
   * How far the sentence disowns what it refers to.
   *
   * @param text the normalised text
   * @param s the sentence
   * @param w its words
   * @return the reach, NONE when the sentence says nothing of the kind
   */
  static Reach of(String text, Sentence s, Words w) {
    int at = disowning(w);
    if (at < 0) {
      return Reach.NONE;
    }
    char last = SentenceReader.lastChar(text, s);
    if (w.size <= HEADING_WORDS && last != '.' && last != ';' && last != '!'
        && (!w.is(at + 1, REQUIRING) || w.find(0, w.size, ASKING) >= 0)) {
      return Reach.SECTION;
    }
    // "That is a request, not a condition", "We cannot stop you, and this is not a condition":
    // a word pointing back within the first words points at the sentence before; after a
    // clause of its own ("Please don't use it in weapons, but that is advice") at that clause.
    int back = w.find(0, Math.min(at, BACK_REACH + 1), BACK);
    return back >= 0 && back <= BACK_REACH ? Reach.PREVIOUS : Reach.SELF;
  }

  /** Words before a pointing word within which it points at the sentence before. */
  private static final int BACK_REACH = 5;

  /** Whether a short line closes the section a heading opened: a heading of its own. */
  static boolean heading(String text, Sentence s, Words w) {
    char last = SentenceReader.lastChar(text, s);
    return w.size <= 6 && last != '.' && last != ';' && last != ',';
  }

  /** Where the sentence says something is no condition, or -1. */
  private static int disowning(Words w) {
    for (int n = 0; n < w.size; n++) {
      if (!w.is(n, NEGATORS)) {
        continue;
      }
      if (w.is(n - 1, Lexicon.BINDING_MODALS) || w.is(n - 2, Lexicon.BINDING_MODALS)) {
        continue; // "You may not impose any conditions": a duty, not a disowning
      }
      if (w.is(n + 1, REQUIRING) || w.phraseAt(n + 1, "as", "a") && w.is(n + 3, CONDITION_NOUNS)) {
        return n; // "ask, but do not require", "not as a condition"
      }
      int k = n + 1;
      while (k < w.size && k <= n + 4 && w.is(k, NOUN_PHRASE)) {
        k++;
      }
      boolean noun = w.is(k, CONDITION_NOUNS)
          || w.is(k, TERM_NOUNS) && (w.phraseAt(k + 1, "of") || k == w.size - 1);
      boolean frame = n == 0 || w.is(n - 1, Lexicon.BE) || w.is(n - 1, CREATING)
          || w.gap[n] == ',' || w.gap[n] == '(' || w.gap[n] == '-' || w.gap[n] == ':'
          || w.phraseAt(n, "none", "of");
      if (noun && frame) {
        return n;
      }
    }
    return -1;
  }

  /**
   * The acts with every disowned sentence's binding acts replaced by one request.
   *
   * @param acts the acts, in sentence order
   * @param disowned the disowned sentences
   * @param sentences the text's sentences
   * @return the acts, in sentence order
   */
  static List<Act> apply(List<Act> acts, BitSet disowned, List<Sentence> sentences) {
    if (disowned.isEmpty()) {
      return acts;
    }
    List<Act> out = new ArrayList<>(acts.size() + disowned.cardinality());
    BitSet asks = new BitSet(); // already a request: "Registration is a request only and ..."
    for (Act a : acts) {
      if (!(disowned.get(a.sentence()) && BINDING.contains(a.kind()))) {
        out.add(a);
      }
      if (a.kind() == ActKind.REQUEST) {
        asks.set(a.sentence());
      }
    }
    BitSet added = (BitSet) disowned.clone();
    added.andNot(asks);
    for (int s = added.nextSetBit(0); s >= 0; s = added.nextSetBit(s + 1)) {
      Sentence x = sentences.get(s);
      out.add(new Act(ActKind.REQUEST, Set.of(), Set.of(), s, x.start(), x.end()));
    }
    out.sort(Comparator.comparingInt(Act::sentence)); // stable: a sentence's own order stays
    return out;
  }
}
