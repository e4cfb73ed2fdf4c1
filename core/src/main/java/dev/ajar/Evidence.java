package dev.ajar;

import dev.ajar.learn.DocumentFeatures;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The evidence of each kind in a list of findings. */
final class Evidence {
  double tier;
  double proprietary;
  /** Proprietary weight besides "all rights reserved", which open copyright lines carry too. */
  double proprietaryBeyondReservation;
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
    return Decider.noisyOr(grant, condition);
  }

  Evidence(List<Finding> findings, Map<String, RiskTier> tierByPattern, RightsTable rights,
      boolean forbids) {
    this(findings, tierByPattern);
    this.rights = rights;
    this.freedom = Freedom.of(rights, forbids);
    this.partialGrant =
        rights.entries().stream().anyMatch(r -> r.status() != RightStatus.UNSTATED
            && r.right() != Right.ANY_PURPOSE && r.right() != Right.COMMERCIAL_USE);
  }

  private static final String ALL_RIGHTS_RESERVED = DocumentFeatures.RESERVATION_PATTERN_ID;

  /** Runs of white space, compiled once (the same clause reflowed is the same clause). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  Evidence(List<Finding> findings, Map<String, RiskTier> tierByPattern) {
    Set<String> seen = new HashSet<>();
    for (Finding f : findings) {
      if (f.patternId().startsWith("read.denied-") || f.patternId().startsWith("read.limit-")) {
        boolean field = f.kind().isRestrictive();
        readWithheld |= !field;
        readFieldLimited |= field;
      }
      switch (f.kind()) {
        case RISK_TIER:
          tier = Decider.noisyOr(tier, f.score());
          // the tier a text assigns to its release outranks the tiers its scale names
          if (namedTier.isEmpty() || Tiers.TIER_BY_ID.containsKey(f.patternId())) {
            namedTier = Optional.ofNullable(tierByPattern.get(f.patternId()));
          }
          break;
        case PROPRIETARY_TERM:
          // Evidence does not add up across copies: the same clause repeated (a license pasted
          // five times, a notice bundle) counts once.
          if (seen.add(f.patternId() + '\u0000' + SPACES.matcher(f.excerpt()).replaceAll(" "))) {
            proprietary += f.score();
            if (!f.patternId().equals(ALL_RIGHTS_RESERVED)) {
              proprietaryBeyondReservation += f.score();
            }
          }
          break;
        case USE_RESTRICTION:
        case ACCEPTABLE_USE_POLICY:
        case FLOW_DOWN:
          restriction = Decider.noisyOr(restriction, f.score());
          break;
        case GRANT:
          grant = Decider.noisyOr(grant, f.score());
          grantsModify |= f.category() == Category.GRANT_MODIFY;
          grantsRedistribute |= f.category() == Category.GRANT_REDISTRIBUTE;
          break;
        case OSD_CONDITION:
          condition = Decider.noisyOr(condition, f.score());
          break;
        case NOT_A_RESTRICTION:
          break;
      }
    }
  }
}
