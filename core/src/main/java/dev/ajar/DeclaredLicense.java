package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A license a text declares by identifier, name, URL or metadata field, resolved to ids and a
 * class where Ajar knows them.
 *
 * <p>A declaration is what the text says it is licensed under, not what its terms say: "{@code
 * SPDX-License-Identifier: MIT}" declares MIT whatever follows. The class of a known SPDX id is
 * Ajar's gold label of its text; that of an expression follows from its members: {@code AND} takes
 * the most closed (PROPRIETARY, then RISK_TIERED, then USE_RESTRICTED, then OSD_COMPATIBLE), {@code
 * OR} the most open (the user may choose), {@code WITH} an exception the license's own class (an
 * exception only adds permissions). A member Ajar does not know leaves the class empty unless the
 * known members already decide it. A URL the SPDX list gives for several licenses (GNU's page for
 * both {@code GPL-3.0-only} and {@code GPL-3.0-or-later}) names all of them, joined by {@code OR},
 * and has a class only if they share it.
 *
 * <p>Immutable and null-free. {@code span} quotes the declaration exactly as written in the string
 * searched; its offsets are UTF-16 indexes into that string.
 *
 * @param kind where the declaration was found
 * @param expression the declared license as a canonical SPDX expression (ids as the SPDX list
 *     spells them, upper-case operators, deprecated and informal ids replaced by current ones);
 *     when the text is no valid expression, the declared value as written
 * @param ids the known ids the expression names, SPDX ids or Ajar's {@code LicenseRef-} ids for
 *     licenses outside the SPDX list (model licenses), in order of first appearance
 * @param unresolved the ids, exceptions or values the expression names that Ajar does not know, in
 *     order of first appearance; empty when everything resolved
 * @param licenseClass the declared license's class, if the known members decide it; never {@link
 *     LicenseClass#NOT_A_LICENSE}
 * @param reason one line saying where the class comes from, or why there is none
 * @param span where the declaration stands and its text
 * @since 0.1
 */
public record DeclaredLicense(
    DeclarationKind kind,
    String expression,
    List<String> ids,
    List<String> unresolved,
    Optional<LicenseClass> licenseClass,
    String reason,
    TextSpan span) {

  /**
   * Checks and copies the components.
   *
   * @param kind how the declaration was written
   * @param expression the declared expression, as written or canonicalised
   * @param ids the known ids it names
   * @param unresolved the parts Ajar does not know
   * @param licenseClass the class of what it declares, if known
   * @param reason why that class, in one line
   * @param span where it stands in the text
   * @throws NullPointerException if any component or element is null
   * @throws IllegalArgumentException if the expression or reason is blank, or the class is {@link
   *     LicenseClass#NOT_A_LICENSE}
   */
  public DeclaredLicense {
    requireNonNull(kind, "kind is null");
    requireNonNull(expression, "expression is null");
    checkArgument(!expression.isBlank(), "expression is blank");
    ids = ImmutableList.copyOf(ids);
    unresolved = ImmutableList.copyOf(unresolved);
    requireNonNull(licenseClass, "licenseClass is null");
    checkArgument(
        licenseClass.map(LicenseClass::isLicense).orElse(true),
        "%s is not a license class",
        licenseClass);
    requireNonNull(reason, "reason is null");
    checkArgument(!reason.isBlank(), "reason is blank");
    requireNonNull(span, "span is null");
  }

  /**
   * Index of the declaration's first character.
   *
   * @return {@code span().start()}
   */
  public int start() {
    return span.start();
  }

  /**
   * Index after its last character.
   *
   * @return {@code span().end()}
   */
  public int end() {
    return span.end();
  }

  /**
   * The declaration as written.
   *
   * @return {@code span().text()}
   */
  public String excerpt() {
    return span.text();
  }

  /**
   * Whether the expression names at least one id and Ajar knows everything it names.
   *
   * @return true when resolved
   */
  public boolean isResolved() {
    return unresolved.isEmpty() && !ids.isEmpty();
  }
}
