package dev.ajar;

import dev.ajar.learn.DocumentFeatures;
import dev.ajar.learn.DocumentModel;
import dev.ajar.text.Sentence;
import dev.ajar.text.Token;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The document model's second opinion on a text decided from its clauses ({@link
 * DocumentModel}). A text the rules call {@link LicenseClass#OSD_COMPATIBLE} that the model judges
 * closed becomes the closed class the model finds more likely; a text the rules call PROPRIETARY
 * or USE_RESTRICTED becomes the other of the two when the model is sure of it ({@link
 * DocumentModel#KIND_THRESHOLD}). Either way the result carries one finding of the model's on the
 * sentence it finds most like a closing term (its words scored alone): pattern {@value
 * DocumentFeatures#PATTERN_ID} when it closed an open text, {@value
 * DocumentFeatures#CLASS_PATTERN_ID} when it changed a closed class; the model's probability is
 * its score and the confidence. The rules' own findings and rights table stay as they were. Every
 * other result is left as it is: a known text's class, a risk tier, a text that is no license.
 *
 * <p>The judgement opens a text only where no clause closed it: a text the rules call
 * PROPRIETARY for want of a grant in words they know (no finding of theirs withholds a freedom or
 * limits a use; "All rights reserved" alone decides nothing) becomes OSD_COMPATIBLE when the model
 * finds it open with the certainty of {@link DocumentModel#OPEN_THRESHOLD}, with a grant finding
 * of pattern {@value DocumentFeatures#OPEN_PATTERN_ID} on the first sentence the rules read as a
 * grant. A text a clause closed is never opened: the model would overrule a clause a user can see.
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
   * @param openOrSilent the sentences the reader read as a grant, a prohibition the OSD allows,
   *     an exemption, or as binding nobody (a disclaimer, a request, a report, a definition)
   * @return {@code decided}, or the model's closed class with its finding
   */
  static Classification apply(Supplier<DocumentModel> models, Classification decided,
      String text, List<Sentence> sentences, List<Token> tokens, BitSet openOrSilent) {
    LicenseClass c = decided.licenseClass();
    boolean open = c == LicenseClass.OSD_COMPATIBLE;
    boolean closed = c == LicenseClass.PROPRIETARY || c == LicenseClass.USE_RESTRICTED;
    if (!open && !closed || decided.basis() != Basis.CLAUSES || sentences.isEmpty()
        || closed && droppedGrant(decided)) {
      return decided;
    }
    DocumentModel model = models.get();
    String[] features = DocumentFeatures.of(tokens, decided);
    if (DocumentFeatures.closedForWantOfAGrant(decided)) {
      double closedness = model.closed(features);
      if (model.isOpen(closedness)) {
        return opened(decided, text, sentences, 1 - closedness);
      }
    }
    LicenseClass judged;
    double confidence;
    if (open) {
      confidence = model.closed(features);
      if (!model.isClosed(confidence)) {
        return decided;
      }
      judged = DocumentModel.closedClass(model.restricted(features));
    } else {
      double restricted = model.restricted(features);
      Optional<LicenseClass> sure = model.sureClass(restricted);
      if (sure.isEmpty() || sure.get() == c) {
        return decided;
      }
      judged = sure.get();
      confidence = Math.max(restricted, 1 - restricted);
    }
    BitSet explained = explained(decided, sentences);
    explained.or(openOrSilent);
    Sentence s = sentences.get(mostClosing(model, tokens, explained));
    Finding learned = new Finding(
        judged == LicenseClass.PROPRIETARY ? FindingKind.PROPRIETARY_TERM
            : FindingKind.USE_RESTRICTION,
        judged == LicenseClass.PROPRIETARY ? Category.LIMITED_USE : Category.OTHER_USE,
        s.start(), s.end(), text.substring(s.start(), s.end()),
        open ? DocumentFeatures.PATTERN_ID : DocumentFeatures.CLASS_PATTERN_ID, confidence);
    return Decider.judged(decided, learned, judged);
  }

  /**
   * The text opened: OSD_COMPATIBLE, with the model's grant finding on the first sentence the
   * rules read as a grant, naming the freedom the rules did not find granted.
   */
  private static Classification opened(Classification decided, String text,
      List<Sentence> sentences, double confidence) {
    Finding grant = decided.findings().stream().filter(f -> f.kind() == FindingKind.GRANT)
        .findFirst().orElseThrow(); // closedForWantOfAGrant: the rules read one
    Sentence s = sentences.get(ReadFindings.sentenceOf(sentences, grant.start()));
    boolean modifies = decided.rights().entries().stream().anyMatch(
        e -> e.right() == Right.MODIFY && e.status() == RightStatus.GRANTED);
    Finding learned = new Finding(FindingKind.GRANT,
        modifies ? Category.GRANT_REDISTRIBUTE : Category.GRANT_MODIFY, s.start(), s.end(),
        text.substring(s.start(), s.end()), DocumentFeatures.OPEN_PATTERN_ID, confidence);
    return Decider.judged(decided, learned, LicenseClass.OSD_COMPATIBLE);
  }

  /**
   * Whether a closed class was decided by what a known text's copy dropped (a lost grant), not by
   * a clause: the model has no clause to overrule.
   */
  private static boolean droppedGrant(Classification decided) {
    return decided.decidingFindings().isEmpty()
        && decided.closestLicense().filter(k -> !k.dropped().isEmpty()).isPresent();
  }

  /**
   * The sentences the catalog already read as something open: a grant, a condition the OSD
   * allows, a look-alike it cancelled (a warranty disclaimer that names dangerous uses, a
   * trademark clause). With the reader's open and non-binding sentences, they are what does not
   * close a text, so the model's pointer skips them.
   */
  private static BitSet explained(Classification decided, List<Sentence> sentences) {
    BitSet out = new BitSet(sentences.size());
    for (Finding f : decided.findings()) {
      FindingKind k = f.kind();
      if (k == FindingKind.GRANT || k == FindingKind.OSD_CONDITION
          || k == FindingKind.NOT_A_RESTRICTION) {
        out.set(ReadFindings.sentenceOf(sentences, f.start()));
      }
    }
    return out;
  }

  /**
   * The sentence whose words alone the model finds most closed, among those the model read and
   * the rules did not explain (all of them when the rules explained every one); the first of
   * equals.
   */
  private static int mostClosing(DocumentModel model, List<Token> tokens, BitSet explained) {
    // Only the words the model read: a text's first words decide, and scoring every sentence of
    // a 10 MB text would cost more than reading it.
    int read = Math.min(tokens.size(), DocumentFeatures.MAX_TOKENS);
    int best = -1;
    double top = -1;
    for (boolean skipExplained : new boolean[] {true, false}) {
      for (int from = 0, to; from < read; from = to) {
        to = Token.sentenceEnd(tokens, from, read);
        int s = Token.sentenceOf(tokens, from);
        if (skipExplained && explained.get(s)) {
          continue;
        }
        double p = model.closed(DocumentFeatures.ofWords(tokens.subList(from, to)));
        if (p > top) {
          top = p;
          best = s;
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    return 0;
  }
}
