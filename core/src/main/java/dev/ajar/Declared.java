package dev.ajar;

import java.util.List;
import java.util.Optional;

/**
 * Joins what a text declares to what it states. The declarations are always reported; they decide
 * the class only when the text states no license terms of its own (a source file with an {@code
 * SPDX-License-Identifier} line, a model card's {@code license:} field, a pom's license element):
 * then the class is the most closed of the declared licenses' known classes, with {@link
 * Basis#DECLARATION}. Stated terms outrank a declaration, because a text that carries terms is
 * bound by them (a GPL text's "How to apply" appendix declares GPL; a card may declare MIT over
 * Llama terms, which the CLI reports as a mismatch).
 */
final class Declared {

  /** Confidence in a class taken from a resolved declaration: the text says so, in one line. */
  static final double DECLARED_CONFIDENCE = 0.8;

  private Declared() {}

  static Classification apply(Classification stated, List<DeclaredLicense> declared) {
    return apply(stated, declared, false);
  }

  /**
   * As {@link #apply(Classification, List)}; in {@code prose} (a text that talks about licenses),
   * a license named or linked in a sentence is a mention, not a declaration: only SPDX lines and
   * fields decide the class, and every declaration is still reported.
   */
  static Classification apply(Classification stated, List<DeclaredLicense> declared, boolean prose) {
    if (declared.isEmpty()) {
      return stated;
    }
    Optional<LicenseClass> declaredClass = mostClosed(declared.stream()
        .filter(d -> !prose || d.kind() != DeclarationKind.NAME && d.kind() != DeclarationKind.URL)
        .toList());
    boolean statesTerms = switch (stated.basis()) {
      case CLAUSES, KNOWN_TEXT, DECLARATION -> statesRights(stated);
      // Talk about terms states none: its findings are what other texts say.
      case DESCRIPTION, NONE -> false;
    };
    if (statesTerms || declaredClass.isEmpty()) {
      return with(stated, declared, stated.licenseClass(), stated.confidence(), stated.basis());
    }
    return with(stated, declared, declaredClass.get(), DECLARED_CONFIDENCE, Basis.DECLARATION);
  }

  /**
   * Whether the clauses decided on terms the text states: a right granted, limited or denied,
   * a restriction, a proprietary term or a tier, or a known text. A notice that only disclaims
   * warranty states no terms.
   */
  private static boolean statesRights(Classification c) {
    if (c.basis() == Basis.KNOWN_TEXT) {
      return true;
    }
    boolean anyRight =
        c.rights().entries().stream().anyMatch(e -> e.status() != RightStatus.UNSTATED);
    boolean limiting = c.findings().stream().anyMatch(f -> f.kind().limitsOpenness());
    return anyRight || limiting;
  }

  /** The most closed class among the resolved declarations (taxonomy order). */
  private static Optional<LicenseClass> mostClosed(List<DeclaredLicense> declared) {
    return declared.stream()
        .map(DeclaredLicense::licenseClass)
        .flatMap(Optional::stream)
        .min(Enum::compareTo);
  }

  private static Classification with(
      Classification c, List<DeclaredLicense> declared, LicenseClass cls, double confidence,
      Basis basis) {
    return new Classification(
        cls,
        confidence,
        c.findings(),
        cls == c.licenseClass() ? c.restrictions() : java.util.Set.of(),
        cls == c.licenseClass() ? c.riskTier() : Optional.empty(),
        cls == c.licenseClass() ? c.osdConflicts() : java.util.Set.of(),
        c.closestLicense(),
        c.rights(),
        declared,
        basis,
        // A declaration decides only where no license text does: the text contains none.
        basis == Basis.DECLARATION ? Optional.empty() : c.expression(),
        basis == Basis.DECLARATION ? List.of() : c.decidingFindings());
  }
}
