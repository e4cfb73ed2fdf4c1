package dev.ajar;

import dev.ajar.learn.SentenceFeatures;
import dev.ajar.learn.SentenceModel;
import dev.ajar.rights.Act;
import dev.ajar.rights.ActKind;
import dev.ajar.text.Sentence;
import dev.ajar.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The restrictions the learned sentence model finds where the rules found none. A sentence the
 * model calls a binding use restriction ({@link SentenceModel#isRestriction}), in which the catalog
 * and the reader found no restriction that decides on its own and no proprietary term, becomes a
 * {@link FindingKind#USE_RESTRICTION} with pattern id {@value #RESTRICTION_ID}, the model's
 * category, and weight {@value #WEIGHT}, which decides alone. Sentences the reader found
 * reporting, defining, disclaiming or only asking ("Please don't use it to ...") are left to the
 * rules, and in a known license only the sentences it adds to its reference are read
 * ({@code Engine}). Leaving to the rules also the
 * sentences whose prohibition the reader reads as one the OSD allows was measured and dropped:
 * it kept one SPDX text open (wwl) and cost 2.4 points of held-out writers' restrictions through
 * the whole pipeline (74.3% to 71.9%), with no harmless sentence kept.
 *
 * <p>The model only adds. Letting it also overrule the rules' restrictions where it was sure a
 * sentence restricts nothing kept more harmless sentences harmless, but it cancelled the items of
 * real restriction lists ("- to exploit minors"), which read like nothing binding on their own:
 * ScanCode's not-open records called open went from 7.2% to 11% (folds 1-4), so it was left out.
 * Tried again with the model of seventeen writers, limited to sentences outside a prohibition
 * list: 7.2% to 10.2%, and AI-model licenses 96.6% to 93.1%.
 */
final class LearnedFindings {

  /** The pattern id of a learned restriction. */
  static final String RESTRICTION_ID = "learned.restriction";

  /** The finding's weight: above the restriction threshold, below a catalog pattern's usual. */
  static final double WEIGHT = 0.6;

  private static final Set<ActKind> LEFT_TO_RULES =
      Set.of(ActKind.REPORT, ActKind.DEFINE, ActKind.DISCLAIM, ActKind.REQUEST);

  /**
   * Warranty and liability wording: such a sentence disclaims or limits a remedy, often naming
   * dangerous fields, and the rules read it ("Where a limitation of liability is not allowed,
   * this limitation may not apply to You" is no restriction, whatever a retrained model says).
   */
  private static final Set<String> LEGAL_TERMS = terms(
      "warranty warranties liability liable damages indemnify indemnification merchantability");

  private static Set<String> terms(String words) {
    dev.ajar.text.Tokenizer t = new dev.ajar.text.Tokenizer();
    Set<String> out = new java.util.HashSet<>();
    for (String w : words.split(" ")) {
      out.addAll(t.terms(w));
    }
    return Set.copyOf(out);
  }

  private static boolean legal(List<Token> sentence) {
    for (Token t : sentence) {
      if (LEGAL_TERMS.contains(t.term())) {
        return true;
      }
    }
    return false;
  }

  private LearnedFindings() {}

  /**
   * The model's findings in one text.
   *
   * @param model the sentence model
   * @param text the original text (excerpts are cut from it)
   * @param normalized its normalised form, which the features read (as training reads it: a
   *     typographic quote is the ASCII quote there, markup is blank)
   * @param sentences its sentences
   * @param tokens its tokens, in order
   * @param acts what the reader found each sentence doing
   * @param found the rules' findings (catalog and reader)
   * @param scope the sentences to read
   * @return the model's findings, in sentence order
   */
  static List<Finding> apply(SentenceModel model, String text, String normalized,
      List<Sentence> sentences, List<Token> tokens, List<Act> acts, List<Finding> found,
      BitSet scope) {
    if (scope.isEmpty()) {
      return List.of(); // a known license that adds nothing to its reference
    }
    int n = sentences.size();
    BitSet decided = new BitSet(n); // holds a restriction that decides alone, or a proprietary term
    for (Finding f : found) {
      int s = ReadFindings.sentenceOf(sentences, f.start());
      if (f.kind().isRestrictive() && f.score() >= Decider.RESTRICTION_THRESHOLD
          || f.kind() == FindingKind.PROPRIETARY_TERM) {
        decided.set(s);
      }
    }
    List<List<Act>> actsBySentence = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      actsBySentence.add(new ArrayList<>(2));
    }
    BitSet leftToRules = new BitSet(n);
    for (Act a : acts) {
      actsBySentence.get(a.sentence()).add(a);
      if (LEFT_TO_RULES.contains(a.kind())) {
        leftToRules.set(a.sentence());
      }
    }
    List<Finding> added = new ArrayList<>();
    int from = 0;
    while (from < tokens.size()) {
      int s = Token.sentenceOf(tokens, from);
      int to = Token.sentenceEnd(tokens, from, tokens.size());
      if (scope.get(s) && !decided.get(s) && !leftToRules.get(s)
          && !legal(tokens.subList(from, to))) {
        String[] features =
            SentenceFeatures.of(normalized, tokens.subList(from, to), actsBySentence.get(s));
        Sentence span = sentences.get(s);
        if (model.isRestriction(features)) {
          added.add(new Finding(FindingKind.USE_RESTRICTION,
              model.category(features).orElse(Category.OTHER_USE), span.start(), span.end(),
              text.substring(span.start(), span.end()), RESTRICTION_ID, WEIGHT));
        }
      }
      from = to;
    }
    return added;
  }
}
