package dev.ajar.rights;

import dev.ajar.Limit;
import dev.ajar.text.Sentence;
import dev.ajar.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
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

  /** A defined term at a definition's start: quoted or capitalised words, then "means". */
  private static final Pattern DEFINITION =
      Pattern.compile("^[\\s\\d.()a-z]{0,8}[\"\u201c']?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})"
          + "[\"\u201d']?\\s+(?:means|shall\\s+mean|refers\\s+to|is\\s+defined\\s+as)\\b");

  /** The longest opening a definition's term stands in. */
  private static final int OPENING = 80;

  /** A definition: its term's words, its sentence's tokens, where its body starts, its limits. */
  private static final class Term {
    final String[] words;
    final List<Token> tokens;
    final int sentenceStart;
    final int bodyStart;
    Set<Limit> limits; // null until a scope asks

    Term(String[] words, List<Token> tokens, int sentenceStart, int bodyStart) {
      this.words = words;
      this.tokens = tokens;
      this.sentenceStart = sentenceStart;
      this.bodyStart = bodyStart;
    }
  }

  private final String text;
  private final List<Term> terms;

  private Definitions(String text, List<Term> terms) {
    this.text = text;
    this.terms = terms;
  }

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
    return out.isEmpty() ? NONE : new Definitions(text, out);
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
      for (int k = start; k + term.words.length <= end; k++) {
        if (w.phraseAt(k, term.words)) {
          out.addAll(limits(term, throughOthers));
          break;
        }
      }
    }
    return out;
  }

  /** The limits a definition names, and those of the terms it uses when {@code throughOthers}. */
  private Set<Limit> limits(Term term, boolean throughOthers) {
    if (term.limits != null && throughOthers) {
      return term.limits;
    }
    Words w = new Words(text, term.tokens, term.sentenceStart);
    int body = 0;
    while (body < w.size && w.start[body] < term.bodyStart) {
      body++;
    }
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
