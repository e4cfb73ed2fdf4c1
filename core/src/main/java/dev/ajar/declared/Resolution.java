package dev.ajar.declared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.ajar.DeclarationKind;
import dev.ajar.DeclaredLicense;
import dev.ajar.LicenseClass;
import dev.ajar.TextSpan;
import java.util.List;
import java.util.Optional;

/**
 * What a declared value resolves to; the span-free part of a {@link dev.ajar.DeclaredLicense}.
 *
 * @param expression the canonical expression, or the value as written when it is none
 * @param ids the known ids it names, in order of first appearance
 * @param unresolved what it names that Ajar does not know, in order of first appearance
 * @param licenseClass its class, if the known members decide it
 * @param reason one line: where the class comes from, or why there is none
 */
record Resolution(
    String expression,
    List<String> ids,
    List<String> unresolved,
    Optional<LicenseClass> licenseClass,
    String reason) {

  Resolution {
    requireNonNull(expression, "expression is null");
    checkArgument(!expression.isBlank(), "blank expression");
    ids = ImmutableList.copyOf(ids);
    unresolved = ImmutableList.copyOf(unresolved);
    requireNonNull(licenseClass, "licenseClass is null");
    requireNonNull(reason, "reason is null");
  }

  /** This resolution, declared at {@code span}. */
  DeclaredLicense declared(DeclarationKind kind, TextSpan span) {
    return new DeclaredLicense(kind, expression, ids, unresolved, licenseClass, reason, span);
  }

  /** A value that names nothing Ajar knows. */
  static Resolution unknown(String value, String reason) {
    return new Resolution(value, List.of(), List.of(value), Optional.empty(), reason);
  }
}
