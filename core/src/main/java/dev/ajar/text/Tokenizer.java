package dev.ajar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Instances are not thread-safe (the stemmer and its cache are per instance): make one per call.
 */
public final class Tokenizer {

  /** Distinct words whose stems are remembered per call; real licenses have about a thousand. */
  private static final int MAX_CACHE = 20_000;

  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> cache = new HashMap<>();

  /** Terms of a phrase, in order (used for catalog patterns). */
  public List<String> terms(String phrase) {
    List<String> out = new ArrayList<>();
    for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(phrase)) {
      String word = phrase.substring(s.getStart(), s.getEnd());
      if (isWord(word)) {
        out.add(stem(word));
      }
    }
    return out;
  }

  /**
   * The tokens of a normalised text, each tagged with the index of the sentence that holds it;
   * tokens outside every sentence (blank or punctuation-only stretches) are dropped.
   */
  public List<Token> tokens(String text, List<Sentence> sentences) {
    List<Token> out = new ArrayList<>();
    int si = 0;
    for (Sentence sentence : sentences) {
      // Tokenise per sentence: a token never straddles two sentences, and memory stays per unit.
      String unit = text.substring(sentence.start(), sentence.end());
      for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(unit)) {
        String word = unit.substring(s.getStart(), s.getEnd());
        if (isWord(word)) {
          out.add(new Token(stem(word), sentence.start() + s.getStart(), sentence.start() + s.getEnd(), si));
        }
      }
      si++;
    }
    return out;
  }

  private static boolean isWord(String word) {
    return Character.isLetterOrDigit(word.codePointAt(0));
  }

  /** Lower-cases and stems one word; words over 40 chars are kept whole (no real word is that long). */
  String stem(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() > 40) {
      return lower;
    }
    String cached = cache.get(lower);
    if (cached != null) {
      return cached;
    }
    stemmer.setCurrent(lower);
    stemmer.stem();
    String stemmed = stemmer.getCurrent();
    // Bounded, so a huge text of distinct junk words cannot grow the cache without limit.
    if (cache.size() < MAX_CACHE) {
      cache.put(lower, stemmed);
    }
    return stemmed;
  }
}
