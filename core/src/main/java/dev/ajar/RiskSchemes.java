package dev.ajar;

import dev.ajar.text.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rights that depend on a risk class, read from the sentence that says so, whatever the classes
 * are called: its subject is what the reader may or must do ("Your rights", "the conditions that
 * apply to you", "what you may do with each artefact"), its verb ties that to a class of the work
 * or its use ("depend on the risk tier", "follow from that level", "scales what you may do ... to
 * the hazard it can cause"), and a risk, hazard or misuse is named in it or beside it. Such a text
 * grants by tier, as ImpACT's licenses do, even when it assigns no tier to this release; the
 * finding carries no tier.
 *
 * <p>Stateless and thread-safe.
 */
final class RiskSchemes {

  /** The finding's pattern id; it names no tier. */
  static final String PATTERN_ID = "read.tier-scheme";

  /** Stems of the verbs that tie rights to a class, looked for before any pattern runs. */
  private static final String[] CUES =
      {"depend", "follow", "scale", "var", "determined by", "set by"};

  /** What the reader may or must do: the subject of a dependency. */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?<![\\p{L}])(?:rights?|duties|obligations|permissions?|terms|conditions"
          + "|what\\s+you\\s+(?:may|can|are\\s+allowed\\s+to)\\s+do)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  /** The verb of a dependency, its object after it. */
  private static final Pattern DEPENDS = Pattern.compile(
      "(?<![\\p{L}])(?:depends?|depending|dependent)\\s+(?:up)?on|(?<![\\p{L}])follows?\\s+from"
          + "|(?<![\\p{L}])var(?:y|ies)\\s+(?:with|by|according\\s+to)"
          + "|(?<![\\p{L}])(?:is|are)\\s+(?:determined|set)\\s+by",
      Pattern.CASE_INSENSITIVE);

  /** "scales what you may do with each release to the hazard": object before, class after. */
  private static final Pattern SCALES = Pattern.compile(
      "(?<![\\p{L}])scales?\\s+" + SUBJECT.pattern() + "[^.;]{0,80}?\\s+to\\s+(?:the\\s+|its\\s+)?"
          + "(?:risk|hazard|harm|tier|level|class)",
      Pattern.CASE_INSENSITIVE);

  /** A class of the work or its use: what the dependency's object must name. */
  private static final Pattern CLASS = Pattern.compile(
      "(?<![\\p{L}])(?:tiers?|levels?|class(?:es)?|categor(?:y|ies)|bands?|stages?|grades?"
          + "|ratings?|designations?|hazards?|risks?)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  /** Why the classes exist: a risk named in the sentence or beside it (not a price or a plan). */
  private static final Pattern RISK_BASIS = Pattern.compile(
      "(?<![\\p{L}])(?:risk|hazard|harm|misus|danger|safety|sensitiv)", Pattern.CASE_INSENSITIVE);

  /** Characters before the verb its subject may stand within, and after it its class. */
  private static final int SUBJECT_REACH = 120;
  private static final int CLASS_REACH = 80;

  /** Sentences on either side of the dependency that may give its risk basis. */
  private static final int BASIS_SENTENCES = 2;

  private RiskSchemes() {}

  /**
   * The first sentence that makes the rights depend on a risk class, as a finding.
   *
   * @param text the original text (the excerpt is cut from it)
   * @param normalized its normalised form, of the same length
   * @param lower {@code normalized} lower-cased ({@link Locale#ROOT}), where the cues are found
   * @param sentences spans of its sentences in {@code normalized}
   * @return one finding without a tier, or none
   */
  static Optional<Finding> of(String text, String normalized, String lower,
      List<Sentence> sentences) {
    // only sentences that hold a cue are read: most texts have none, or one or two
    boolean[] cued = new boolean[sentences.size()];
    boolean any = false;
    for (String cue : CUES) {
      int at = 0;
      for (int i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + cue.length())) {
        while (at < sentences.size() && sentences.get(at).end() <= i) {
          at++;
        }
        if (at < sentences.size() && sentences.get(at).start() <= i) {
          cued[at] = true;
          any = true;
        }
      }
    }
    for (int i = 0; any && i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (cued[i] && tiesRightsToAClass(normalized, s) && riskBeside(normalized, sentences, i)) {
        return Optional.of(new Finding(FindingKind.RISK_TIER, Category.RISK_TIER, s.start(),
            s.end(), text.substring(s.start(), s.end()), PATTERN_ID, Tiers.WEIGHT));
      }
    }
    return Optional.empty();
  }

  /** Whether the sentence's subject is what the reader may do and its verb ties it to a class. */
  private static boolean tiesRightsToAClass(String normalized, Sentence s) {
    Matcher verb = DEPENDS.matcher(normalized).region(s.start(), s.end());
    while (verb.find()) {
      Matcher subject = SUBJECT.matcher(normalized)
          .region(Math.max(s.start(), verb.start() - SUBJECT_REACH), verb.start());
      Matcher object = CLASS.matcher(normalized)
          .region(verb.end(), Math.min(s.end(), verb.end() + CLASS_REACH));
      if (subject.find() && object.find()) {
        return true;
      }
    }
    return SCALES.matcher(normalized).region(s.start(), s.end()).find();
  }

  private static boolean riskBeside(String normalized, List<Sentence> sentences, int i) {
    int from = sentences.get(Math.max(0, i - BASIS_SENTENCES)).start();
    int to = sentences.get(Math.min(sentences.size() - 1, i + BASIS_SENTENCES)).end();
    return RISK_BASIS.matcher(normalized).region(from, to).find();
  }
}
