package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
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
 * @param basis what the class rests on: the clauses, a known text, or a declaration
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
    Basis basis) {

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
   * @throws NullPointerException if any component or element is null
   * @throws IllegalArgumentException if confidence is outside [0, 1], or a restriction is not a
   *     restriction category
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
  }

  /**
   * A one-line summary for logs and debuggers, never the findings' text: the class, the
   * confidence, the restriction slugs, the tier, the numbers of the OSD criteria broken, the
   * closest known license and the number of findings, e.g. {@code Classification[USE_RESTRICTED,
   * confidence 0.98, restrictions [military], tier none, breaks OSD [6], closest MIT 0.95, 5
   * findings]}. Its length does not grow with the text. The format may change; read the
   * components, not this string.
   *
   * @return the summary, on one line
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Classification[%s, confidence %.2f, by %s, restrictions %s, tier %s, breaks OSD %s,"
            + " closest %s, declared %s, %d findings]",
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
        findings.size());
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
