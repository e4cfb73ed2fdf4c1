package dev.ajar;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the class, in the taxonomy's order: RISK_TIERED, PROPRIETARY, USE_RESTRICTED,
 * OSD_COMPATIBLE, else NOT_A_LICENSE.
 *
 * <p>The rights table decides whether the OSD freedoms are granted ({@link Freedom}): withheld
 * (modification or redistribution denied, held to a freedom-withholding limit, or granted for one
 * and never stated for the other) is PROPRIETARY; granted within a field, purpose or user group is
 * USE_RESTRICTED; granted openly is OSD_COMPATIBLE unless restriction evidence reaches its
 * threshold. A text that states neither freedom is decided by the weighted findings.
 *
 * <p>Evidence of one kind combines as a noisy-or of the findings' scores, {@code 1 - prod(1 -
 * s)}: one strong clause is enough, several weak ones add up, and nothing exceeds 1. Proprietary
 * evidence is a sum over distinct clauses (a clause repeated counts once), because "all rights
 * reserved" (weight 0.2) appears in many BSD-style notices and must take company to count.
 * Thresholds:
 *
 * <ul>
 *   <li>{@value #TIER_THRESHOLD} risk-tier evidence: a tier named and tied to rights, or two tier
 *       clauses; a title alone ("Low Risk") is not enough.
 *   <li>{@value #PROPRIETARY_THRESHOLD} proprietary weight when neither freedom is stated;
 *       {@value #PROPRIETARY_OVERRIDE} over a table that withholds or states nothing, {@value
 *       #PROPRIETARY_OVER_GRANT} over a table that grants both freedoms.
 *   <li>{@value #RESTRICTION_THRESHOLD} restriction evidence: one restriction of ordinary weight
 *       (0.6 to 0.95) decides; a weak, ambiguous one (0.3 to 0.5) needs another.
 *   <li>{@value #LICENSE_THRESHOLD} grant or condition evidence to call a text with no stated
 *       freedom a license at all.
 * </ul>
 */
final class Decider {

  static final double TIER_THRESHOLD = 0.75;
  static final double PROPRIETARY_THRESHOLD = 0.8;
  static final double PROPRIETARY_OVERRIDE = 1.6;
  /** Proprietary weight that outweighs a rights table granting modification and sharing. */
  static final double PROPRIETARY_OVER_GRANT = 2.0;
  static final double RESTRICTION_THRESHOLD = 0.55;
  static final double LICENSE_THRESHOLD = 0.5;

  private Decider() {}

  /** The result for text with no words at all. */
  static Classification nothingFound() {
    return new Classification(
        LicenseClass.NOT_A_LICENSE,
        1.0,
        List.of(),
        Set.of(),
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        RightsTable.EMPTY,
        List.of(),
        Basis.NONE);
  }

  static Classification decide(
      List<Finding> findings, Map<String, RiskTier> tierByPattern, RightsTable rights) {
    return decide(findings, tierByPattern, rights, Optional.empty());
  }

  /** Decides from the clauses alone, and attaches {@code closest} to the result. */
  static Classification decide(
      List<Finding> findings,
      Map<String, RiskTier> tierByPattern,
      RightsTable rights,
      Optional<ClosestLicense> closest) {
    Evidence e = new Evidence(findings, tierByPattern, rights);
    LicenseClass c = decide(e);
    return result(c, confidence(c, e), findings, e, closest);
  }

  /**
   * The class the evidence supports, in the taxonomy's order. The rights table decides whether
   * the OSD freedoms are granted ({@link Freedom}); restriction and proprietary evidence weigh in
   * as before.
   */
  static LicenseClass decide(Evidence e) {
    if (e.tier >= TIER_THRESHOLD) {
      return LicenseClass.RISK_TIERED;
    }
    // Proprietary wording outweighs the rights table only when the table shows no open grant:
    // with modification and sharing granted and nothing withheld in words the reader parses,
    // catalog phrases ("no derivative of any portion", "end user license agreements") in a
    // notice bundle or a long copyleft text are not what the text does.
    boolean granted = e.freedom == Freedom.OPEN || e.freedom == Freedom.FIELD_LIMITED;
    if (e.proprietary >= (granted ? PROPRIETARY_OVER_GRANT : PROPRIETARY_OVERRIDE)) {
      return LicenseClass.PROPRIETARY;
    }
    switch (e.freedom) {
      case WITHHELD:
        return LicenseClass.PROPRIETARY;
      case FIELD_LIMITED:
        return LicenseClass.USE_RESTRICTED;
      case OPEN:
        return e.restriction >= RESTRICTION_THRESHOLD
            ? LicenseClass.USE_RESTRICTED
            : LicenseClass.OSD_COMPATIBLE;
      default:
        break;
    }
    // Neither modification nor redistribution is stated.
    if (e.proprietary >= PROPRIETARY_THRESHOLD) {
      return LicenseClass.PROPRIETARY;
    }
    if (e.restriction >= RESTRICTION_THRESHOLD) {
      return LicenseClass.USE_RESTRICTED;
    }
    if (e.partialGrant || e.proprietary > 0) {
      return LicenseClass.PROPRIETARY;
    }
    if (e.license() >= LICENSE_THRESHOLD) {
      return UNSTATED_LICENSE;
    }
    if (e.restriction > 0) {
      return LicenseClass.USE_RESTRICTED;
    }
    return LicenseClass.NOT_A_LICENSE;
  }

  /** The class of a text with license terms that grants no right in words the reader knows. */
  static final LicenseClass UNSTATED_LICENSE = LicenseClass.OSD_COMPATIBLE;

  /** How strongly the evidence supports {@code c}: well above 0.5 at or over a threshold. */
  static double confidence(LicenseClass c, Evidence e) {
    switch (c) {
      case RISK_TIERED:
        return 0.5 + 0.49 * e.tier;
      case PROPRIETARY:
        if (e.proprietary < PROPRIETARY_THRESHOLD) {
          return 0.35; // a fallback: no grant, and proprietary terms outweigh restrictions
        }
        // Saturating, so that every further proprietary term still adds a little.
        return 0.5 + 0.49 * (1 - Math.exp(-e.proprietary / (e.fullGrant() ? 1.5 : 1.0)));
      case USE_RESTRICTED:
        return e.restriction >= RESTRICTION_THRESHOLD ? 0.5 + 0.49 * e.restriction : 0.35;
      case OSD_COMPATIBLE:
        // Doubt grows with sub-threshold restrictive or proprietary evidence, and when no
        // freedom is granted in words the reader knows.
        double doubt =
            Math.max(e.restriction / RESTRICTION_THRESHOLD, e.proprietary / PROPRIETARY_THRESHOLD);
        double base = e.freedom == Freedom.OPEN ? 0.55 + 0.44 * e.license() : 0.45;
        return base * (1 - 0.4 * Math.min(1, doubt));
      default:
        return 0.9 - 0.5 * e.license();
    }
  }

  /**
   * The classification for class {@code c}: the findings that bind it give its restrictions,
   * tier and OSD conflicts.
   */
  static Classification result(
      LicenseClass c,
      double confidence,
      List<Finding> findings,
      Evidence e,
      Optional<ClosestLicense> closest) {
    boolean restrictionsBinding = c != LicenseClass.OSD_COMPATIBLE && c != LicenseClass.NOT_A_LICENSE;
    boolean proprietaryBinding = c == LicenseClass.PROPRIETARY;
    boolean tierBinding = c == LicenseClass.RISK_TIERED;
    Set<Category> restrictions = EnumSet.noneOf(Category.class);
    Set<OsdCriterion> conflicts = EnumSet.noneOf(OsdCriterion.class);
    for (Finding f : findings) {
      boolean binding =
          f.kind().isRestrictive() && restrictionsBinding
              || f.kind() == FindingKind.PROPRIETARY_TERM && proprietaryBinding
              || f.kind() == FindingKind.RISK_TIER && tierBinding;
      if (!binding) {
        continue;
      }
      if (f.category().isRestriction()) {
        restrictions.add(f.category());
      }
      conflicts.addAll(f.category().osdConflicts());
    }
    Optional<RiskTier> tier = tierBinding ? e.namedTier : Optional.empty();
    return new Classification(
        c,
        Math.max(0, Math.min(1, confidence)),
        findings,
        restrictions,
        tier,
        conflicts,
        closest,
        e.rights,
        List.of(),
        c.isLicense() ? Basis.CLAUSES : Basis.NONE);
  }

  static double noisyOr(double a, double b) {
    return 1 - (1 - a) * (1 - b);
  }

  /** The evidence of each kind in a list of findings. */
  static final class Evidence {
    double tier;
    double proprietary;
    double restriction;
    double grant;
    double condition;
    boolean grantsModify;
    boolean grantsRedistribute;
    Optional<RiskTier> namedTier = Optional.empty();
    RightsTable rights = RightsTable.EMPTY;
    Freedom freedom = Freedom.UNSTATED;
    /** Some right is stated (granted, limited or denied), but not modification or redistribution. */
    boolean partialGrant;
    /** The findings hold a freedom denied or limited by the reader (for passages). */
    boolean readWithheld;
    boolean readFieldLimited;

    /**
     * Takes the grants of {@code whole}: a passage is judged as part of the text that holds it,
     * so an added "all rights reserved" in a text that grants every freedom stays harmless.
     */
    void inheritGrants(Evidence whole) {
      rights = whole.rights;
      // A passage of a known text is judged for what it adds: the known text's grants stand
      // unless the passage itself withholds or narrows a freedom.
      freedom = readWithheld ? Freedom.WITHHELD : readFieldLimited ? Freedom.FIELD_LIMITED
          : Freedom.OPEN;
      partialGrant = whole.partialGrant;
      grant = whole.grant;
      condition = whole.condition;
      grantsModify = whole.grantsModify;
      grantsRedistribute = whole.grantsRedistribute;
    }

    boolean fullGrant() {
      return freedom == Freedom.OPEN || freedom == Freedom.FIELD_LIMITED;
    }

    double license() {
      return noisyOr(grant, condition);
    }

    Evidence(List<Finding> findings, Map<String, RiskTier> tierByPattern, RightsTable rights) {
      this(findings, tierByPattern);
      this.rights = rights;
      this.freedom = Freedom.of(rights);
      this.partialGrant =
          rights.entries().stream().anyMatch(r -> r.status() != RightStatus.UNSTATED
              && r.right() != Right.ANY_PURPOSE && r.right() != Right.COMMERCIAL_USE);
    }

    Evidence(List<Finding> findings, Map<String, RiskTier> tierByPattern) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Finding f : findings) {
        if (f.patternId().startsWith("read.denied-") || f.patternId().startsWith("read.limit-")) {
          boolean field = f.kind().isRestrictive();
          readWithheld |= !field;
          readFieldLimited |= field;
        }
        switch (f.kind()) {
          case RISK_TIER:
            tier = noisyOr(tier, f.score());
            if (namedTier.isEmpty()) {
              namedTier = Optional.ofNullable(tierByPattern.get(f.patternId()));
            }
            break;
          case PROPRIETARY_TERM:
            // Evidence does not add up across copies: the same clause repeated (a license pasted
            // five times, a notice bundle) counts once.
            if (seen.add(f.patternId() + '\u0000' + f.excerpt().replaceAll("\\s+", " "))) {
              proprietary += f.score();
            }
            break;
          case USE_RESTRICTION:
          case ACCEPTABLE_USE_POLICY:
          case FLOW_DOWN:
            restriction = noisyOr(restriction, f.score());
            break;
          case GRANT:
            grant = noisyOr(grant, f.score());
            grantsModify |= f.category() == Category.GRANT_MODIFY;
            grantsRedistribute |= f.category() == Category.GRANT_REDISTRIBUTE;
            break;
          case OSD_CONDITION:
            condition = noisyOr(condition, f.score());
            break;
          case NOT_A_RESTRICTION:
            break;
        }
      }
    }
  }
}
