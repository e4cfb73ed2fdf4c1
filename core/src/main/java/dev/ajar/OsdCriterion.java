package dev.ajar;

/**
 * The ten criteria of the Open Source Definition (version 1.9), in their published order.
 *
 * @since 0.1
 */
public enum OsdCriterion {
  /** 1: the license may not restrict selling or giving away the software, nor require a fee. */
  FREE_REDISTRIBUTION(1, "Free Redistribution"),
  /** 2: source code must be included or freely obtainable. */
  SOURCE_CODE(2, "Source Code"),
  /** 3: modifications and derived works must be allowed and distributable under the same terms. */
  DERIVED_WORKS(3, "Derived Works"),
  /** 4: the license may require derived works to carry a different name or version. */
  INTEGRITY_OF_AUTHORS_SOURCE(4, "Integrity of The Author's Source Code"),
  /** 5: no discrimination against any person or group of persons. */
  NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS(5, "No Discrimination Against Persons or Groups"),
  /** 6: no restriction on use in a specific field of endeavor. */
  NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR(6, "No Discrimination Against Fields of Endeavor"),
  /** 7: rights apply to all recipients without an additional license. */
  DISTRIBUTION_OF_LICENSE(7, "Distribution of License"),
  /** 8: rights must not depend on the program being part of a particular distribution. */
  LICENSE_NOT_SPECIFIC_TO_A_PRODUCT(8, "License Must Not Be Specific to a Product"),
  /** 9: the license must not place restrictions on other software distributed with it. */
  LICENSE_NOT_RESTRICT_OTHER_SOFTWARE(9, "License Must Not Restrict Other Software"),
  /** 10: no provision may be predicated on an individual technology or style of interface. */
  LICENSE_TECHNOLOGY_NEUTRAL(10, "License Must Be Technology-Neutral");

  private final int number;
  private final String title;

  OsdCriterion(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * The criterion's number in the definition.
   *
   * @return 1 to 10
   */
  public int number() {
    return number;
  }

  /**
   * The criterion's title as published.
   *
   * @return e.g. {@code "Free Redistribution"}
   */
  public String title() {
    return title;
  }
}
