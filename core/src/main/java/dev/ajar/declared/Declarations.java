package dev.ajar.declared;

import static java.util.Objects.requireNonNull;

import dev.ajar.DeclarationKind;
import dev.ajar.DeclaredLicense;
import dev.ajar.TextSpan;
import java.util.List;
import java.util.Optional;

/**
 * Finds the licenses a text declares, and resolves declared values, for the engine and the CLI.
 *
 * <p>A declaration is where a text says what it is licensed under: an {@code
 * SPDX-License-Identifier:} line, a manifest's or model card's license field, a license name
 * after "Licensed under", a known license URL (see {@link DeclarationKind}). Each is resolved
 * with the SPDX License List (Ajar's gold labels give the classes), reviewed tables of informal
 * and deprecated ids and of model-hub ids, and the rules of SPDX expressions (see {@link
 * DeclaredLicense}).
 *
 * <p>Guarantees: stateless and thread-safe (the tables load once, on first use, and are
 * immutable); deterministic; time linear in the text's length (each finder reads a bounded window
 * around fixed anchors); never throws on any string but {@code null}.
 */
public final class Declarations {

  private Declarations() {}

  /**
   * The declarations in {@code text}, ordered by offset; none overlap (of two that would, the
   * more explicit is kept: an SPDX line, a hub id, a field, a name, a URL). At most {@value
   * Scan#MAX_DECLARATIONS}, the first by offset.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalStateException if the bundled tables cannot be read (a broken build)
   */
  public static List<DeclaredLicense> find(String text) {
    requireNonNull(text, "text");
    return new Scan(text, resolver()).run();
  }

  /**
   * Loads the tables declarations are resolved with, if they are not loaded yet: what the first
   * {@link #find} or {@link #resolve} would do first. The engine calls it while it loads, on a
   * thread that would otherwise wait, so that a process's first text does not pay for it.
   *
   * @throws IllegalStateException if the bundled tables cannot be read (a broken build)
   */
  public static void load() {
    resolver();
  }

  /**
   * Resolves one declared value, such as a model card's {@code license}, {@code license_name} or
   * {@code license_link} field: a model-hub id ({@link DeclarationKind#HUB_ID}), a URL ({@link
   * DeclarationKind#URL}), or an SPDX expression or license name ({@link
   * DeclarationKind#FIELD}). A value Ajar cannot read is still returned, unresolved, with the
   * reason (a bad expression's reason names the error and its index). The span is that of the
   * value without surrounding blanks, in {@code value}.
   *
   * @return the resolution, or empty if {@code value} is blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalStateException if the bundled tables cannot be read (a broken build)
   */
  public static Optional<DeclaredLicense> resolve(String value) {
    requireNonNull(value, "value");
    int a = 0;
    int b = value.length();
    while (a < b && Character.isWhitespace(value.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(value.charAt(b - 1))) {
      b--;
    }
    if (a == b) {
      return Optional.empty();
    }
    String v = value.substring(a, b);
    Resolver r = resolver();
    DeclarationKind kind;
    Resolution res;
    Optional<KnownLicenses.HubLicense> hub = r.hubRow(v);
    if (hub.isPresent()) {
      kind = DeclarationKind.HUB_ID;
      res = r.hub(hub.get());
    } else if (Resolver.looksLikeUrl(v)) {
      kind = DeclarationKind.URL;
      res = r.url(v).orElseGet(() -> Resolution.unknown(v, "not a license URL Ajar knows"));
    } else {
      kind = DeclarationKind.FIELD;
      res = r.value(v).orElseGet(() -> Resolution.unknown(v,
          "not an SPDX expression, license name, URL or model-hub id Ajar knows: "
              + ExpressionParser.parse(v).error()));
    }
    return Optional.of(res.declared(kind, new TextSpan(a, b, v)));
  }

  private static Resolver resolver() {
    return Holder.RESOLVER;
  }

  private static final class Holder {
    static final Resolver RESOLVER = new Resolver(KnownLicenses.bundled());
  }
}
