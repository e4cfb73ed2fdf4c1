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
 * definition. Only a scope reads them: a grant "in Source or Object form" is not narrowed by the
 * definition of "Object form".
 *
 * <p>Immutable once read; one per text.
 */
final class Definitions {

  /** No definitions: a text that defines nothing, or a sentence read alone. */
  static final Definitions NONE = new Definitions(List.of());

  /** A defined term at a definition's start: quoted or capitalised words, then "means". */
  private static final Pattern DEFINITION =
      Pattern.compile("^[\\s\\d.()a-z]{0,8}[\"\u201c']?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})"
          + "[\"\u201d']?\\s+(?:means|shall\\s+mean|refers\\s+to|is\\s+defined\\s+as)\\b");

  private record Term(String[] words, Set<Limit> limits) {}

  private final List<Term> terms;

  private Definitions(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  /** Reads the definitions among {@code sentences}; those that name no limit are left out. */
  static Definitions read(String text, List<Sentence> sentences, List<Token> tokens) {
    List<Term> out = new ArrayList<>();
    List<int[]> bodies = new ArrayList<>();
    List<Words> words = new ArrayList<>();
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      int first = t;
      while (t < tokens.size() && tokens.get(t).sentence() == s) {
        t++;
      }
      Sentence sentence = sentences.get(s);
      String raw =
          text.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + 80));
      if (first == t || raw.indexOf(" mean") < 0 && raw.indexOf(" refers") < 0
          && raw.indexOf(" defined") < 0) {
        continue;
      }
      Matcher m = DEFINITION.matcher(raw);
      if (!m.find()) {
        continue;
      }
      Words w = new Words(text, tokens.subList(first, t), sentence.start());
      int body = 0;
      while (body < w.size && w.start[body] < sentence.start() + m.end()) {
        body++;
      }
      Set<Limit> limits = Limits.named(w, body, w.size);
      limits.remove(Limit.NAMED_PURPOSE);
      out.add(new Term(m.group(1).toLowerCase(Locale.ROOT).split("\\s+"), limits));
      bodies.add(new int[] {body, w.size});
      words.add(w);
    }
    // A definition through another ("Permitted Purpose" means the support of a Permitted
    // Product; "Permitted Product" means a device that incorporates a Kestrel module): one more
    // pass carries the limits of the terms a definition uses.
    Definitions first = new Definitions(out);
    List<Term> resolved = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Set<Limit> limits = EnumSet.noneOf(Limit.class);
      limits.addAll(out.get(i).limits());
      limits.addAll(first.limitsIn(words.get(i), bodies.get(i)[0], bodies.get(i)[1]));
      if (!limits.isEmpty()) {
        resolved.add(new Term(out.get(i).words(), limits));
      }
    }
    return resolved.isEmpty() ? NONE : new Definitions(resolved);
  }

  /** The limits of every defined term that stands in [start, end) of {@code w}. */
  Set<Limit> limitsIn(Words w, int start, int end) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    for (Term term : terms) {
      if (term.limits().isEmpty()) {
        continue;
      }
      for (int k = start; k + term.words().length <= end; k++) {
        if (w.phraseAt(k, term.words())) {
          out.addAll(term.limits());
          break;
        }
      }
    }
    return out;
  }
}
