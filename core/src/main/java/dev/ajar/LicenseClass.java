package dev.ajar;

/**
 * The kind of openness a license text grants, decided in the order the constants are declared.
 *
 * <p>The first four constants are the taxonomy; {@link #NOT_A_LICENSE} is the documented outcome
 * for text that states no license terms at all (a README, source code, an article about licenses,
 * blank input), so that such text never comes back as a confident {@link #OSD_COMPATIBLE}.
 *
 * @since 0.1
 */
public enum LicenseClass {
  /**
   * Rights or duties depend on a declared risk tier of the licensed artifact (AI2 ImpACT style):
   * tier-specific use or distribution rules, registration or approval, derivative impact reports.
   */
  RISK_TIERED,
  /**
   * No general grant to both redistribute and modify: all rights reserved, end-user terms,
   * evaluation, personal or internal use only, no redistribution, no derivatives, payment.
   */
  PROPRIETARY,
  /**
   * Grants use, modification and redistribution but forbids or conditions particular uses, fields
   * or users (RAIL style): behavioural-use clauses, non-commercial or research-only limits,
   * user thresholds, an acceptable-use policy by reference, flow-down of such terms.
   */
  USE_RESTRICTED,
  /**
   * Conditions stay within what the Open Source Definition allows: notices, attribution, copyleft,
   * patent termination, trademark and naming rules. An informal notice that lets anyone modify the
   * work, never speaks of sharing it and forbids nothing ("free to use/modify this code but leave
   * this header intact") counts as open too, with a confidence of 0.45 at most.
   */
  OSD_COMPATIBLE,
  /**
   * The text grants nothing and restricts nothing that the clause catalog recognises: it is not a
   * license (or not one in a language the catalog covers). Blank input always gets this class.
   */
  NOT_A_LICENSE;

  /**
   * Whether this is one of the four license classes, as opposed to {@link #NOT_A_LICENSE}.
   *
   * @return false only for {@link #NOT_A_LICENSE}
   */
  public boolean isLicense() {
    return this != NOT_A_LICENSE;
  }
}
