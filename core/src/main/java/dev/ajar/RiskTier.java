package dev.ajar;

/**
 * The risk tier that a {@link LicenseClass#RISK_TIERED} license assigns to its artifact.
 *
 * @since 0.1
 */
public enum RiskTier {
  /** The lowest tier: the fewest duties (ImpACT "Low Risk"). */
  LOW,
  /** The middle tier (ImpACT "Medium Risk"). */
  MEDIUM,
  /** The highest tier: the most duties, such as registration and impact reports (ImpACT "High Risk"). */
  HIGH
}
