package dev.ajar.learn;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.ajar.rights.Act;
import dev.ajar.rights.SentenceReader;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the sentence model sees of one sentence: its stems, each pair of neighbouring stems, the
 * first three stems, each stem under the scope of the last negation, "only", exception or binding
 * modal before it ({@link #scope}), and the kinds of act the structural reader found in it. A
 * scope word in double quotes is mentioned, not said, and opens no scope; a scope opened in a
 * leading condition ("If you have no ..., ") ends with that clause.
 * Digits are folded, so numbers do not become vocabulary. The same function serves training and
 * classification, so the two cannot drift apart. Stateless and thread-safe.
 */
public final class SentenceFeatures {

  private static final Supplier<SentenceSplitter> SPLITTER =
      Suppliers.memoize(SentenceSplitter::load);
  private static final Pattern WHITE = Pattern.compile("\\s+");

  private SentenceFeatures() {}

  /**
   * The features of one sentence.
   *
   * @param text the text the tokens' offsets point into
   * @param tokens the sentence's tokens, in order
   * @param acts what the reader found the sentence doing
   * @return the features, in the order of the words; a feature occurring twice is listed twice
   */
  public static String[] of(CharSequence text, List<Token> tokens, List<Act> acts) {
    // A list, not a set: a word said twice counts twice, in training as here, and building a
    // sorted set of strings for every sentence of every text cost more than the model itself.
    List<String> f = new ArrayList<>(4 * tokens.size() + 4);
    String prev = "<s>";
    String scope = null; // the last scope word's kind: what the words after it are said under
    // A sentence that opens with a condition ("If you have no cover texts, write ...") states it
    // in a clause of its own: a scope opened there ends with that clause, at its first comma.
    boolean inCondition = !tokens.isEmpty() && CONDITIONS.contains(tokens.get(0).term());
    // Words in double quotes are mentioned, not said ('write "no cover texts"'): they open no
    // scope.
    boolean quoted = false;
    for (int i = 0; i < tokens.size(); i++) {
      String w = fold(tokens.get(i).term());
      if (i > 0) {
        int from = tokens.get(i - 1).end();
        int to = tokens.get(i).start();
        quoted ^= quotes(text, from, to);
        if (inCondition && clauseBreak(text, from, to)) {
          inCondition = false;
          scope = null;
        }
      } else {
        quoted = tokens.get(0).start() > 0 && text.charAt(tokens.get(0).start() - 1) == '"';
      }
      if (scope != null) {
        f.add(scope + w);
      }
      if (!quoted) {
        scope = scope(w, scope);
      }
      f.add("u=" + w);
      f.add("b=" + prev + "_" + w);
      if (i < 3) {
        f.add("p" + i + "=" + w);
      }
      prev = w;
    }
    f.add("b=" + prev + "_</s>");
    for (Act a : acts) {
      f.add("act=" + a.kind());
    }
    return f.toArray(new String[0]);
  }

  /**
   * The features of {@code sentence} read alone, as training reads its examples.
   *
   * @param sentence one sentence
   * @return its features
   */
  public static String[] ofSentence(String sentence) {
    String n = Normalizer.normalize(sentence);
    List<Sentence> one = List.of(new Sentence(0, n.length()));
    List<Token> tokens = new Tokenizer().tokens(n, one);
    return of(n, tokens, SentenceReader.read(n, one, tokens));
  }

  /**
   * The sentences of a whole text as the classifier splits it, each with its runs of white space
   * made one space: how training takes sentences from license texts.
   *
   * @param text a text
   * @return its sentences, in order
   */
  public static List<String> sentences(String text) {
    String n = Normalizer.normalize(text);
    List<String> out = new ArrayList<>();
    for (Sentence s : SPLITTER.get().split(n)) {
      out.add(WHITE.matcher(n.substring(s.start(), s.end())).replaceAll(" ").strip());
    }
    return out;
  }

  /**
   * The scope after {@code stem}: a negation or an "only" opens its own scope over the rest of the
   * sentence, whatever came before; an exception or a binding modal opens one where none is open.
   * The words are few and closed (the stems of "not", "only", "except", "must" and their kin), so
   * the model learns frames ("neg:" before a verb, "only:" before a purpose) rather than topics.
   */
  static String scope(String stem, String open) {
    if (NEGATIONS.contains(stem)) {
      return "neg:";
    }
    if (ONLY.contains(stem)) {
      return "only:";
    }
    if (open != null) {
      return open;
    }
    if (EXCEPTIONS.contains(stem)) {
      return "exc:";
    }
    return MODALS.contains(stem) ? "mod:" : null;
  }

  // Stems as the tokenizer gives them: "can't" is "can" then "t" (so are "mustn't" and
  // "shan't"), but "cannot" is one word; "only" is "onli".
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "nor", "neither", "t", "cannot", "none", "nobodi", "noth");
  private static final Set<String> ONLY = Set.of("onli", "sole", "exclus");
  private static final Set<String> EXCEPTIONS = Set.of("except", "other", "but", "save");
  private static final Set<String> MODALS =
      Set.of("must", "shall", "may", "can", "will", "agre", "undertak");

  private static final Set<String> CONDITIONS = Set.of("if", "where", "when", "whenev", "unless");

  /** Whether an odd number of double quotes lies between two words. */
  private static boolean quotes(CharSequence text, int from, int to) {
    boolean odd = false;
    for (int i = from; i < to; i++) {
      odd ^= text.charAt(i) == '"';
    }
    return odd;
  }

  private static boolean clauseBreak(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';') {
        return true;
      }
    }
    return false;
  }

  private static String fold(String term) {
    boolean digit = false;
    for (int i = 0; i < term.length() && !digit; i++) {
      digit = Character.isDigit(term.charAt(i));
    }
    return digit ? DIGIT.matcher(term).replaceAll("#") : term;
  }

  /** Compiled once: {@code String.replaceAll} compiles its pattern on every call. */
  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
}
