package dev.ajar;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the class from findings, in the taxonomy's order: RISK_TIERED, PROPRIETARY,
 * USE_RESTRICTED, OSD_COMPATIBLE, else NOT_A_LICENSE.
 *
 * <p>Evidence of one kind combines as a noisy-or of the findings' scores, {@code 1 - prod(1 -
 * s)}: one strong clause is enough, several weak ones add up, and nothing exceeds 1. Proprietary
 * evidence is a plain sum, because "all rights reserved" (weight 0.3) appears in many BSD-style
 * notices and must take company to count. Thresholds:
 *
 * <ul>
 *   <li>{@value #TIER_THRESHOLD} risk-tier evidence: a tier named and tied to rights, or two tier
 *       clauses; a title alone ("Low Risk") is not enough.
 *   <li>{@value #PROPRIETARY_THRESHOLD} proprietary weight when the text does not grant both
 *       modification and redistribution; {@value #PROPRIETARY_OVERRIDE} even when it does (CC
 *       NoDerivatives grants sharing and then forbids adaptations).
 *   <li>{@value #RESTRICTION_THRESHOLD} restriction evidence: one catalog restriction of ordinary
 *       weight (0.6 to 0.95) decides; a weak, ambiguous one (0.3 to 0.5) needs another.
 *   <li>{@value #LICENSE_THRESHOLD} grant or condition evidence to call a text a license at all.
 * </ul>
 */
final class Decider {

  static final double TIER_THRESHOLD = 0.75;
  static final double PROPRIETARY_THRESHOLD = 0.8;
  static final double PROPRIETARY_OVERRIDE = 1.6;
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
        Optional.empty());
  }

  static Classification decide(List<Finding> findings, Map<String, RiskTier> tierByPattern) {
    Evidence e = new Evidence(findings, tierByPattern);
    if (e.tier >= TIER_THRESHOLD) {
      return result(LicenseClass.RISK_TIERED, 0.5 + 0.49 * e.tier, findings, e, true, false);
    }
    boolean fullGrant = e.grantsModify && e.grantsRedistribute;
    if (e.proprietary >= PROPRIETARY_OVERRIDE
        || e.proprietary >= PROPRIETARY_THRESHOLD && !fullGrant) {
      double margin = Math.min(1, e.proprietary / (fullGrant ? 2.4 : 1.6));
      return result(LicenseClass.PROPRIETARY, 0.5 + 0.49 * margin, findings, e, false, true);
    }
    if (e.restriction >= RESTRICTION_THRESHOLD) {
      return result(LicenseClass.USE_RESTRICTED, 0.5 + 0.49 * e.restriction, findings, e, false, false);
    }
    double license = noisyOr(e.grant, e.condition);
    if (license >= LICENSE_THRESHOLD) {
      // Doubt grows with sub-threshold restrictive or proprietary evidence.
      double doubt = Math.max(e.restriction / RESTRICTION_THRESHOLD, e.proprietary / PROPRIETARY_THRESHOLD);
      double confidence = (0.55 + 0.44 * license) * (1 - 0.4 * Math.min(1, doubt));
      return result(LicenseClass.OSD_COMPATIBLE, confidence, findings, e, false, false);
    }
    if (e.proprietary > 0 && e.proprietary >= e.restriction) {
      return result(LicenseClass.PROPRIETARY, 0.35, findings, e, false, true);
    }
    if (e.restriction > 0) {
      return result(LicenseClass.USE_RESTRICTED, 0.35, findings, e, false, false);
    }
    return result(LicenseClass.NOT_A_LICENSE, 0.9 - 0.5 * license, findings, e, false, false);
  }

  private static Classification result(
      LicenseClass c,
      double confidence,
      List<Finding> findings,
      Evidence e,
      boolean tierBinding,
      boolean proprietaryBinding) {
    boolean restrictionsBinding = c != LicenseClass.OSD_COMPATIBLE && c != LicenseClass.NOT_A_LICENSE;
    Set<Category> restrictions = EnumSet.noneOf(Category.class);
    Set<OsdCriterion> conflicts = EnumSet.noneOf(OsdCriterion.class);
    Optional<RiskTier> tier = Optional.empty();
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
    if (tierBinding) {
      tier = e.namedTier;
    }
    return new Classification(
        c,
        Math.max(0, Math.min(1, confidence)),
        findings,
        restrictions,
        tier,
        conflicts,
        Optional.empty());
  }

  static double noisyOr(double a, double b) {
    return 1 - (1 - a) * (1 - b);
  }

  /** The evidence of each kind in a list of findings. */
  private static final class Evidence {
    double tier;
    double proprietary;
    double restriction;
    double grant;
    double condition;
    boolean grantsModify;
    boolean grantsRedistribute;
    Optional<RiskTier> namedTier = Optional.empty();

    Evidence(List<Finding> findings, Map<String, RiskTier> tierByPattern) {
      for (Finding f : findings) {
        switch (f.kind()) {
          case RISK_TIER:
            tier = noisyOr(tier, f.score());
            if (namedTier.isEmpty()) {
              namedTier = Optional.ofNullable(tierByPattern.get(f.patternId()));
            }
            break;
          case PROPRIETARY_TERM:
            proprietary += f.score();
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
