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
  HARM(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  MILITARY(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  SURVEILLANCE(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  DISCRIMINATION(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  MISINFORMATION(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  MEDICAL_ADVICE(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  LEGAL_ADVICE(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  LAW_ENFORCEMENT(
      Group.BEHAVIOURAL,
      NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR,
      NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS),
  MINORS(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  PERSONAL_DATA(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  ILLEGAL_ACTIVITY(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  GOOD_NOT_EVIL(Group.BEHAVIOURAL, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  HUMAN_RIGHTS(
      Group.BEHAVIOURAL,
      NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR,
      NO_DISCRIMINATION_AGAINST_PERSONS_OR_GROUPS),
  // Field-of-endeavour and user limits.
  NON_COMMERCIAL(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  NON_PRODUCTION(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  RESEARCH_ONLY(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  /** Use allowed only for a named purpose (education, benchmarking, conforming systems, ...). */
  FIELD_OF_USE(Group.FIELD, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
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
  RISK_TIER(Group.RISK, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
  REGISTRATION(Group.RISK, DISTRIBUTION_OF_LICENSE),
  IMPACT_REPORT(Group.RISK, DERIVED_WORKS),
  // Proprietary terms.
  ALL_RIGHTS_RESERVED(Group.PROPRIETARY, FREE_REDISTRIBUTION, DERIVED_WORKS),
  NO_REDISTRIBUTION(Group.PROPRIETARY, FREE_REDISTRIBUTION),
  NO_MODIFICATION(Group.PROPRIETARY, DERIVED_WORKS),
  /** Only verbatim copies may be shared (Creative Commons NoDerivatives and the like). */
  NO_DERIVATIVES(Group.PROPRIETARY, DERIVED_WORKS),
  NO_REVERSE_ENGINEERING(Group.PROPRIETARY, SOURCE_CODE, DERIVED_WORKS),
  LIMITED_USE(Group.PROPRIETARY, NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR, FREE_REDISTRIBUTION),
  REVOCABLE(Group.PROPRIETARY, DISTRIBUTION_OF_LICENSE),
  PAYMENT(Group.PROPRIETARY, FREE_REDISTRIBUTION),
  // Grants and allowed conditions: they break nothing.
  GRANT_USE(Group.GRANT),
  GRANT_MODIFY(Group.GRANT),
  GRANT_REDISTRIBUTE(Group.GRANT),
  NOTICE(Group.CONDITION),
  ATTRIBUTION(Group.CONDITION),
  COPYLEFT(Group.CONDITION),
  PATENT(Group.CONDITION),
  TRADEMARK(Group.CONDITION),
  DISCLAIMER(Group.CONDITION),
  NO_FURTHER_RESTRICTIONS(Group.CONDITION),
  NEUTRAL_MENTION(Group.CONDITION);

  /** Families of categories, in the order the decision consults them. */
  public enum Group {
    BEHAVIOURAL,
    FIELD,
    RISK,
    PROPRIETARY,
    GRANT,
    CONDITION
  }

  private final Group group;
  private final Set<OsdCriterion> breaks;

  Category(Group group, OsdCriterion... breaks) {
    this.group = group;
    // An enum set iterates in declaration order, so reports list criteria deterministically.
    this.breaks = Sets.immutableEnumSet(Arrays.asList(breaks));
  }

  /** The family this category belongs to. */
  public Group group() {
    return group;
  }

  /** Whether this is a use or field restriction, as reported by {@link Classification#restrictions()}. */
  public boolean isRestriction() {
    return group == Group.BEHAVIOURAL || group == Group.FIELD;
  }

  /** The OSD criteria a binding clause of this category breaks; empty for grants and conditions. */
  public Set<OsdCriterion> osdConflicts() {
    return breaks;
  }

  /** The lower-case, hyphenated name used in catalogs, reports and the command line. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
