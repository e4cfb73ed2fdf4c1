package dev.ajar;

/**
 * What role a located clause plays in the decision.
 *
 * @since 0.1
 */
public enum FindingKind {
  /** Forbids or conditions a particular use, field of endeavour or group of users. */
  USE_RESTRICTION(true),
  /** Incorporates a separate acceptable-use or prohibited-use policy by reference. */
  ACCEPTABLE_USE_POLICY(true),
  /** Requires that use restrictions be passed on to recipients of copies or derivatives. */
  FLOW_DOWN(true),
  /** Ties rights or duties to a declared risk tier, or names the tier. */
  RISK_TIER(false),
  /** Withholds a freedom the Open Source Definition requires (redistribution, modification, ...). */
  PROPRIETARY_TERM(false),
  /** Grants rights to use, copy, modify or redistribute. */
  GRANT(false),
  /** A condition the Open Source Definition allows: notices, attribution, copyleft, patents, marks. */
  OSD_CONDITION(false),
  /**
   * Text that looks like a restriction but is not one: "you may not impose any further
   * restrictions", "commercial or non-commercial", a disclaimer of fitness for nuclear use, "there
   * are no restrictions on ...". Such a finding cancels, in the whole sentence that holds it, the
   * findings of the categories its catalog pattern names (for "commercial or non-commercial",
   * {@link Category#NON_COMMERCIAL}), wherever they are in that sentence; it is reported only when
   * it cancelled something.
   */
  NOT_A_RESTRICTION(false);

  private final boolean restrictive;

  FindingKind(boolean restrictive) {
    this.restrictive = restrictive;
  }

  /**
   * Whether findings of this kind make a license {@link LicenseClass#USE_RESTRICTED}.
   *
   * @return true for use restrictions, acceptable-use policies and flow-down
   */
  public boolean isRestrictive() {
    return restrictive;
  }

  /**
   * Whether findings of this kind limit openness: the restrictive kinds, risk tiers and
   * proprietary terms (as opposed to grants, allowed conditions and cancelled look-alikes).
   *
   * @return true for the restrictive kinds, {@link #RISK_TIER} and {@link #PROPRIETARY_TERM}
   */
  public boolean limitsOpenness() {
    return restrictive || this == RISK_TIER || this == PROPRIETARY_TERM;
  }
}
