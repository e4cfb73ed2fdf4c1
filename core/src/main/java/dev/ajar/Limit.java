package dev.ajar;

import java.util.Locale;

/**
 * A limit on a granted right. Some limits withhold a freedom the Open Source Definition requires,
 * and a text whose modification or redistribution carries one is {@link LicenseClass#PROPRIETARY};
 * the others only narrow the fields, purposes or users ({@link #narrowsField()}), which makes a
 * text that otherwise grants every freedom {@link LicenseClass#USE_RESTRICTED}.
 *
 * @since 0.2
 */
public enum Limit {
  /** Only in binary, object-code or executable form. */
  BINARY_ONLY(false),
  /** Only unmodified or verbatim copies. */
  UNMODIFIED(false),
  /** Only inside the licensee's own organisation. */
  INTERNAL(false),
  /** Only to evaluate, test or demonstrate. */
  EVALUATION(false),
  /** Only for a period, a trial of some days, or until a date. */
  TIME_LIMITED(false),
  /** Only for the licensee's personal or private use. */
  PERSONAL(false),
  /** Only with, on or as part of a named product, device or platform. */
  WITH_PRODUCT(false),
  /** Only with the licensor's prior permission, case by case. */
  PERMISSION_REQUIRED(false),
  /**
   * Only as long as the licensor allows: the licensor may revoke the grant at will ("at any time
   * and for any reason"), not only for a breach.
   *
   * @since 0.2
   */
  REVOCABLE(false),
  /**
   * Only against a payment to the licensor: a fee or a royalty for the copies made or shared
   * ("provided that for each copy distributed you pay the Distribution Royalty").
   *
   * @since 0.2
   */
  PAYMENT(false),
  /** Only for non-commercial purposes. */
  NON_COMMERCIAL(true),
  /** Only for research, academic or educational purposes. */
  RESEARCH(true),
  /** Only for a named purpose or field ("only for weather forecasting"). */
  NAMED_PURPOSE(true),
  /** Only for named users or groups ("solely to members of the cooperative"). */
  NAMED_USERS(true),
  /** Only below a number of users, a revenue or a company size. */
  USER_THRESHOLD(true);

  private final boolean narrowsField;

  Limit(boolean narrowsField) {
    this.narrowsField = narrowsField;
  }

  /**
   * Whether this limit narrows fields, purposes or users (the text can still be {@link
   * LicenseClass#USE_RESTRICTED}) rather than withholding an OSD freedom.
   *
   * @return true for a field, purpose or user limit
   */
  public boolean narrowsField() {
    return narrowsField;
  }

  /**
   * The lower-case, hyphenated name used in reports and on the command line.
   *
   * @return the name, e.g. {@code binary-only}
   */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
