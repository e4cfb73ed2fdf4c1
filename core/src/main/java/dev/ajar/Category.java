package dev.ajar;

import static dev.ajar.OsdCriterion.DERIVED_WORKS;
import static dev.ajar.OsdCriterion.DISTRIBUTION_OF_LICENSE;
import static dev.ajar.OsdCriterion.FREE_REDISTRIBUTION;
import static dev.ajar.OsdCriterion.LICENSE_NOT_SPECIFIC_TO_A_PRODUCT;
import static dev.ajar.OsdCriterion.LICENSE_TECHNOLOGY_NEUTRAL;
import static dev.ajar.OsdCriterion.NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR;
import static dev.ajar.OsdCriterion.NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS;
import static dev.ajar.OsdCriterion.SOURCE_CODE;

import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a located clause is about, with the Open Source Definition criteria a clause of this
 * category breaks when it is binding.
 *
 * <p>Restriction categories ({@link #isRestriction()}) are the ones reported by {@link
 * Classification#restrictions()}; the others describe grants, proprietary terms, tiers and allowed
 * conditions.
 *
 * @since 0.1
 */
public enum Category {
  // Behavioural-use restrictions (RAIL family): uses forbidden because of what they do.
  /** Use to harm, injure or kill people, or to cause other serious harm. */
  HARM(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Military uses: weapons, warfare, military applications. */
  MILITARY(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Surveillance or tracking of individuals, or mass surveillance. */
  SURVEILLANCE(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Discrimination against people or groups, or decisions that affect them unfairly. */
  DISCRIMINATION(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Generating or spreading disinformation, misinformation or deceptive content. */
  MISINFORMATION(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Medical advice or interpretation of medical results. */
  MEDICAL_ADVICE(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Legal advice, or automated decisions with legal effect. */
  LEGAL_ADVICE(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Law enforcement, predictive policing or immigration uses. */
  LAW_ENFORCEMENT(
      Group.BEHAVIOURAL,
      NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR,
      NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS),
  /** Exploiting, harming or sexualising minors. */
  MINORS(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Collecting or processing personal data without consent, or identifying individuals. */
  PERSONAL_DATA(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Use in violation of any law, or for unlawful purposes (beyond a plain export-control notice). */
  ILLEGAL_ACTIVITY(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** "Shall be used for Good, not Evil" (the JSON license) and similar moral conditions. */
  GOOD_NOT_EVIL(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Uses that violate human rights, or by people or organisations that do. */
  HUMAN_RIGHTS(
      Group.BEHAVIOURAL,
      NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR,
      NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS),
  // Field-of-endeavour and user limits.
  /** Commercial use forbidden or specially conditioned (Creative Commons NonCommercial and the like). */
  NON_COMMERCIAL(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Production use forbidden: development, testing or evaluation only. */
  NON_PRODUCTION(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Use allowed for research (or academic, scientific) purposes only. */
  RESEARCH_ONLY(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Use allowed only for a named purpose (education, benchmarking, conforming systems, ...). */
  FIELD_OF_USE(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** No use to build a product or service that competes with the licensor's. */
  COMPETING_USE(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** No use of the work or its outputs to train or improve other models. */
  MODEL_TRAINING(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Rights end above a user count or revenue threshold, or depend on company size. */
  USER_THRESHOLD(Group.FIELD, NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS),
  /** Rights granted only to a named group of users ("solely to members of the cooperative"). */
  USER_GROUP(Group.FIELD, NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS),
  /** Rights limited to a platform, product or technology. */
  PLATFORM(Group.FIELD, LICENSE_NOT_SPECIFIC_TO_A_PRODUCT, LICENSE_TECHNOLOGY_NEUTRAL),
  /** Offering the work as a hosted or managed service is forbidden or specially conditioned. */
  HOSTED_SERVICE(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Restrictions incorporated from a separate acceptable-use policy. */
  ACCEPTABLE_USE_POLICY(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Use restrictions that must be passed on to recipients and derivatives. */
  FLOW_DOWN(Group.FIELD, DISTRIBUTION_OF_LICENSE),
  /** Uses the licensor may forbid later, or other unspecified ethical limits. */
  OTHER_USE(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  // Risk tiers.
  /** Rights or duties that depend on the artifact's declared risk tier, or the tier named. */
  RISK_TIER(Group.RISK, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Registration, notification or approval required before use or distribution. */
  REGISTRATION(Group.RISK, DISTRIBUTION_OF_LICENSE),
  /** An impact or derivative report required for derivatives or deployments. */
  IMPACT_REPORT(Group.RISK, DERIVED_WORKS),
  // Proprietary terms.
  /** "All rights reserved": weak alone (BSD-style notices say it too), decisive with company. */
  ALL_RIGHTS_RESERVED(Group.PROPRIETARY, FREE_REDISTRIBUTION, DERIVED_WORKS),
  /** Redistribution, sublicensing, renting or lending forbidden; also a non-transferable grant. */
  NO_REDISTRIBUTION(Group.PROPRIETARY, FREE_REDISTRIBUTION),
  /** Modification or derivative works forbidden. */
  NO_MODIFICATION(Group.PROPRIETARY, DERIVED_WORKS),
  /** Only verbatim copies may be shared (Creative Commons NoDerivatives and the like). */
  NO_DERIVATIVES(Group.PROPRIETARY, DERIVED_WORKS),
  /** Reverse engineering, decompiling or disassembly forbidden. */
  NO_REVERSE_ENGINEERING(Group.PROPRIETARY, SOURCE_CODE, DERIVED_WORKS),
  /** Use limited to evaluation, personal, internal or a set number of installations. */
  LIMITED_USE(Group.PROPRIETARY, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR, FREE_REDISTRIBUTION),
  /** The licensor may revoke or terminate the rights at will. */
  REVOCABLE(Group.PROPRIETARY, DISTRIBUTION_OF_LICENSE),
  /** A fee or royalty is required for use or distribution. */
  PAYMENT(Group.PROPRIETARY, FREE_REDISTRIBUTION),
  // Grants and allowed conditions: they break nothing.
  /** A grant of the right to use (run, perform, display) the work. */
  GRANT_USE(Group.GRANT),
  /** A grant of the right to modify the work or make derivative works. */
  GRANT_MODIFY(Group.GRANT),
  /** A grant of the right to copy and redistribute the work. */
  GRANT_REDISTRIBUTE(Group.GRANT),
  /** Keep the copyright and license notices, or state the license terms; allowed by the OSD. */
  NOTICE(Group.CONDITION),
  /** Credit the authors; allowed by the OSD. */
  ATTRIBUTION(Group.CONDITION),
  /** Derivatives or distributions must carry the same license and offer source; allowed by the OSD. */
  COPYLEFT(Group.CONDITION),
  /** A patent grant, or its termination on patent litigation; allowed by the OSD. */
  PATENT(Group.CONDITION),
  /** Rules on names and marks (no endorsement, rename modified versions); allowed by OSD 4. */
  TRADEMARK(Group.CONDITION),
  /** A warranty disclaimer or limitation of liability; allowed by the OSD. */
  DISCLAIMER(Group.CONDITION),
  /** "You may not impose any further restrictions": protects recipients, restricts no use. */
  NO_FURTHER_RESTRICTIONS(Group.CONDITION),
  /** A look-alike of a restriction that restricts nothing ("commercial or non-commercial", "for any purpose"). */
  NEUTRAL_MENTION(Group.CONDITION);

  /**
   * The family a category belongs to. A grouping for reading and filtering findings, not an
   * order: the class is decided from the findings' {@link FindingKind}s, in the order {@link
   * LicenseClass} documents, never by walking these groups.
   */
  public enum Group {
    /** Uses forbidden because of what they do (the RAIL family's behavioural restrictions). */
    BEHAVIOURAL,
    /** Limits on the field of endeavour, the users, the platform or the purpose. */
    FIELD,
    /** Risk tiers and the duties tied to them. */
    RISK,
    /** Terms that withhold a freedom the OSD requires. */
    PROPRIETARY,
    /** Grants of rights. */
    GRANT,
    /** Conditions the OSD allows, and look-alikes that restrict nothing. */
    CONDITION
  }

  private final Group group;
  private final Set<OsdCriterion> breaks;

  Category(Group group, OsdCriterion... breaks) {
    this.group = group;
    // An enum set iterates in declaration order, so reports list criteria deterministically.
    this.breaks = Sets.immutableEnumSet(Arrays.asList(breaks));
  }

  /**
   * The family this category belongs to.
   *
   * @return the family; {@link Group#BEHAVIOURAL} and {@link Group#FIELD} are the restrictions
   */
  public Group group() {
    return group;
  }

  /**
   * Whether this is a use or field restriction, as reported by {@link
   * Classification#restrictions()}.
   *
   * @return true for the behavioural and field categories
   */
  public boolean isRestriction() {
    return group == Group.BEHAVIOURAL || group == Group.FIELD;
  }

  /**
   * The OSD criteria a binding clause of this category breaks.
   *
   * @return an immutable set in declaration order; empty for grants and conditions
   */
  public Set<OsdCriterion> osdConflicts() {
    return breaks;
  }

  /**
   * The lower-case, hyphenated name used in catalogs, reports and the command line.
   *
   * @return the enum name in lower case with {@code -} for {@code _}, e.g. {@code non-commercial}
   */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
