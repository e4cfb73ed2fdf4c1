package dev.ajar.rights;

import dev.ajar.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one sentence as the reader sees them: stem, lower-case form, span, and the
 * punctuation in the gap before each word (clause boundaries and contractions live there, and the
 * tokenizer drops them).
 */
final class Words {

  final String[] stem;
  final String[] low;
  final int[] start;
  final int[] end;
  /** The strongest punctuation before word i: ';', ':', ',', '(', '\'' or ' ' for none. */
  final char[] gap;

  final int size;

  /** The text's defined terms and their limits, read by a scope ("solely for the Purpose"). */
  Definitions definitions = Definitions.NONE;

  /** Whether the sentence before this one is about the license text ("this license document"). */
  boolean afterLicenseText;

  /**
   * Whether word i has an upper-case letter in the text (a name, a heading): "Program", "LICENSE",
   * "iMatix".
   */
  final boolean[] original;

  /** The rights word i names, as bits {@code 1 << Right.ordinal()}; 0 for none. */
  final int[] rights;

  /** Whether word i is the second part of a hyphenated compound ("encoder-only"). */
  final boolean[] compound;

  /**
   * The reader's word sets that hold word i's lower-case form and its stem, as bits (see {@link
   * WordSet#slot}; null: none).
   */
  private final long[][] lowHolders;
  private final long[][] stemHolders;

  /**
   * Whether the sentence opens with a quoted term and a dash or colon: {@code "Adaptation" - a
   * work that changes ...}, a definition without "means".
   */
  final boolean quotedTermLead;

  /** Words a quoted term at a definition's head may have. */
  private static final int TERM_WORDS = 5;

