package dev.ajar.declared;

import dev.ajar.LicenseClass;
import dev.ajar.declared.KnownLicenses.HubLicense;
import dev.ajar.declared.KnownLicenses.Name;
import dev.ajar.declared.KnownLicenses.OwnRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves declared values (expressions, names, URLs, hub ids) to canonical expressions, known
 * ids and classes with {@link KnownLicenses}.
 *
 * <p>An expression is first rewritten: ids take the list's spelling; deprecated and informal ids
 * become what {@code aliases.tsv} says they mean ({@code GPL-2.0+} is {@code GPL-2.0-or-later});
 * {@code X+} becomes {@code X-or-later} where the list has that id, and otherwise keeps the {@code
 * +} with the class of {@code X}. Then its class follows from its members, ranked from most closed
 * to most open PROPRIETARY, RISK_TIERED, USE_RESTRICTED, OSD_COMPATIBLE: {@code AND} takes the
 * most closed, {@code OR} the most open (the user may choose), {@code WITH} the license's. An
 * unknown member leaves the class empty, unless the known members decide it anyway (a PROPRIETARY
 * member of an {@code AND}, an OSD_COMPATIBLE member of an {@code OR}).
 *
 * <p>Immutable and thread-safe; never throws on any value.
 */
final class Resolver {

  /** From most closed to most open: the order AND and OR rank members in. */
  private static final List<LicenseClass> CLOSED_FIRST = List.of(
      LicenseClass.PROPRIETARY,
      LicenseClass.RISK_TIERED,
      LicenseClass.USE_RESTRICTED,
      LicenseClass.OSD_COMPATIBLE);

  private final KnownLicenses known;

  Resolver(KnownLicenses known) {
    this.known = known;
  }

  /** Resolves a parsed expression. */
  Resolution expression(Expression e) {
    Facts facts = new Facts();
    Expression rewritten = rewrite(e, facts);
    Set<String> ids = new LinkedHashSet<>();
    collectIds(rewritten, ids);
    Optional<LicenseClass> c = classOf(rewritten);
    List<String> parts = new ArrayList<>();
    String rule = reason(rewritten, c);
    if (!rule.isEmpty()) {
      parts.add(rule);
    }
    if (!facts.unresolved.isEmpty()) {
      parts.add("unknown to Ajar: " + String.join(", ", facts.unresolved));
    }
    parts.addAll(facts.notes);
    String reason = parts.isEmpty() ? "no class" : String.join("; ", parts);
    return new Resolution(rewritten.canonical(), new ArrayList<>(ids),
        new ArrayList<>(facts.unresolved), c, reason);
  }

  /**
   * Resolves the value of a {@code SPDX-License-Identifier:} line: an expression, or a
   * resolution that quotes the parse error.
   */
  Resolution spdxValue(String value) {
    ParseResult p = ExpressionParser.parse(value);
    if (p.expression().isPresent()) {
      return expression(p.expression().get());
    }
    return Resolution.unknown(value.isBlank() ? "(empty)" : value,
        "not a valid SPDX license expression: " + p.error());
  }

  /** Resolves a model-hub id's row. */
  Resolution hub(HubLicense row) {
    if (row.expression().isEmpty()) {
      return new Resolution(row.id(), List.of(), List.of(), Optional.empty(), row.reason());
    }
    Resolution r = expression(row.expression().get());
    return new Resolution(r.expression(), r.ids(), r.unresolved(), r.licenseClass(),
        row.id() + ": " + row.reason());
  }

  /** Resolves a known license URL, or nothing if Ajar does not know it. */
  Optional<Resolution> url(String url) {
    List<String> ids = known.url(UrlKey.of(url));
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    if (ids.size() == 1) {
      Resolution r = expression(new Expression.License(ids.get(0), false));
      return Optional.of(new Resolution(r.expression(), r.ids(), r.unresolved(), r.licenseClass(),
          "the SPDX list's URL for " + r.reason()));
    }
    // The list gives this URL for several licenses (an "only" and an "or later", a family page):
    // the URL cannot tell them apart, so the class is theirs only if they share it.
    Set<LicenseClass> classes = new LinkedHashSet<>();
    ids.forEach(id -> classes.add(known.classOf(id).orElseThrow()));
    Optional<LicenseClass> c = classes.size() == 1 ? Optional.of(classes.iterator().next()) : Optional.empty();
    return Optional.of(new Resolution(String.join(" OR ", ids), ids, List.of(), c,
        "the SPDX list gives this URL for " + String.join(", ", ids)
            + (c.isPresent() ? ", all labelled " + c.get() : ", labelled differently, so no class")));
  }

