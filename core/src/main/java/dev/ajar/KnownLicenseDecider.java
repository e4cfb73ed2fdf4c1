package dev.ajar;

import dev.ajar.Decider.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the class of a text that is close to a known license.
 *
 * <ol>
 *   <li>Below {@value #KNOWN_SIMILARITY} similarity the text is too edited for the reference's
 *       class to mean much: the clauses decide, as for an unseen text.
 *   <li>When the reference's deciding clauses are among the sentences the text drops (a
 *       restriction taken out of a restrictive license, the grant taken out of a permissive one),
 *       the reference's class no longer describes the text: the clauses decide.
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
      ClosestLicense closest,
      List<Finding> droppedFindings) {
    Optional<ClosestLicense> attached = Optional.of(closest);
    LicenseClass known = closest.knownClass();
    if (closest.similarity() < KNOWN_SIMILARITY
        || dropsDecidingClause(known, new Evidence(droppedFindings, tierByPattern))) {
      return Decider.decide(findings, tierByPattern, attached);
    }
    Evidence all = new Evidence(findings, tierByPattern);
    Evidence added = new Evidence(inAddedText(findings, closest), tierByPattern);
    added.inheritGrants(all);
    LicenseClass byAdded = Decider.decide(added);
    if (byAdded.isLicense()
        && byAdded != LicenseClass.OSD_COMPATIBLE
        && byAdded.ordinal() < known.ordinal()) {
      return Decider.result(byAdded, Decider.confidence(byAdded, added), findings, all, attached);
    }
    double confidence = 0.5 + 0.49 * closest.similarity();
    return Decider.result(known, confidence, findings, all, attached);
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

  private static List<Finding> inAddedText(List<Finding> findings, ClosestLicense closest) {
    return findings.stream()
        .filter(f -> closest.added().stream().anyMatch(a -> a.overlaps(f.start(), f.end())))
        .toList();
  }
}
