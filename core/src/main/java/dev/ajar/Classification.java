package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a license text grants, and the clauses that show it.
 *
 * <p>Guarantees: immutable and null-free (collections are unmodifiable copies); {@code findings}
 * are ordered by start offset, then end offset, then pattern id; {@code restrictions} and {@code
 * osdConflicts} iterate in enum declaration order. Classifying the same text with the same
 * classifier always gives an equal {@code Classification}.
 *
 * @param licenseClass the decided class; {@link LicenseClass#NOT_A_LICENSE} for text that states no
 *     license terms
 * @param confidence how strongly the evidence supports the class, in [0, 1]. Above 0.5 when the
 *     evidence reaches the class's threshold (or the text is a known license), below 0.5 when the
 *     class is only the best of thin evidence (a lone "All rights reserved."); 1 for blank text.
 *     Ordered: more evidence for the class gives a higher confidence (a second restriction, a
 *     further proprietary term), and evidence against it a lower one (an open license with a weak
 *     restriction or proprietary term that did not decide anything)
 * @param findings every located clause the decision considered, with offsets into the original
 *     text
 * @param restrictions the restriction categories of the binding restrictive findings; empty unless
 *     some restriction was found
 * @param riskTier the tier a {@link LicenseClass#RISK_TIERED} text names, if it names one
 * @param osdConflicts the Open Source Definition criteria that the binding findings break
 * @param closestLicense the known license the text is closest to, if one is close enough to name;
 *     always empty when the classifier was built with known-license identification off
 * @param rights what the text grants, limits or denies for each {@link Right}, each with the
 *     sentence that decides it
 * @param declared the licenses the text declares (SPDX lines, license URLs and names, manifest and
 *     model-card fields), in text order; these are reported whatever the class rests on
 * @param basis what the class rests on: the clauses, a known text, a declaration, talk about
 *     licenses ({@link Basis#DESCRIPTION}), or nothing
 * @param expression what the text contains, as an SPDX license expression of its license texts
 *     joined by {@code AND} in order of first appearance (see {@link #expression()})
 * @param decidingFindings the findings that decided the class, most weighty first: a subset of
 *     {@code findings}, each once (see {@link #decidingFindings()})
 * @since 0.1
 */
public record Classification(
    LicenseClass licenseClass,
    double confidence,
    List<Finding> findings,
    Set<Category> restrictions,
    Optional<RiskTier> riskTier,
    Set<OsdCriterion> osdConflicts,
    Optional<ClosestLicense> closestLicense,
    RightsTable rights,
    List<DeclaredLicense> declared,
    Basis basis,
    Optional<String> expression,
    List<Finding> decidingFindings) {

  /** The prefix of the reference a license text that is no known text is named by. */
  public static final String UNKNOWN_PREFIX = "LicenseRef-ajar-unknown-";

  /**
   * Checks and copies the components.
   *
   * @param licenseClass the decided class
   * @param confidence the confidence, in [0, 1]
   * @param findings the located clauses
   * @param restrictions restriction categories only
   * @param riskTier the named tier, if any
   * @param osdConflicts the OSD criteria broken
   * @param closestLicense the closest known license, if any
   * @param rights the rights table
   * @param declared the declared licenses
   * @param basis what the class rests on
   * @param expression the SPDX expression of the license texts the text contains, if any
   * @param decidingFindings the findings that decided the class, most weighty first
   * @throws NullPointerException if any component or element is null
   * @throws IllegalArgumentException if confidence is outside [0, 1], a restriction is not a
   *     restriction category, an expression is blank or given for {@link
   *     LicenseClass#NOT_A_LICENSE}, or a deciding finding is repeated or not among {@code
   *     findings}
   */
  public Classification {
    requireNonNull(licenseClass, "licenseClass is null");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s outside [0, 1]", confidence);
    findings = ImmutableList.copyOf(findings);
    restrictions = Sets.immutableEnumSet(restrictions);
    for (Category c : restrictions) {
      checkArgument(c.isRestriction(), "%s is not a restriction category", c);
    }
    riskTier = requireNonNull(riskTier, "riskTier is null");
    osdConflicts = Sets.immutableEnumSet(osdConflicts);
    closestLicense = requireNonNull(closestLicense, "closestLicense is null");
    requireNonNull(rights, "rights is null");
    declared = ImmutableList.copyOf(declared);
    requireNonNull(basis, "basis is null");
    requireNonNull(expression, "expression is null");
    checkArgument(
        expression.isEmpty() || licenseClass.isLicense() && !expression.get().isBlank(),
        "expression %s for %s",
        expression,
        licenseClass);
    decidingFindings = ImmutableList.copyOf(decidingFindings);
    if (!decidingFindings.isEmpty()) {
      Set<Finding> all = new HashSet<>(findings);
      Set<Finding> seen = new HashSet<>();
      for (Finding f : decidingFindings) {
        checkArgument(all.contains(f), "deciding finding %s is not among the findings", f);
        checkArgument(seen.add(f), "deciding finding %s is repeated", f);
      }
    }
  }

  /**
   * A classification without deciding findings: the same as the canonical constructor with
   * {@code decidingFindings} empty.
   *
   * @param licenseClass the decided class
   * @param confidence the confidence, in [0, 1]
   * @param findings the located clauses
   * @param restrictions restriction categories only
   * @param riskTier the named tier, if any
   * @param osdConflicts the OSD criteria broken
   * @param closestLicense the closest known license, if any
   * @param rights the rights table
   * @param declared the declared licenses
   * @param basis what the class rests on
   * @param expression the SPDX expression of the license texts the text contains, if any
   * @throws NullPointerException if any component or element is null
   * @throws IllegalArgumentException as the canonical constructor
   * @since 0.2
   */
  public Classification(
      LicenseClass licenseClass,
      double confidence,
      List<Finding> findings,
      Set<Category> restrictions,
      Optional<RiskTier> riskTier,
      Set<OsdCriterion> osdConflicts,
      Optional<ClosestLicense> closestLicense,
      RightsTable rights,
      List<DeclaredLicense> declared,
      Basis basis,
      Optional<String> expression) {
    this(licenseClass, confidence, findings, restrictions, riskTier, osdConflicts, closestLicense,
        rights, declared, basis, expression, List.of());
  }

  /**
   * A classification without an expression or deciding findings: the same as the canonical
   * constructor with {@code expression} and {@code decidingFindings} empty.
   *
   * @param licenseClass the decided class
   * @param confidence the confidence, in [0, 1]
   * @param findings the located clauses
   * @param restrictions restriction categories only
   * @param riskTier the named tier, if any
   * @param osdConflicts the OSD criteria broken
   * @param closestLicense the closest known license, if any
   * @param rights the rights table
   * @param declared the declared licenses
   * @param basis what the class rests on
   * @throws NullPointerException if any component or element is null
   * @throws IllegalArgumentException if confidence is outside [0, 1], or a restriction is not a
   *     restriction category
   */
  public Classification(
      LicenseClass licenseClass,
      double confidence,
      List<Finding> findings,
      Set<Category> restrictions,
      Optional<RiskTier> riskTier,
      Set<OsdCriterion> osdConflicts,
      Optional<ClosestLicense> closestLicense,
      RightsTable rights,
      List<DeclaredLicense> declared,
      Basis basis) {
    this(licenseClass, confidence, findings, restrictions, riskTier, osdConflicts, closestLicense,
        rights, declared, basis, Optional.empty(), List.of());
  }

  /**
   * What the text contains, as an SPDX license expression: each license text in it, in order of
   * first appearance, joined by {@code AND}, e.g. {@code MIT AND Apache-2.0 AND
   * LicenseRef-ajar-unknown-1}. Deterministic: the same text gives the same string.
   *
   * <ul>
   *   <li>A known text (the class rests on it, {@link Basis#KNOWN_TEXT}) is named by its SPDX id,
   *       {@link ClosestLicense#id()} (the first in sorted order when several ids share one
   *       text, e.g. {@code GPL-2.0-only} for {@code GPL-2.0-or-later} too).
   *   <li>Any other license text, including a known text edited so that its added sentences
   *       change its class, is named {@value #UNKNOWN_PREFIX}{@code N}, numbered 1, 2, ... in
   *       order of appearance within this text. A single license text that is no known text gives
   *       {@code LicenseRef-ajar-unknown-1}.
   *   <li>A text repeated (the same words, whatever the layout) is one member, named once.
   * </ul>
   *
   * <p>Empty when the text contains no license text: {@link LicenseClass#NOT_A_LICENSE}, and a
   * text whose class rests on a declaration ({@link Basis#DECLARATION}; what it declares is in
   * {@link #declared()}). Never present for {@code NOT_A_LICENSE}.
   *
   * @return the expression, or empty
   * @since 0.2
   */
  @Override
  public Optional<String> expression() {
    return expression;
  }

  /**
   * The findings that decided the class, the most weighty first: the explanation that reports
   * print, chosen by the decision itself. Each is one of {@link #findings()}, listed once.
   *
   * <ul>
   *   <li>When the rights table decided, the findings of the table's entries ({@code
   *       read.denied-*}, {@code read.limit-*}, {@code read.grant-*}) come first: they decide
   *       outright. {@code PROPRIETARY} because a freedom is withheld: the entries that withhold
   *       modification or redistribution (or deny use), or, when one freedom is granted and the
   *       other never stated, the grant stated alone; then every proprietary term.
   *       {@code USE_RESTRICTED} because a right is limited to a field, purpose or users: the
   *       limiting entries, then the other restrictions. {@code OSD_COMPATIBLE} because both
   *       freedoms are granted openly (or modification is, in an informal text that forbids
   *       nothing and never speaks of sharing): the granting entries, then the other grants.
   *       Within each part, by weight.
   *   <li>Otherwise the findings of the evidence that decided, by weight ({@link Finding#score()},
   *       higher first, then text order): risk-tier clauses for {@link LicenseClass#RISK_TIERED};
   *       proprietary terms for {@link LicenseClass#PROPRIETARY} (then the stated rights'
   *       entries that have a finding, when some right other than the two freedoms is all the
   *       text states; a granted copy or sublicense has none, and may leave the list empty: see
   *       {@link #rights()});
   *       restrictions for {@link LicenseClass#USE_RESTRICTED}; grants and allowed conditions for
   *       {@link LicenseClass#OSD_COMPATIBLE} when the text states neither freedom in words the
   *       reader knows.
   *   <li>A known text with added sentences that decide a more closed class (MIT with a weapons
   *       clause added): the findings in the added sentences first.
   *   <li>A known text that keeps its known class ({@link Basis#KNOWN_TEXT}): the match decided
   *       ({@link #closestLicense()}); the list holds the findings of that class's kind in the
   *       text, as above: what gives the reference its class.
   *   <li>Every class but {@code OSD_COMPATIBLE} and {@code NOT_A_LICENSE} then lists its other
   *       binding restrictions, by weight (they give {@link #restrictions()}).
   * </ul>
   *
   * <p>Empty when nothing in the text decided: {@code NOT_A_LICENSE} (talk about licenses, {@link
   * Basis#DESCRIPTION}, included: its findings decide nothing), a class taken from a
   * declaration ({@link Basis#DECLARATION}), and a known open text that drops its grant of a
   * freedom (the dropped sentences, {@link ClosestLicense#dropped()}, decided).
   *
   * @return an immutable list, possibly empty
   * @since 0.2
   */
  @Override
  public List<Finding> decidingFindings() {
    return decidingFindings;
  }

  /**
   * A one-line summary for logs and debuggers, never the findings' text: the class, the
   * confidence, the restriction slugs, the tier, the numbers of the OSD criteria broken, the
   * closest known license, the declared expressions, the contained {@link #expression()}
   * (abbreviated past {@value #SHOWN} chars) and the numbers of findings and deciding findings, e.g. {@code
   * Classification[USE_RESTRICTED, confidence 0.98, by CLAUSES, restrictions [military], tier
   * none, breaks OSD [6], closest MIT 0.95, declared [], contains LicenseRef-ajar-unknown-1, 5
   * findings, 1 deciding]}. The format may change; read the components, not this string.
   *
   * @return the summary, on one line
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Classification[%s, confidence %.2f, by %s, restrictions %s, tier %s, breaks OSD %s,"
            + " closest %s, declared %s, contains %s, %d findings, %d deciding]",
        licenseClass,
        confidence,
        basis,
        restrictions.stream().map(Category::slug).toList(),
        riskTier.map(Enum::name).orElse("none"),
        osdConflicts.stream().map(OsdCriterion::number).toList(),
        closestLicense
            .map(k -> String.format(Locale.ROOT, "%s %.2f", k.id(), k.similarity()))
            .orElse("none"),
        declared.stream().map(DeclaredLicense::expression).toList(),
        expression.map(Classification::abbreviated).orElse("none"),
        findings.size(),
        decidingFindings.size());
  }

  /** The longest expression {@link #toString()} shows whole. */
  private static final int SHOWN = 120;

  /** At most {@value #SHOWN} chars of an expression, so the summary does not grow with the text. */
  private static String abbreviated(String expression) {
    return expression.length() <= SHOWN ? expression : expression.substring(0, SHOWN - 3) + "...";
  }

  /**
   * The findings of one kind, in the same order as {@link #findings()}.
   *
   * @param kind the kind to keep
   * @return an immutable list, possibly empty
   * @throws NullPointerException if {@code kind} is null
   */
  public List<Finding> findings(FindingKind kind) {
    requireNonNull(kind, "kind is null");
    return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }
}
