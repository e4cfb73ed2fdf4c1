package dev.ajar.cli;

import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pass/fail rule given by {@code --fail-on}, {@code --fail-on-restriction} and {@code
 * --fail-on-mismatch}: a file fails when its class is one of the listed classes, when it carries
 * one of the listed restrictions, or (with {@code --fail-on-mismatch}) when its class contradicts
 * what its model repository declares (see {@link Mismatch}). Immutable.
 */
final class Policy {
  private final Set<LicenseClass> failOn;
  private final Set<Category> failOnRestrictions;
  private final boolean failOnMismatch;

  /**
   * A policy failing on any of {@code failOn} classes or {@code failOnRestrictions} categories.
   *
   * @throws IllegalArgumentException if a category is not a restriction category
   */
  Policy(Collection<LicenseClass> failOn, Collection<Category> failOnRestrictions) {
    this(failOn, failOnRestrictions, false);
  }

  /**
   * A policy failing on any of {@code failOn} classes or {@code failOnRestrictions} categories,
   * and on any mismatch when {@code failOnMismatch} is set.
   *
   * @throws IllegalArgumentException if a category is not a restriction category
   */
  Policy(
      Collection<LicenseClass> failOn,
      Collection<Category> failOnRestrictions,
      boolean failOnMismatch) {
    this.failOnMismatch = failOnMismatch;
    this.failOn = failOn.isEmpty() ? EnumSet.noneOf(LicenseClass.class) : EnumSet.copyOf(failOn);
    this.failOnRestrictions =
        failOnRestrictions.isEmpty()
            ? EnumSet.noneOf(Category.class)
            : EnumSet.copyOf(failOnRestrictions);
    for (Category c : this.failOnRestrictions) {
      if (!c.isRestriction()) {
        throw new IllegalArgumentException(c.slug() + " is not a restriction category");
      }
    }
  }

  /**
   * Why {@code classification} breaks this policy, one phrase per reason ("class USE_RESTRICTED",
   * "restriction military"); empty when it passes.
   */
  List<String> violations(Classification classification) {
    List<String> reasons = new ArrayList<>();
    if (failOn.contains(classification.licenseClass())) {
      reasons.add("class " + classification.licenseClass());
    }
    for (Category c : classification.restrictions()) {
      if (failOnRestrictions.contains(c)) {
        reasons.add("restriction " + c.slug());
      }
    }
    return reasons;
  }

  /**
   * Why {@code classification}, which contradicts its repository's declarations by {@code
   * mismatches}, breaks this policy: the reasons of {@link #violations(Classification)}, then one
   * per mismatch ("mismatch with models/m/README.md") under {@code --fail-on-mismatch}.
   */
  List<String> violations(Classification classification, List<Mismatch> mismatches) {
    List<String> reasons = violations(classification);
    if (failOnMismatch) {
      mismatches.forEach(m -> reasons.add(m.violation()));
    }
    return reasons;
  }

  /**
   * The restriction category named by {@code name}: its slug ({@code non-commercial}), its enum
   * name ({@code NON_COMMERCIAL}) or either without separators ({@code noncommercial}), in any
   * case.
   *
   * @throws IllegalArgumentException naming the valid slugs, if no restriction category matches
   */
  static Category restriction(String name) {
    String key = squash(name);
    for (Category c : Category.values()) {
      if (c.isRestriction() && squash(c.slug()).equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown restriction '" + name + "'; expected one of: " + restrictionSlugs());
  }

  /** The slugs of every restriction category, comma-separated, in declaration order. */
  static String restrictionSlugs() {
    return Arrays.stream(Category.values())
        .filter(Category::isRestriction)
        .map(Category::slug)
        .collect(Collectors.joining(", "));
  }

  private static String squash(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }
}