  Words(String text, List<Token> tokens, int sentenceStart) {
    size = tokens.size();
    stem = new String[size];
    low = new String[size];
    start = new int[size];
    end = new int[size];
    gap = new char[size];
    original = new boolean[size];
    compound = new boolean[size];
    rights = new int[size];
    lowHolders = new long[size][];
    stemHolders = new long[size][];
    Map<String, long[]> holders = WordSet.holders();
    int previousEnd = sentenceStart;
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      stem[i] = t.term();
      start[i] = t.start();
      end[i] = t.end();
      String lower = lowerForm(text, t);
      low[i] = lower;
      // The first letter is tested first: a prefix test is a call, and nearly every word fails.
      if (!lower.isEmpty() && lower.charAt(0) == 'g' && lower.startsWith("government")) {
        stem[i] = "government"; // the stemmer folds it into "govern" ("governed by the laws of")
      }
      original[i] = hasUpperCase(text, t.start(), t.end());
      compound[i] = t.start() > 0 && text.charAt(t.start() - 1) == '-';
      lowHolders[i] = holders.get(lower);
      stemHolders[i] = holders.get(stem[i]);
      // An adjective names no act ("Adaptive Computing", "distributive"); "derivative" does. A
      // customer shares the stem of "customize" and is no act either. (Only a word whose stem
      // names a right is tested so.)
      int named = Lexicon.RIGHTS_BY_STEM.getOrDefault(stem[i], 0);
      rights[i] = named == 0 || lower.endsWith("ive") && !lower.startsWith("derivativ")
          || lower.startsWith("customer") ? 0 : named;
      gap[i] = gapPunctuation(text, previousEnd, t.start());
      previousEnd = t.end();
    }
    quotedTermLead = quotedTermLead(text, sentenceStart);
    for (int i = 0; i < size; i++) {
      char c = low[i].isEmpty() ? ' ' : low[i].charAt(0);
      if (c == 't' && low[i].length() == 1 && i > 0 && gap[i] == '\'') {
        uncontract(i);
        continue;
      }
      if (c == 'm' && MAKE.contains(low[i]) && madeAvailable(i)) {
        // "make the software, or a modified version of it, available to third parties"
        rights[i] |= 1 << dev.ajar.Right.REDISTRIBUTE.ordinal();
        continue;
      }
      if (c != 'p' && c != 'h' && c != 'c') {
        continue; // the words below start so; most words need no look-up
      }
      if (i + 1 < size && (PASS.contains(low[i]) && low[i + 1].equals("on")
          || HAND.contains(low[i]) && low[i + 1].equals("out"))) {
        // "is not to be passed on", "hand out copies"
        rights[i] |= 1 << dev.ajar.Right.REDISTRIBUTE.ordinal();
      }
      if ((low[i].equals("claim") || low[i].equals("claims")) && !is(i + 1, CLAIM_OBJECTS)) {
        // "claims assessment", "insurance claim": a noun, not "claim authorship" or "claim that"
        stem[i] = "claim (noun)";
        stemHolders[i] = null;
      }
    }
  }

  /**
   * The full forms of the words the tokenizer leaves before "t" in "isn't", "don't", "won't":
   * read as "is not", "do not", "will not", so that every rule that knows "is not allowed" knows
   * "isn't allowed" too.
   */
  private static final Map<String, String> UNCONTRACTED = Map.ofEntries(
      Map.entry("don", "do"), Map.entry("doesn", "does"), Map.entry("didn", "did"),
      Map.entry("can", "can"), Map.entry("won", "will"), Map.entry("shan", "shall"),
      Map.entry("mustn", "must"), Map.entry("isn", "is"), Map.entry("aren", "are"),
      Map.entry("wasn", "was"), Map.entry("weren", "were"), Map.entry("couldn", "could"),
      Map.entry("wouldn", "would"), Map.entry("shouldn", "should"), Map.entry("needn", "need"),
      Map.entry("mayn", "may"), Map.entry("ain", "is"), Map.entry("haven", "have"),
      Map.entry("hasn", "has"), Map.entry("hadn", "had"));

  /** Rewrites "isn" "t" at {@code t - 1, t} as "is" "not"; offsets stay on the written words. */
  private void uncontract(int t) {
    String full = UNCONTRACTED.get(low[t - 1]);
    if (full == null) {
      return;
    }
    Map<String, long[]> holders = WordSet.holders();
    low[t - 1] = full;
    stem[t - 1] = full;
    low[t] = "not";
    stem[t] = "not";
    lowHolders[t - 1] = holders.get(full);
    stemHolders[t - 1] = lowHolders[t - 1];
    lowHolders[t] = holders.get("not");
    stemHolders[t] = lowHolders[t];
  }

  private static final java.util.Set<String> MAKE = java.util.Set.of("make", "makes", "making");

  /** Whether "available to" follows the verb at {@code i} within a short object. */
  private boolean madeAvailable(int i) {
    for (int k = i + 1; k + 1 < size && k <= i + MADE_AVAILABLE_REACH; k++) {
      if (low[k].equals("available") && low[k + 1].equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** The longest object between "make" and "available to". */
  private static final int MADE_AVAILABLE_REACH = 10;

  private static final java.util.Set<String> HAND = java.util.Set.of("hand", "hands", "handed");

  private static final java.util.Set<String> PASS =
      java.util.Set.of("pass", "passes", "passed", "passing");

  /** What follows "claim" as a verb: "that", "to be", "authorship", "it as your own". */
  private static final java.util.Set<String> CLAIM_OBJECTS =
      Lexicon.words("that", "to", "authorship", "credit", "ownership", "it", "them", "the",
          "any", "as", "you", "your", "or", "and", "a", "an", "this", "responsibility");

  /**
   * The word in lower case, with a line-end hyphen or soft hyphen the tokenizer joined across
   * taken out ("redi-\nstribution" reads "redistribution").
   */
  private static String lowerForm(String text, Token t) {
    int start = t.start();
    int stop = Math.min(t.end(), start + 64);
    if (stop == t.end() && plainAscii(text, start, stop)) {
      // Nearly every word: the tokenizer's lower case is the same, and its hash is known.
      return t.lower();
    }
    StringBuilder out = new StringBuilder(stop - start);
    for (int i = start; i < stop; i++) {
      char c = text.charAt(i);
      if (c == '\u00AD' || c == ' ' || c == '\n' || c == '\r' || c == '\t'
          || c > 127 && Character.isWhitespace(c)
          || c == '-' && i + 1 < stop && text.charAt(i + 1) <= ' ') {
        continue;
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Whether [start, stop) is ASCII without blanks or hyphens (which {@link #lowerForm} drops). */
  private static boolean plainAscii(String text, int start, int stop) {
    for (int i = start; i < stop; i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == '-' || c > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUpperCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean quotedTermLead(String text, int sentenceStart) {
    if (size < 2 || !quoteBetween(text, sentenceStart, start[0])) {
      return false; // no quote before the first word: most sentences stop here
    }
    for (int k = 0; k + 1 < Math.min(size, TERM_WORDS + 1); k++) {
      String between = text.substring(end[k], start[k + 1]).strip();
      if (between.indexOf('"') >= 0) {
        String after = between.substring(between.indexOf('"') + 1).strip();
        return after.startsWith("-") || after.startsWith(":");
      }
    }
    return false;
  }

  private static boolean quoteBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '"') {
        return true;
      }
    }
    return false;
  }

  private static char gapPunctuation(String text, int from, int to) {
    char best = ' ';
    int rank = 0;
    // Long gaps are layout, not punctuation: look at a bounded stretch only.
    for (int i = from; i < to && i < from + 64; i++) {
      char c = text.charAt(i);
      int r =
          switch (c) {
            case ';' -> 5;
            case ':' -> 4;
            case '\'', '\u2019' -> 3;
            case '(', ')', '[', ']' -> 2;
            case ',' -> 1;
            default -> 0;
          };
      if (r > rank) {
        rank = r;
        best = r == 3 ? '\'' : r == 2 ? '(' : c;
      }
    }
    return best;
  }

  /** Whether word i names {@code right}. */
  boolean names(int i, dev.ajar.Right right) {
    return (rights[i] & 1 << right.ordinal()) != 0;
  }

  /** Adds the rights word i names to {@code out}. */
  void addRights(int i, java.util.Set<dev.ajar.Right> out) {
    for (dev.ajar.Right r : dev.ajar.Right.values()) {
      if (names(i, r)) {
        out.add(r);
      }
    }
  }

  /** Whether word i names a right other than use. */
  boolean namesRightBeyondUse(int i) {
    return (rights[i] & ~(1 << dev.ajar.Right.USE.ordinal())) != 0;
  }

  /** Whether word i is one of {@code set} (by lower-case form). */
  boolean is(int i, Set<String> set) {
    // Written so that its bytecode stays within what the client compiler inlines (35 bytes).
    if (i < 0 || i >= size) {
      return false;
    }
    return inSet(set, lowHolders[i], low[i]);
  }

  /** Whether word i's stem is in {@code stems}. */
  boolean stemIn(int i, Set<String> stems) {
    if (i < 0 || i >= size) {
      return false; // as in is(int, Set)
    }
    return inSet(stems, stemHolders[i], stem[i]);
  }

  /**
   * Whether a word whose holder bits are {@code holders} is in {@code set}. The bit test is
   * written out here rather than asked of the set: the reader makes millions of these tests, and
   * the client compiler does not inline a call that does it.
   */
  private static boolean inSet(Set<String> set, long[] holders, String word) {
    if (set instanceof WordSet ws && ws.slot >= 0) {
      return holders != null && (holders[ws.slot] & ws.bit) != 0;
    }
    return set.contains(word);
  }

  /** Whether words from {@code from} spell {@code phrase} (lower-case forms). */
  boolean phraseAt(int from, String... phrase) {
    if (from < 0 || from + phrase.length > size) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      String word = low[from + k];
      // Lengths first: most words differ in length, and the client compiler inlines length()
      // but calls equals.
      if (word.length() != phrase[k].length() || !word.equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** First index in [from, to) whose lower-case form is in {@code set}, or -1. */
  int find(int from, int to, Set<String> set) {
    for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
      if (inSet(set, lowHolders[i], low[i])) {
        return i;
      }
    }
    return -1;
  }

  /** First index in [from, to) whose stem is in {@code stems}, or -1. */
  int findStem(int from, int to, Set<String> stems) {
    for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
      if (inSet(stems, stemHolders[i], stem[i])) {
        return i;
      }
    }
    return -1;
  }
}
