package dev.ajar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What decided a class, and so which findings explain it ({@link #deciding}): the branch of the
 * decision that was taken, from the strongest evidence of the class to a fallback on thin
 * evidence.
 */
enum Ground {
  /** Risk-tier evidence reached its threshold. */
  TIER(LicenseClass.RISK_TIERED),
  /** Proprietary wording outweighed whatever the rights table grants. */
  PROPRIETARY_WORDING(LicenseClass.PROPRIETARY),
  /** The rights table withholds modification or redistribution (or use). */
  WITHHELD(LicenseClass.PROPRIETARY),
  /** The rights table grants both freedoms, but a right only within a field, purpose or users. */
  FIELD_LIMITED(LicenseClass.USE_RESTRICTED),
  /** Restriction evidence reached its threshold (or is all there is). */
  RESTRICTIONS(LicenseClass.USE_RESTRICTED),
  /** Some right is stated, but neither freedom, or weak proprietary wording is all there is. */
  PARTIAL_GRANT(LicenseClass.PROPRIETARY),
  /** The rights table grants both freedoms to everyone, and no restriction outweighs it. */
  OPEN(LicenseClass.OSD_COMPATIBLE),
  /** License terms (grants, allowed conditions) that state neither freedom in known words. */
  UNSTATED_LICENSE(Decider.UNSTATED_LICENSE),
  /** No license terms. */
  NONE(LicenseClass.NOT_A_LICENSE);

  /** Weight order: higher score first, then text order. */
  private static final Comparator<Finding> BY_WEIGHT =
      Comparator.comparing(Finding::score, Comparator.reverseOrder())
          .thenComparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::patternId);

  private final LicenseClass licenseClass;

  Ground(LicenseClass licenseClass) {
    this.licenseClass = licenseClass;
  }

  LicenseClass licenseClass() {
    return licenseClass;
  }

  /**
   * The ground that stands for a class taken from elsewhere (a known text's class): the findings
   * of that class's own kind explain it.
   */
  static Ground of(LicenseClass c) {
    return switch (c) {
      case RISK_TIERED -> TIER;
      case PROPRIETARY -> PROPRIETARY_WORDING;
      case USE_RESTRICTED -> RESTRICTIONS;
      case OSD_COMPATIBLE -> OPEN;
      case NOT_A_LICENSE -> NONE;
    };
  }

  /**
   * The findings that decided a class on this ground, most weighty first (see {@link
   * Classification#decidingFindings()}): first the evidence this ground weighed, then the binding
   * restrictive findings of a closed class that are not already listed.
   *
   * @param weighed the findings the decision weighed (all of the text's, or those in the
   *     sentences a known text adds)
   * @param all every finding of the text
   * @param restrictionsBind whether the class binds restrictions (any class but OSD_COMPATIBLE and
   *     NOT_A_LICENSE)
   */
  List<Finding> deciding(List<Finding> weighed, List<Finding> all, boolean restrictionsBind) {
    Set<Finding> out = new LinkedHashSet<>();
    switch (this) {
      case TIER -> out.addAll(weighted(weighed, f -> f.kind() == FindingKind.RISK_TIER));
      case PROPRIETARY_WORDING -> out.addAll(weighted(weighed, Ground::proprietary));
      case WITHHELD -> {
        out.addAll(weighted(weighed, Ground::withholds));
        if (out.isEmpty()) {
          // Granted for one freedom and never stated for the other: the grant stated alone.
          out.addAll(entriesFirst(weighed, Ground::freedomGrant));
        }
        out.addAll(entriesFirst(weighed, Ground::proprietary));
      }
      case FIELD_LIMITED -> out.addAll(entriesFirst(weighed, f -> f.kind().isRestrictive()));
      case RESTRICTIONS -> out.addAll(weighted(weighed, f -> f.kind().isRestrictive()));
      case PARTIAL_GRANT -> {
        out.addAll(weighted(weighed, Ground::proprietary));
        out.addAll(weighted(weighed, Ground::entry));
      }
      case OPEN -> out.addAll(entriesFirst(weighed, f -> f.kind() == FindingKind.GRANT));
      case UNSTATED_LICENSE -> out.addAll(weighted(weighed,
          f -> f.kind() == FindingKind.GRANT || f.kind() == FindingKind.OSD_CONDITION));
      case NONE -> {}
    }
    if (restrictionsBind) {
      out.addAll(weighted(all, f -> f.kind().isRestrictive()));
    }
    return List.copyOf(out);
  }

  private static boolean proprietary(Finding f) {
    return f.kind() == FindingKind.PROPRIETARY_TERM;
  }

  /**
   * An entry that withholds a freedom ({@link Freedom#WITHHELD}): modification or redistribution
   * denied or held to a withholding limit, or use denied.
   */
  private static boolean withholds(Finding f) {
    String id = f.patternId();
    return proprietary(f) && entry(f)
        && (id.endsWith("-modify") || id.endsWith("-redistribute") || id.equals("read.denied-use"));
  }

  private static boolean freedomGrant(Finding f) {
    return f.kind() == FindingKind.GRANT
        && (f.category() == Category.GRANT_MODIFY || f.category() == Category.GRANT_REDISTRIBUTE);
  }

  /** A rights-table entry's sentence: a grant, denial or limit read from structure. */
  private static boolean entry(Finding f) {
    return f.patternId().startsWith("read.grant-") || f.patternId().startsWith("read.denied-")
        || f.patternId().startsWith("read.limit-");
  }

  private static List<Finding> weighted(List<Finding> findings, Predicate<Finding> keep) {
    return findings.stream().filter(keep).sorted(BY_WEIGHT).toList();
  }

  /**
   * Where the rights table decided: its entries' findings first (they decide outright), then
   * the other findings of the kind by weight.
   */
  private static List<Finding> entriesFirst(List<Finding> findings, Predicate<Finding> keep) {
    List<Finding> out = new ArrayList<>(weighted(findings, keep.and(Ground::entry)));
    out.addAll(weighted(findings, keep.and(f -> !entry(f))));
    return out;
  }
}
