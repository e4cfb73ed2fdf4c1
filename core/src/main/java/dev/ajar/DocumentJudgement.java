package dev.ajar;

import dev.ajar.learn.DocumentFeatures;
import dev.ajar.learn.DocumentModel;
import dev.ajar.text.Sentence;
import dev.ajar.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The document model's second opinion on a text the rules call open ({@link DocumentModel}). A
 * text decided from its clauses as {@link LicenseClass#OSD_COMPATIBLE} that the model judges
 * closed becomes the closed class the model finds more likely, with a finding of pattern {@value
 * DocumentFeatures#PATTERN_ID} on the sentence the model finds most like a closing term (its words
 * scored alone) and the model's probability as score and confidence. Every other result is left as
 * it is: a closed class the rules found, a known text's class, a text that is no license.
 *
 * <p>The judgement only closes: the rules' errors on unseen licenses run that way (closed texts
 * called open), and a model that could also open a text would overrule the clause a user can see.
 */
final class DocumentJudgement {

  private DocumentJudgement() {}

  /**
   * The judged classification.
   *
   * @param models the document model, read on first use (most texts never need it)
   * @param decided the rules' classification
   * @param text the original text (the finding's excerpt is cut from it)
   * @param sentences the text's sentences
   * @param tokens the text's tokens
   * @return {@code decided}, or a closed classification with the model's finding
   */
  static Classification apply(Supplier<DocumentModel> models, Classification decided,
      String text, List<Sentence> sentences, List<Token> tokens) {
    if (decided.licenseClass() != LicenseClass.OSD_COMPATIBLE || decided.basis() != Basis.CLAUSES
        || sentences.isEmpty()) {
      return decided;
    }
    DocumentModel model = models.get();
    String[] features = DocumentFeatures.of(tokens, decided);
    double closed = model.closed(features);
    if (!model.isClosed(features)) {
      return decided;
    }
    LicenseClass c = model.closedClass(features);
    Sentence s = sentences.get(mostClosing(model, sentences.size(), tokens));
    Finding learned = new Finding(
        c == LicenseClass.PROPRIETARY ? FindingKind.PROPRIETARY_TERM : FindingKind.USE_RESTRICTION,
        c == LicenseClass.PROPRIETARY ? Category.LIMITED_USE : Category.OTHER_USE,
        s.start(), s.end(), text.substring(s.start(), s.end()), DocumentFeatures.PATTERN_ID,
        closed);
    return Decider.judged(decided, learned, c);
  }

  /**
   * The sentence whose words alone the model finds most closed, among those the model read; the
   * first of equals.
   */
  private static int mostClosing(DocumentModel model, int sentences, List<Token> tokens) {
    List<List<Token>> bySentence = new ArrayList<>(sentences);
    for (int i = 0; i < sentences; i++) {
      bySentence.add(new ArrayList<>());
    }
    // Only the words the model read: a text's first words decide, and scoring every sentence of
    // a 10 MB text would cost more than reading it.
    for (Token t : tokens.subList(0, Math.min(tokens.size(), DocumentFeatures.MAX_TOKENS))) {
      bySentence.get(t.sentence()).add(t);
    }
    int best = 0;
    double top = -1;
    for (int i = 0; i < sentences; i++) {
      if (bySentence.get(i).isEmpty()) {
        continue;
      }
      double p = model.closed(DocumentFeatures.ofWords(bySentence.get(i)));
      if (p > top) {
        top = p;
        best = i;
      }
    }
    return best;
  }

  /** Findings in text order, as the engine lists them. */
  static final Comparator<Finding> TEXT_ORDER =
      Comparator.comparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::patternId);
}
