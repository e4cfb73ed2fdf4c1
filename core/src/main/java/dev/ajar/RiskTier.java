package dev.ajar;

/**
 * The risk tier that a {@link LicenseClass#RISK_TIERED} license assigns to its artifact.
 *
 * @since 0.1
 */
public enum RiskTier {
  LOW,
  MEDIUM,
  HIGH
}
