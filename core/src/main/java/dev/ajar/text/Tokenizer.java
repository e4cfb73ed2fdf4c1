package dev.ajar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into index terms: OpenNLP's {@code SimpleTokenizer} (character classes; {@link
 * SimpleSpans} finds its spans), lower-casing and the Snowball English stemmer; punctuation is
 * dropped.
 *
 * <p>Why {@code SimpleTokenizer} and not the statistical {@code TokenizerME}: over the 695 SPDX
 * texts TokenizerME runs at about 1.7 MB/s and would be most of our time, while clause patterns
 * need words, not the fine points of clitics and abbreviations (DESIGN.md, measured costs).
 * Patterns in the catalog go through the same method, so both sides agree on every term.
 *
 * <p>Words broken across lines, as PDF extraction leaves them, are joined again: a word split by a
 * soft hyphen (U+00AD, with or without a line break after it), and a word that ends in a hyphen at
 * the end of a line when the next line goes on in lower case ("mili-\ntary", "redistri-\nbution";
 * also in capitals, "LIA-\nBLE"). The joined token's span covers both parts and everything between
 * them, so it is still a stretch of the original text. A hyphen after one of {@link
 * #COMPOUND_HEADS} ("non-\ncommercial", "third-\nparty") is a real hyphen and is kept.
 *
 * <p>Instances are not thread-safe (the stemmer and its own cache are per instance): make one per
 * call. The shared cache of stems is thread-safe.
 */
public final class Tokenizer {

  /** Distinct words whose stems are remembered per call; real licenses have about a thousand. */
  private static final int MAX_CACHE = 20_000;

  /** Longest word given to the stemmer. */
  static final int MAX_STEMMED = 40;

  /**
   * Longest index term, in chars; longer than any catalog word, so a cut term never equals one,
   * and a cut term keeps every catalog prefix its word has.
   */
  static final int MAX_TERM = 64;

  /** The soft hyphen: an invisible, optional break inside a word. */
  static final char SOFT_HYPHEN = '\u00AD';

  /**
   * First parts of the hyphenated compounds the catalog spells as two words ({@code
   * non_commercial}, {@code high_risk}, {@code third_parties}): a line-end hyphen after one of them
   * is not joined.
   */
  static final Set<String> COMPOUND_HEADS =
      Set.of("non", "third", "self", "royalty", "share", "high", "low", "medium", "moderate");

  /**
   * Stems shared by every instance, up to {@value #MAX_SHARED} words: license texts share most of
   * their vocabulary, so after the first texts of a run nearly every word is found here, where a
   * per-call cache starts empty for each text. Stems are a function of the word alone, so sharing
   * changes no result. Once full, new words go to the instance's own cache.
   */
  private static final ConcurrentHashMap<String, Term> SHARED = new ConcurrentHashMap<>();

  /** Distinct words stemmed once for all instances; about two megabytes when full. */
  private static final int MAX_SHARED = 20_000;

  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, Term> cache = new HashMap<>();
  private final SimpleSpans spans = new SimpleSpans();
  /** The stretch being tokenised; grown to the longest stretch of the call. */
  private char[] unit = new char[256];

  /**
   * A word in lower case and its index term, cached as one, so that the tokens of a word share
   * one lower-case string, whose hash the reader's look-ups then need not compute again.
   */
  private record Term(String lower, String term) {}

  /** Receives the words of a stretch of text. */
  private interface WordSink {
    void accept(Term term, int start, int end);
  }

  /** Terms of a phrase, in order (used for catalog patterns). */
  public List<String> terms(String phrase) {
    List<String> out = new ArrayList<>();
    words(phrase, 0, phrase.length(), (term, start, end) -> out.add(term.term()));
    return out;
  }

  /**
   * The tokens of a normalised text, each tagged with the index of the sentence that holds it;
   * tokens outside every sentence (blank or punctuation-only stretches) are dropped.
   */
  public List<Token> tokens(String text, List<Sentence> sentences) {
    TokenList out = new TokenList();
    for (int si = 0; si < sentences.size(); si++) {
      // Tokenise per sentence: a token never straddles two sentences, and memory stays per unit.
      Sentence sentence = sentences.get(si);
      int offset = sentence.start();
      int index = si;
      words(text, sentence.start(), sentence.end(),
          (term, start, end) ->
              out.add(term.term(), term.lower(), offset + start, offset + end, index));
    }
    return out;
  }

  /**
   * Gives {@code sink} every word of {@code text[from, to)} (offsets from {@code from}), with words
   * broken across lines joined. The stretch is copied into this instance's buffer once and read
   * there.
   */
  private void words(String text, int from, int to, WordSink sink) {
    int length = to - from;
    if (unit.length < length) {
      unit = new char[Math.max(length, 2 * unit.length)];
    }
    text.getChars(from, to, unit, 0);
    char[] unit = this.unit;
    spans.split(unit, length);
    int count = spans.count();
    for (int k = 0; k < count; k++) {
      int start = spans.start(k);
      if (!Character.isLetterOrDigit(Character.codePointAt(unit, start, length))) {
        continue;
      }
      int end = spans.end(k);
      String word = new String(unit, start, end - start);
      if (k + 2 < count && joins(unit, k)) {
        // Only the first MAX_TERM + 1 chars can matter (see stem), so a line of a thousand
        // hyphen breaks costs linear time.
        StringBuilder joined = new StringBuilder(word);
        do {
          int rightStart = spans.start(k + 2);
          int rightEnd = spans.end(k + 2);
          int room = MAX_TERM + 1 - joined.length();
          int cut = Math.min(rightEnd, rightStart + Math.max(0, room));
          joined.append(unit, rightStart, cut - rightStart);
          end = rightEnd;
          k += 2;
        } while (k + 2 < count && joins(unit, k));
        word = joined.toString();
      }
      sink.accept(term(word), start, end);
    }
  }

  /**
   * Whether span {@code k + 1} is a hyphen that breaks one word into spans {@code k} and {@code k
   * + 2} (class doc).
   */
  private boolean joins(char[] unit, int k) {
    int leftStart = spans.start(k);
    int leftEnd = spans.end(k);
    int hyphenStart = spans.start(k + 1);
    int hyphenEnd = spans.end(k + 1);
    int rightStart = spans.start(k + 2);
    if (hyphenEnd - hyphenStart != 1 || hyphenStart != leftEnd) {
      return false;
    }
    char h = unit[hyphenStart];
    char last = unit[leftEnd - 1];
    char first = unit[rightStart];
    if (!Character.isLetter(last) || !Character.isLetter(first)) {
      return false;
    }
    if (h == SOFT_HYPHEN) {
      return true;
    }
    if (h != '-') {
      return false;
    }
    boolean lineBreak = false;
    for (int i = hyphenEnd; i < rightStart && !lineBreak; i++) {
      lineBreak = unit[i] == '\n'; // only blanks lie between the spans
    }
    if (!lineBreak) {
      return false; // a hyphen inside a line joins a compound, not a broken word
    }
    String head = new String(unit, leftStart, leftEnd - leftStart);
    boolean capitals = Character.isUpperCase(last) && Character.isUpperCase(first);
    return (Character.isLowerCase(first) || capitals)
        && !COMPOUND_HEADS.contains(head.toLowerCase(Locale.ROOT));
  }

  /** The index term of one word (see {@link #term}). */
  String stem(String word) {
    return term(word).term();
  }

  /**
   * Lower-cases and stems one word. Words over {@value #MAX_STEMMED} chars are not stemmed (no real
   * word is that long), and their terms are cut to {@value #MAX_TERM} chars: Lucene refuses terms
   * over 32,766 UTF-8 bytes, and a megabyte without a space is one "word".
   */
  private Term term(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() > MAX_STEMMED) {
      return new Term(lower, truncate(lower));
    }
    Term cached = SHARED.get(lower);
    if (cached == null) {
      cached = cache.get(lower);
    }
    if (cached != null) {
      return cached;
    }
    stemmer.setCurrent(lower);
    stemmer.stem();
    Term stemmed = new Term(lower, stemmer.getCurrent());
    // Both bounded, so a huge text of distinct junk words cannot grow either without limit.
    if (SHARED.mappingCount() < MAX_SHARED) {
      SHARED.put(lower, stemmed);
    } else if (cache.size() < MAX_CACHE) {
      cache.put(lower, stemmed);
    }
    return stemmed;
  }

  /** {@code term} cut to {@value #MAX_TERM} chars, never between the two halves of a pair. */
  private static String truncate(String term) {
    if (term.length() <= MAX_TERM) {
      return term;
    }
    int end = Character.isHighSurrogate(term.charAt(MAX_TERM - 1)) ? MAX_TERM - 1 : MAX_TERM;
    return term.substring(0, end);
  }
}
