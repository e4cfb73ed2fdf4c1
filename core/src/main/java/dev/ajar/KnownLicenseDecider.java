package dev.ajar;

import dev.ajar.Decider.Evidence;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the class of a text that is close to a known license.
 *
 * <ol>
 *   <li>Below {@value #KNOWN_SIMILARITY} similarity the text is too edited for the reference's
 *       class to mean much: the clauses decide, as for an unseen text.
 *   <li>When the reference's deciding clauses are among the sentences the text drops (a
 *       restriction taken out of a restrictive license, the grant taken out of a permissive one),
 *       the reference's class no longer describes the text: the clauses decide. A freedom the
 *       OSD requires (redistribution, modification) that the reference granted and the text no
 *       longer grants anywhere is reported as an OSD conflict, and makes an otherwise open
 *       result PROPRIETARY.
 *   <li>Otherwise the text takes the reference's known class, unless the sentences it adds decide
 *       a more closed class by themselves: MIT plus a weapons clause is USE_RESTRICTED, with the
 *       added sentence as its finding.
 * </ol>
 *
 * <p>The known class is what a careful reader concluded about the whole reference text, so it
 * overrules clause findings in the wording the text shares with it; only added wording can
 * change it.
 */
final class KnownLicenseDecider {

  /** Similarity from which the reference's class is taken: most of the wording is shared. */
  static final double KNOWN_SIMILARITY = 0.8;

  /**
   * Confidence in PROPRIETARY for an open license with a grant cut out: the diff shows the
   * grant gone, but nothing in the text says so in words.
   */
  static final double LOST_FREEDOM_CONFIDENCE = 0.6;

  private KnownLicenseDecider() {}

  /**
   * @param findings the findings in the input
   * @param closest the closest known license
   * @param droppedFindings the findings in the reference sentences the input drops (their offsets
   *     point into those sentences, not into the input)
   */
  static Classification decide(
      List<Finding> findings,
      Map<String, RiskTier> tierByPattern,
      RightsTable rights,
      ClosestLicense closest,
      List<Finding> droppedFindings) {
    Optional<ClosestLicense> attached = Optional.of(closest);
    LicenseClass known = closest.knownClass();
    Evidence all = new Evidence(findings, tierByPattern, rights);
    Evidence dropped = new Evidence(droppedFindings, tierByPattern);
    if (closest.similarity() < KNOWN_SIMILARITY) {
      return Decider.decide(findings, tierByPattern, rights, attached);
    }
    if (dropsDecidingClause(known, dropped)) {
      Classification byClauses = Decider.decide(findings, tierByPattern, rights, attached);
      Set<OsdCriterion> lost = lostFreedoms(known, dropped, all);
      return lost.isEmpty() ? byClauses : withLostFreedoms(byClauses, lost);
    }
    Evidence added = new Evidence(inAddedText(findings, closest), tierByPattern);
    added.inheritGrants(all);
    LicenseClass byAdded = Decider.decide(added);
    if (byAdded.isLicense()
        && byAdded != LicenseClass.OSD_COMPATIBLE
        && byAdded.ordinal() < known.ordinal()) {
      return Decider.result(byAdded, Decider.confidence(byAdded, added), findings, all, attached);
    }
    double confidence = 0.5 + 0.49 * closest.similarity();
    return withBasis(Decider.result(known, confidence, findings, all, attached), Basis.KNOWN_TEXT);
  }

  /**
   * Whether the dropped sentences held what made the reference its class: a grant, for an open
   * license; for a closed one, evidence that would reach its class's threshold on its own.
   */
  private static boolean dropsDecidingClause(LicenseClass known, Evidence dropped) {
    switch (known) {
      case OSD_COMPATIBLE:
        return dropped.grant > 0;
      case USE_RESTRICTED:
        return dropped.restriction >= Decider.RESTRICTION_THRESHOLD;
      case PROPRIETARY:
        return dropped.proprietary >= Decider.PROPRIETARY_THRESHOLD;
      case RISK_TIERED:
        return dropped.tier >= Decider.TIER_THRESHOLD;
      default:
        return false;
    }
  }

  /**
   * The OSD freedoms an open reference granted in sentences the text drops, and the text no longer
   * grants anywhere: redistribution (criterion 1) and modification (criterion 3).
   */
  private static Set<OsdCriterion> lostFreedoms(LicenseClass known, Evidence dropped, Evidence all) {
    Set<OsdCriterion> lost = EnumSet.noneOf(OsdCriterion.class);
    if (known == LicenseClass.OSD_COMPATIBLE) {
      if (dropped.grantsRedistribute && !all.grantsRedistribute) {
        lost.add(OsdCriterion.FREE_REDISTRIBUTION);
      }
      if (dropped.grantsModify && !all.grantsModify) {
        lost.add(OsdCriterion.DERIVED_WORKS);
      }
    }
    return lost;
  }

  /**
   * A known open license with a required grant cut out no longer grants what the OSD requires:
   * the lost freedoms are conflicts, and a text the clauses found open is PROPRIETARY.
   */
  private static Classification withLostFreedoms(Classification c, Set<OsdCriterion> lost) {
    Set<OsdCriterion> conflicts = EnumSet.copyOf(lost);
    conflicts.addAll(c.osdConflicts());
    boolean open = c.licenseClass() == LicenseClass.OSD_COMPATIBLE;
    return new Classification(
        open ? LicenseClass.PROPRIETARY : c.licenseClass(),
        open ? LOST_FREEDOM_CONFIDENCE : c.confidence(),
        c.findings(),
        c.restrictions(),
        c.riskTier(),
        conflicts,
        c.closestLicense(),
        c.rights(),
        c.declared(),
        c.basis());
  }

  static Classification withBasis(Classification c, Basis basis) {
    return new Classification(c.licenseClass(), c.confidence(), c.findings(), c.restrictions(),
        c.riskTier(), c.osdConflicts(), c.closestLicense(), c.rights(), c.declared(), basis);
  }

  private static List<Finding> inAddedText(List<Finding> findings, ClosestLicense closest) {
    return findings.stream()
        .filter(f -> closest.added().stream().anyMatch(a -> a.overlaps(f.start(), f.end())))
        .toList();
  }
}
