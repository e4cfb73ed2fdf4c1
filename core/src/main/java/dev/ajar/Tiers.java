package dev.ajar;

import dev.ajar.text.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A risk tier read from a text's structure, whatever its tiers are called: the text sets out a
 * scale (two or more labels of one kind, each given a risk: "Class I (low risk)", "LEVEL 2 --
 * medium risk", "R3 High", "Tier 1 -- Open (assessed risk: low)") and assigns one of its labels
 * to this release ("this release is designated R3", "The Lab has graded this release at Level
 * B", "Class of this release: LOW", a header field "Release tier .... 2"). The catalog's tier
 * patterns know the ImpACT names; this reads scales of the licensor's own.
 *
 * <p>Stateless and thread-safe.
 */
final class Tiers {

  /** Pattern ids of the finding, one per tier (the decider reads the tier from the id). */
  static final Map<String, RiskTier> TIER_BY_ID = Map.of(
      "read.tier-low", RiskTier.LOW, "read.tier-medium", RiskTier.MEDIUM,
      "read.tier-high", RiskTier.HIGH);

  /** A scale and an assignment decide a tier alone: the weight is over the tier threshold. */
  static final double WEIGHT = 0.8;

  private static final String NOUN =
      "(?<![\\p{L}])(?:tier|class|level|grade|category|band|designation)";

  /** The nouns a risk word before them labels: ranks, not "level" or "designation". */
  private static final List<String> RANK_NOUN_WORDS =
      List.of("tier", "class", "grade", "category", "band");

  private static final String RANK_NOUN =
      "(?:" + String.join("|", RANK_NOUN_WORDS) + ")(?![\\p{L}])";

  private static final String LABEL =
      "(?:[ivx]{1,4}|[a-e]|\\d{1,2}|[a-z]{1,3}-?\\d{1,2}|low|minimal|medium|moderate|high|red|amber"
          + "|yellow|green)";

  private static final String RISK =
      "(minimal|low|medium|moderate|intermediate|elevated|high|severe)";

  /** "Class I (low risk)", "LEVEL 2 -- medium risk", "Tier 1 -- Open (assessed risk: low)". */
  private static final Pattern SCALE_ENTRY = Pattern.compile(
      NOUN + "\\s+(" + LABEL + ")(?![\\p{L}\\d])[^\\n.;]{0,40}?(?<![\\p{L}])" + RISK
          + "(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  /** "R1 Low / R2 Medium / R3 High", "GREEN (low), AMBER (medium)": a coded label, its risk. */
  private static final Pattern CODED_ENTRY = Pattern.compile(
      "(?<![\\p{L}\\d])(r\\d|red|amber|yellow|green)\\s+\\(?" + RISK + "(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  /** "Class LOW", "Grade RED": a label that is itself a risk or a traffic-light colour. */
  private static final Pattern NAMED_LABEL = Pattern.compile(
      NOUN + "\\s+(low|medium|moderate|high|red|amber|yellow|green)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  /** What the tier is assigned to: this release, version, model ... */
  private static final Pattern THIS_RELEASE = Pattern.compile(
      "(?<![\\p{L}])this\\s+(?:release|version|model|artefact|artifact|dataset|build|checkpoint"
          + "|copy|distribution|package)"
          + "(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  /** A header field: "Release tier .... 2", "Class of this release (v0.9): LOW", "level = 1". */
  private static final Pattern FIELD = Pattern.compile(
      NOUN + "(?:\\s+of\\s+this\\s+release[^:\\n]{0,80})?\\s*(?::|=|\\.{2,})\\s*[\"']?(?:"
          + NOUN + "\\s+)?(" + LABEL + ")(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE);

  /** A label in an assignment: after its noun, or coded ("R3"), or a colour, or "HIGH tier". */
  private static final Pattern ASSIGNED = Pattern.compile(
      "(?:" + NOUN + "\\s+(" + LABEL + ")|(?<![\\p{L}\\d])(r\\d|red|amber|yellow|green)"
          + "|(?<![\\p{L}-])(low|medium|moderate|high)\\s+" + RANK_NOUN + ")(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE);

  /**
   * "LOW tier distribution", "HIGH class": a risk word before its noun is the label. Not before
   * "level" ("a high level of care", "low-level drivers"), nor joined by a hyphen.
   */
  private static final Pattern RISK_BEFORE_NOUN = Pattern.compile(
      "(?<![\\p{L}-])(minimal|low|medium|moderate|high)\\s+$", Pattern.CASE_INSENSITIVE);

  /** The nouns of {@link #RANK_NOUN}, for the scan. */
  private static final Set<String> RANK_NOUNS = Set.copyOf(RANK_NOUN_WORDS);

  /** "Deployment Class - LOW, MEDIUM or HIGH": a noun defined by a list of risks. */
  private static final Pattern RISK_LIST = Pattern.compile(
      NOUN + "[^\\n.;:]{0,3}?[\"'\\s:-]{1,6}(minimal|low)\\s*,\\s*(medium|moderate|elevated"
          + "|intermediate)\\s*,?\\s*"
          + "(?:or|and)\\s+(high|severe)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  private Tiers() {}

  /**
   * The tier the text assigns to its release, as a finding on the assigning sentence or field;
   * failing that, a {@linkplain RiskSchemes scheme} that makes the rights depend on a risk class
   * (a finding without a tier).
   *
   * @param text the original text (the excerpt is cut from it)
   * @param normalized its normalised form, of the same length
   * @param sentences spans of its sentences in {@code normalized}
   * @return one finding, or none when the text assigns no tier of its scale and makes no right
   *     depend on a risk class
   */
  static Optional<Finding> of(String text, String normalized, List<Sentence> sentences) {
    // one lower-case copy for both scans: each finds its words with indexOf first
    String lower = normalized.toLowerCase(Locale.ROOT);
    Optional<Finding> assigned = assigned(text, normalized, lower, sentences);
    return assigned.isPresent() ? assigned : RiskSchemes.of(text, normalized, lower, sentences);
  }

  private static Optional<Finding> assigned(String text, String normalized, String lower,
      List<Sentence> sentences) {
    Map<String, RiskTier> scale = scale(normalized, lower);
    if (scale.size() < 2 || scale.values().stream().distinct().count() < 2) {
      return Optional.empty();
    }
    // the original's fields: normalising blanks the '=' of "srt_level = 1"
    Matcher field = FIELD.matcher(text);
    while (field.find()) {
      RiskTier t = scale.get(key(field.group(1)));
      int line = text.lastIndexOf('\n', field.start()) + 1;
      // a header field heads its line ("Overall grade:  G3"), not a quotation in running text
      // ("its manifest with \"risk_grade: G2\" unchanged")
      if (t != null && headsItsLine(text, line, field.start())) {
        int end = text.indexOf('\n', field.end());
        return Optional.of(finding(text, line, end < 0 ? text.length() : end, t));
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Matcher release = THIS_RELEASE.matcher(normalized).region(s.start(), s.end());
      if (!release.find()) {
        continue;
      }
      // the label after "this release": not one of the scale's, named before it; after a
      // heading or fragment ("C4. Classification of this release."), in the sentence it heads
      int end = endsWith(normalized, release.end(), s.end()) && i + 1 < sentences.size()
          ? sentences.get(i + 1).end() : s.end();
      Matcher label = ASSIGNED.matcher(normalized).region(release.end(), end);
      while (label.find()) {
        String found = label.group(1) != null ? label.group(1)
            : label.group(2) != null ? label.group(2) : label.group(3);
        RiskTier t = scale.get(key(found));
        if (t != null) {
          return Optional.of(finding(text, s.start(), end, t));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether "this release" ends its sentence (a parenthesis aside): "Classification of this
   * release.", "THIS DISTRIBUTION (probe-full-2.2)"; not "This release includes bug fixes."
   */
  private static boolean endsWith(String text, int from, int end) {
    int depth = 0;
    for (int k = from; k < end; k++) {
      char c = text.charAt(k);
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
      if (depth == 0 && Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /** Words that may stand before a field's noun on its line: "Release tier", "Overall grade". */
  private static final int FIELD_LEAD_WORDS = 4;

  private static boolean headsItsLine(String text, int line, int field) {
    String lead = text.substring(line, field).strip();
    return lead.indexOf('"') < 0
        && (lead.isEmpty() || lead.split("\\s+").length <= FIELD_LEAD_WORDS);
  }

  /** The nouns a scale's labels follow, lower-case: looked for before any pattern runs. */
  private static final String[] NOUNS =
      {"tier", "class", "level", "grade", "category", "band", "designation"};

  /** Words after a noun a scale entry's risk may stand within, in characters. */
  private static final int ENTRY_REACH = 80;

  /**
   * Each label the text gives a risk, with that risk. The nouns are found with {@code indexOf}
   * in {@code lower}, its lower-case copy, and each pattern runs anchored at one of them: a
   * pattern that starts with a case-insensitive alternation would otherwise be tried at every
   * character of every text, most of which have no scale.
   */
  private static Map<String, RiskTier> scale(String text, String lower) {
    Map<String, RiskTier> out = new HashMap<>();
    for (String noun : NOUNS) {
      for (int i = lower.indexOf(noun); i >= 0; i = lower.indexOf(noun, i + noun.length())) {
        if (i > 0 && Character.isLetter(lower.charAt(i - 1))) {
          continue;
        }
        int end = Math.min(text.length(), i + ENTRY_REACH);
        Matcher entry = SCALE_ENTRY.matcher(text).region(i, end);
        if (entry.lookingAt()) {
          out.putIfAbsent(key(entry.group(1)), risk(entry.group(2)));
        }
        Matcher named = NAMED_LABEL.matcher(text).region(i, end);
        if (named.lookingAt()) {
          out.putIfAbsent(key(named.group(1)), risk(named.group(1)));
        }
        Matcher before = RISK_BEFORE_NOUN.matcher(text).region(Math.max(0, i - 12), i);
        if (RANK_NOUNS.contains(noun) && before.find()) {
          out.putIfAbsent(key(before.group(1)), risk(before.group(1)));
        }
        Matcher list = RISK_LIST.matcher(text).region(i, end);
        if (list.lookingAt()) {
          for (int g = 1; g <= 3; g++) {
            out.putIfAbsent(key(list.group(g)), risk(list.group(g)));
          }
        }
      }
    }
    if (mayHoldCodes(lower)) {
      Matcher coded = CODED_ENTRY.matcher(text);
      while (coded.find()) {
        out.putIfAbsent(key(coded.group(1)), risk(coded.group(2)));
      }
    }
    return out;
  }

  /** Whether a coded label ("R2") or a colour may stand in the text: a cheap test first. */
  private static boolean mayHoldCodes(String lower) {
    if (lower.contains("green") || lower.contains("amber") || lower.contains("yellow")) {
      return true;
    }
    for (int i = lower.indexOf('r'); i >= 0 && i + 1 < lower.length();
        i = lower.indexOf('r', i + 1)) {
      if (Character.isDigit(lower.charAt(i + 1))
          && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  /** A risk word or a traffic-light colour as a tier. */
  private static RiskTier risk(String word) {
    switch (key(word)) {
      case "minimal":
      case "low":
      case "green":
        return RiskTier.LOW;
      case "high":
      case "severe":
      case "red":
        return RiskTier.HIGH;
      default:
        return RiskTier.MEDIUM;
    }
  }

  private static Finding finding(String text, int start, int end, RiskTier tier) {
    String id = "read.tier-" + tier.name().toLowerCase(Locale.ROOT);
    return new Finding(FindingKind.RISK_TIER, Category.RISK_TIER, start, end,
        text.substring(start, end), id, WEIGHT);
  }
}
