package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
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
 * @param confidence how strongly the findings support the class, in [0, 1]; below 0.5 means the
 *     evidence was thin or mixed
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
    RightsTable rights) {

  /**
   * Checks and copies the components.
   *
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
  }

  /** The findings of one kind, in the same order as {@link #findings()}. */
  public List<Finding> findings(FindingKind kind) {
    requireNonNull(kind, "kind is null");
    return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }
}