  /**
   * Resolves the value of a license field, leniently: a URL; an SPDX expression (with Cargo's old
   * {@code MIT/Apache-2.0} read as {@code OR}) whose every member is known; a license name that
   * is the whole value, or all of it up to a bracket or semicolon ("MIT License (see LICENSE)");
   * or an expression with unknown members. Nothing for prose ("switched from GPL to MIT") or blank.
   */
  Optional<Resolution> value(String raw) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (looksLikeUrl(v)) {
      return Optional.of(url(v).orElseGet(() -> Resolution.unknown(v, "not a license URL Ajar knows")));
    }
    ParseResult p = ExpressionParser.parse(slashesAsOr(v));
    Optional<Resolution> parsed = p.expression().map(this::expression);
    if (parsed.isPresent() && parsed.get().unresolved().isEmpty()) {
      return parsed;
    }
    Name whole = known.name(NameKey.of(v));
    if (whole != null) {
      return Optional.of(name(whole, v));
    }
    NameKey.Words words = NameKey.words(v, 0, v.length());
    Optional<NameKey.Match<Name>> m = longestName(words, 0);
    if (m.isPresent() && words.get(m.get().words()) == null) {
      return Optional.of(name(m.get().value(), v.substring(0, m.get().end())));
    }
    return parsed;
  }

  /** Whether {@code v} starts like a web address. */
  static boolean looksLikeUrl(String v) {
    String lower = v.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ftp://")
        || lower.startsWith("www.");
  }

  /** {@code MIT/Apache-2.0} as {@code MIT OR Apache-2.0}; anything else unchanged. */
  private static String slashesAsOr(String v) {
    if (v.indexOf('/') < 0 || v.chars().anyMatch(Character::isWhitespace)) {
      return v;
    }
    String[] parts = v.split("/", -1);
    for (String part : parts) {
      if (part.isEmpty()) {
        return v;
      }
    }
    return String.join(" OR ", parts);
  }

  /** The longest known name starting at word {@code first}. */
  Optional<NameKey.Match<Name>> longestName(NameKey.Words words, int first) {
    return NameKey.longestPrefix(words, first, known::name, known::isNamePrefix);
  }

  /** Resolves a looked-up name. */
  Resolution name(Name name, String written) {
    if (name.expression().isEmpty()) {
      return Resolution.unknown(written, written + ": " + name.source());
    }
    Resolution r = expression(name.expression().get());
    return new Resolution(r.expression(), r.ids(), r.unresolved(), r.licenseClass(),
        r.reason() + "; \"" + written + "\" read as " + r.expression() + " (" + name.source() + ")");
  }

  /** The versioned GNU id a notice gives after a family's name at {@code nameEnd}, if any. */
  Optional<GnuNotice.Version> gnuVersion(String text, int nameEnd, Expression family) {
    return GnuNotice.after(text, nameEnd, family, known);
  }

  /** The hub row of {@code id}, in any case. */
  Optional<HubLicense> hubRow(String id) {
    return known.hub(id);
  }

  private Expression rewrite(Expression e, Facts facts) {
    if (e instanceof Expression.License) {
      return license((Expression.License) e, facts);
    }
    if (e instanceof Expression.Ref) {
      Expression.Ref r = (Expression.Ref) e;
      Optional<OwnRef> own = r.document().isEmpty() ? known.ownRef(r.ref()) : Optional.empty();
      if (own.isPresent()) {
        return new Expression.Ref(Optional.empty(), own.get().ref());
      }
      facts.unresolved.add(r.canonical());
      return r;
    }
    if (e instanceof Expression.With) {
      Expression.With w = (Expression.With) e;
      Expression license = rewrite(w.license(), facts);
      Optional<String> exception = known.exception(w.exception());
      if (exception.isEmpty()) {
        facts.unresolved.add(w.exception());
      }
      String exc = exception.orElse(w.exception());
      // An alias may stand for a compound license (a deprecated "GPL-2.0-with-...-exception"):
      // then the extra exception cannot attach to it and is only reported.
      if (license instanceof Expression.License || license instanceof Expression.Ref) {
        return new Expression.With(license, exc);
      }
      facts.notes.add("the exception " + exc + " follows a compound license and is ignored");
      return license;
    }
    List<Expression> operands = new ArrayList<>();
    for (Expression op : operands(e)) {
      operands.add(rewrite(op, facts));
    }
    return Expression.combine(((Expression.Compound) e).operator(), operands);
  }

  private Expression license(Expression.License l, Facts facts) {
    Optional<String> id = known.licenseId(l.id());
    if (id.isEmpty()) {
      String written = l.canonical();
      Name alias = l.orLater() ? known.name(NameKey.of(written)) : null;
      if (alias == null) {
        alias = known.name(NameKey.of(l.id()));
      } else {
        l = new Expression.License(l.id(), false);
      }
      if (alias == null || alias.expression().isEmpty()) {
        facts.unresolved.add(written);
        if (alias != null) {
          facts.notes.add(written + ": " + alias.source());
        }
        return l;
      }
      Expression meant = alias.expression().get();
      facts.notes.add(written + " read as " + meant.canonical() + " (" + alias.source() + ")");
      Expression resolved = rewrite(meant, facts);
      return l.orLater() ? orLater(resolved, facts) : resolved;
    }
    Expression resolved = new Expression.License(id.get(), false);
    return l.orLater() ? orLater(resolved, facts) : resolved;
  }

  /** {@code e+}: the "-or-later" id where the list has one, else {@code e} with a {@code +}. */
  private Expression orLater(Expression e, Facts facts) {
    if (!(e instanceof Expression.License)) {
      facts.notes.add("'+' after " + e.canonical() + " is ignored");
      return e;
    }
    String id = ((Expression.License) e).id();
    String base = id.endsWith("-only") ? id.substring(0, id.length() - "-only".length()) : id;
    Optional<String> later = known.licenseId(base + "-or-later");
    if (later.isPresent()) {
      return new Expression.License(later.get(), false);
    }
    facts.notes.add(id + "+ takes the class of " + id);
    return new Expression.License(id, true);
  }

  /** Adds the known ids of {@code e}'s leaves to {@code ids}, in order. */
  private void collectIds(Expression e, Set<String> ids) {
    if (e instanceof Expression.License) {
      known.licenseId(((Expression.License) e).id()).ifPresent(ids::add);
    } else if (e instanceof Expression.Ref) {
      Expression.Ref r = (Expression.Ref) e;
      if (r.document().isEmpty()) {
        known.ownRef(r.ref()).ifPresent(own -> ids.add(own.ref()));
      }
    } else if (e instanceof Expression.With) {
      collectIds(((Expression.With) e).license(), ids);
    } else {
      operands(e).forEach(op -> collectIds(op, ids));
    }
  }

  private static List<Expression> operands(Expression compound) {
    return ((Expression.Compound) compound).operands();
  }

  private Optional<LicenseClass> classOf(Expression e) {
    if (e instanceof Expression.License) {
      Expression.License l = (Expression.License) e;
      return known.licenseId(l.id()).flatMap(known::classOf);
    }
    if (e instanceof Expression.Ref) {
      Expression.Ref r = (Expression.Ref) e;
      return r.document().isEmpty() ? known.ownRef(r.ref()).flatMap(OwnRef::licenseClass) : Optional.empty();
    }
    if (e instanceof Expression.With) {
      return classOf(((Expression.With) e).license());
    }
    boolean and = Expression.is(e, Expression.Operator.AND);
    // The member that decides whatever the others are: the most closed class for AND, the most
    // open for OR.
    LicenseClass absorbing = and ? CLOSED_FIRST.get(0) : CLOSED_FIRST.get(CLOSED_FIRST.size() - 1);
    Optional<LicenseClass> result = Optional.empty();
    boolean unknown = false;
    for (Expression op : operands(e)) {
      Optional<LicenseClass> c = classOf(op);
      if (c.isEmpty()) {
        unknown = true;
      } else if (c.get() == absorbing) {
        return c;
      } else if (result.isEmpty() || (and ? rank(c.get()) < rank(result.get()) : rank(c.get()) > rank(result.get()))) {
        result = c;
      }
    }
    return unknown ? Optional.empty() : result;
  }

  private static int rank(LicenseClass c) {
    return CLOSED_FIRST.indexOf(c);
  }

  private String reason(Expression e, Optional<LicenseClass> c) {
    if (e instanceof Expression.License) {
      Expression.License l = (Expression.License) e;
      return c.isPresent() ? l.id() + ": Ajar's label of the SPDX text" : "";
    }
    if (e instanceof Expression.Ref) {
      Optional<OwnRef> own = ((Expression.Ref) e).document().isEmpty()
          ? known.ownRef(((Expression.Ref) e).ref()) : Optional.empty();
      return own.map(r -> r.ref() + ": " + r.reason()).orElse("");
    }
    if (e instanceof Expression.With) {
      Expression.With w = (Expression.With) e;
      String license = reason(w.license(), c);
      return license.isEmpty() ? "" : "an exception only adds permissions, so the class of " + license;
    }
    boolean and = Expression.is(e, Expression.Operator.AND);
    String rule = and
        ? "AND: every member applies, so the most closed decides"
        : "OR: the user may choose, so the most open decides";
    if (c.isEmpty()) {
      return rule + "; the known members do not decide";
    }
    for (Expression op : operands(e)) {
      if (classOf(op).equals(c)) {
        return rule + " (" + op.canonical() + " is " + c.get() + ")";
      }
    }
    return rule;
  }

  /** What a rewrite learns on the way. */
  private static final class Facts {
    final Set<String> unresolved = new LinkedHashSet<>();
    final Set<String> notes = new LinkedHashSet<>();
  }
}
