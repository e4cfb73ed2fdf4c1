package dev.ajar.learn;

import dev.ajar.Classification;
import dev.ajar.Finding;
import dev.ajar.FindingKind;
import dev.ajar.LicenseClass;
import dev.ajar.Limit;
import dev.ajar.RightEntry;
import dev.ajar.text.Normalizer;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features the {@link DocumentModel} reads of one whole text: what the rules concluded (the
 * class, each rights-table entry and its limits, the pattern of every finding) and the words
 * (stems and pairs of stems). The words alone, without the rules' view, separate open from
 * closed texts far worse (measured by writer: 15 of 270 open texts lost against 5).
 *
 * <p>The same text with the same rules gives the same features, in the same order, whether or
 * not the document model has already judged it: a classification it changed is read as the rules
 * left it (open or the other closed class, without the model's finding), so that a model can be
 * trained on what the public API returns. Stateless and thread-safe.
 */
public final class DocumentFeatures {

  /** The pattern id of the finding the document model adds when it turns an open text closed. */
  public static final String PATTERN_ID = "learned.document";

  /**
   * The pattern id of the finding the document model adds when it turns a closed text into the
   * other closed class (PROPRIETARY for USE_RESTRICTED, or the reverse).
   */
  public static final String CLASS_PATTERN_ID = "learned.document-class";

  /**
   * The pattern id of the finding the document model adds when it calls open a text the rules
   * call PROPRIETARY only for want of a grant.
   */
  public static final String OPEN_PATTERN_ID = "learned.document-open";

  /**
   * The pattern id of "All rights reserved": common in open copyright lines, it decides nothing
   * alone.
   */
  public static final String RESERVATION_PATTERN_ID = "prop.all-rights-reserved";

  /** Words read per text: enough for any license; a longer text's first words decide. */
  public static final int MAX_TOKENS = 50_000;

  private DocumentFeatures() {}

  /**
   * The features of a whole text.
   *
   * @param tokens the text's tokens, as the engine reads them
   * @param rules the rules' classification of the text
   * @return the features, without duplicates, in a fixed order
   */
  public static String[] of(List<Token> tokens, Classification rules) {
    Set<String> f = new LinkedHashSet<>();
    f.add("class=" + rulesClass(rules));
    for (RightEntry e : rules.rights().entries()) {
      f.add("r:" + e.right() + "=" + e.status());
      for (Limit l : e.limits()) {
        f.add("rl:" + e.right() + "=" + l);
      }
    }
    for (Finding x : rules.findings()) {
      if (!isJudgement(x)) {
        f.add("p:" + x.patternId());
      }
    }
    addWords(tokens, f);
    return f.toArray(new String[0]);
  }

  /**
   * The features of the words alone: what the model weighs in one sentence when it points at the
   * sentence most like a closing term.
   *
   * @param tokens the sentence's tokens
   * @return the word features
   */
  public static String[] ofWords(List<Token> tokens) {
    Set<String> f = new LinkedHashSet<>();
    addWords(tokens, f);
    return f.toArray(new String[0]);
  }

  private static void addWords(List<Token> tokens, Set<String> f) {
    String previous = null;
    for (Token t : tokens.subList(0, Math.min(tokens.size(), MAX_TOKENS))) {
      String term = t.term();
      f.add("w:" + term);
      if (previous != null) {
        f.add("b:" + previous + "_" + term);
      }
      previous = term;
    }
  }

  /**
   * The features of a whole text, tokenised as the engine tokenises it (normalised, split into
   * sentences): for training on what the public API returns.
   *
   * @param text the original text
   * @param rules the rules' classification of the text
   * @return the features, as {@link #of} gives them to the engine
   */
  public static String[] ofText(String text, Classification rules) {
    String normalized = Normalizer.normalize(text);
    return of(new Tokenizer().tokens(normalized, Splitter.INSTANCE.split(normalized)), rules);
  }

  /** The sentence splitter, loaded on the first {@link #ofText}: the engine never needs it here. */
  private static final class Splitter {
    static final SentenceSplitter INSTANCE = SentenceSplitter.load();
  }

  /**
   * The class the rules gave a text, whether or not the document model then judged it: open for a
   * text it closed, the other closed class for one it re-classed, PROPRIETARY for one it opened.
   *
   * @param c a classification
   * @return the rules' class
   */
  public static LicenseClass rulesClass(Classification c) {
    for (Finding f : c.findings()) {
      if (f.patternId().equals(PATTERN_ID)) {
        return LicenseClass.OSD_COMPATIBLE;
      }
      if (f.patternId().equals(OPEN_PATTERN_ID)) {
        return LicenseClass.PROPRIETARY;
      }
      if (f.patternId().equals(CLASS_PATTERN_ID)) {
        return c.licenseClass() == LicenseClass.PROPRIETARY
            ? LicenseClass.USE_RESTRICTED : LicenseClass.PROPRIETARY;
      }
    }
    return c.licenseClass();
  }

  /**
   * Whether the rules call a text PROPRIETARY only for want of a grant in words they know: they
   * read some grant, and no finding that decided the class withholds a freedom or limits a use
   * ({@value #RESERVATION_PATTERN_ID} aside). Such a text is the only closed one the document
   * model may open.
   *
   * @param c a classification, judged or not
   * @return whether the rules' class is PROPRIETARY with no closing clause deciding it
   */
  public static boolean closedForWantOfAGrant(Classification c) {
    if (rulesClass(c) != LicenseClass.PROPRIETARY
        || c.findings().stream().noneMatch(f -> f.kind() == FindingKind.GRANT)) {
      return false; // no grant at all: nothing to read as open
    }
    for (Finding f : c.decidingFindings()) {
      boolean closing = f.kind() == FindingKind.PROPRIETARY_TERM
          && !f.patternId().equals(RESERVATION_PATTERN_ID) || f.kind().isRestrictive();
      if (closing && !isJudgement(f)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a finding is the document model's ({@value #PATTERN_ID}, {@value #CLASS_PATTERN_ID}
   * or {@value #OPEN_PATTERN_ID}).
   *
   * @param f a finding
   * @return whether the document model added it
   */
  public static boolean isJudgement(Finding f) {
    return f.patternId().equals(PATTERN_ID) || f.patternId().equals(CLASS_PATTERN_ID)
        || f.patternId().equals(OPEN_PATTERN_ID);
  }
}
