package dev.ajar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into index terms: OpenNLP's {@link SimpleTokenizer} (character classes), lower-casing
 * and the Snowball English stemmer; punctuation is dropped.
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
    words(phrase, (term, start, end) -> out.add(term.term()));
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
      words(
          text.substring(sentence.start(), sentence.end()),
          (term, start, end) ->
              out.add(term.term(), term.lower(), offset + start, offset + end, index));
    }
    return out;
  }

  /** Gives {@code sink} every word of {@code unit}, with words broken across lines joined. */
  private void words(String unit, WordSink sink) {
    Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(unit);
    for (int k = 0; k < spans.length; k++) {
      int start = spans[k].getStart();
      if (!Character.isLetterOrDigit(unit.codePointAt(start))) {
        continue;
      }
      int end = spans[k].getEnd();
      String word = unit.substring(start, end);
      if (k + 2 < spans.length && joins(unit, spans[k], spans[k + 1], spans[k + 2])) {
        // Only the first MAX_TERM + 1 chars can matter (see stem), so a line of a thousand
        // hyphen breaks costs linear time.
        StringBuilder joined = new StringBuilder(word);
        do {
          Span right = spans[k + 2];
          int room = MAX_TERM + 1 - joined.length();
          int cut = Math.min(right.getEnd(), right.getStart() + Math.max(0, room));
          joined.append(unit, right.getStart(), cut);
          end = right.getEnd();
          k += 2;
        } while (k + 2 < spans.length && joins(unit, spans[k], spans[k + 1], spans[k + 2]));
        word = joined.toString();
      }
      sink.accept(term(word), start, end);
    }
  }

  /** Whether {@code hyphen} breaks one word into {@code left} and {@code right} (class doc). */
  private static boolean joins(String unit, Span left, Span hyphen, Span right) {
    if (hyphen.length() != 1 || hyphen.getStart() != left.getEnd()) {
      return false;
    }
    char h = unit.charAt(hyphen.getStart());
    char last = unit.charAt(left.getEnd() - 1);
    char first = unit.charAt(right.getStart());
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
    for (int i = hyphen.getEnd(); i < right.getStart() && !lineBreak; i++) {
      lineBreak = unit.charAt(i) == '\n'; // only blanks lie between the spans
    }
    if (!lineBreak) {
      return false; // a hyphen inside a line joins a compound, not a broken word
    }
    String head = unit.substring(left.getStart(), left.getEnd());
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
