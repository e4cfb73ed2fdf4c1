package dev.ajar.declared;

import dev.ajar.DeclarationKind;
import dev.ajar.text.IgnoreCase;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * License keys of manifests and metadata, outside a model card's front matter:
 *
 * <ul>
 *   <li>{@code License: BSD-3-Clause} and {@code License-Expression: MIT} headers (Debian
 *       copyright, RPM spec, Python metadata, {@code Bundle-License} in a jar manifest, a
 *       {@code # License: MIT} comment): the key owns its line, after blanks, a comment marker or
 *       a list dash; the value is the rest of the line;
 *   <li>{@code "license": "MIT"} (package.json, composer.json) and YAML {@code license: "MIT"}: a
 *       quoted key after a brace, comma or the line start, a quoted value or a list of them;
 *   <li>{@code license = "MIT OR Apache-2.0"} (Cargo, pyproject, setup.py's {@code
 *       license="MIT"}, a gemspec's {@code s.license = 'MIT'}): a quoted value, or
 *       pyproject's {@code {text = "..."}};
 *   <li>Python classifiers, {@code License :: OSI Approved :: MIT License}: the last segment.
 * </ul>
 *
 * <p>A value counts only if {@link Resolver#value} reads it as an expression, URL or name: "the
 * license: see below" or {@code License: switched from GPL to MIT} are not declarations.
 */
final class FieldFinder {

  private static final String ANCHOR = Anchors.LICEN;

  private static final Set<String> KEYS = Set.of(
      "license", "licence", "licenses", "license-expression", "license_expression",
      "bundle-license", "license_name", "license-name");

  private FieldFinder() {}

  static void find(Scan scan, Scan.Sink sink) {
    String text = scan.text;
    int from = scan.frontMatterEnd;
    for (int i = scan.find(ANCHOR, from); i >= 0 && !sink.full();
        i = scan.find(ANCHOR, from)) {
      int ks = i;
      while (ks > 0 && i - ks < 24 && isKeyChar(text.charAt(ks - 1))) {
        ks--;
      }
      int ke = i + ANCHOR.length();
      while (ke < text.length() && ke - i < 32 && isKeyChar(text.charAt(ke))) {
        ke++;
      }
      from = ke;
      if (KEYS.contains(text.substring(ks, ke).toLowerCase(Locale.ROOT))) {
        from = Math.max(from, field(scan, sink, ks, ke));
      }
    }
  }

  /** Reads the field whose key is {@code text[ks, ke)}; returns where to search on. */
  private static int field(Scan scan, Scan.Sink sink, int ks, int ke) {
    String text = scan.text;
    int colons = scan.skipBlanks(ke);
    if (text.startsWith("::", colons)) {
      return trove(scan, sink, ks, colons);
    }
    char quote = ks > 0 && (text.charAt(ks - 1) == '"' || text.charAt(ks - 1) == '\'')
        ? text.charAt(ks - 1) : 0;
    int keyStart = ks;
    int j = ke;
    if (quote != 0) {
      if (j >= text.length() || text.charAt(j) != quote) {
        return ke;
      }
      keyStart = ks - 1;
      j++;
    }
    j = scan.skipBlanks(j);
    if (j >= text.length()) {
      return ke;
    }
    char sep = text.charAt(j);
    if (sep != ':' && sep != '=') {
      return ke;
    }
    if (!keyContextFits(scan, keyStart, quote != 0, sep)) {
      return ke;
    }
    int v = scan.skipBlanks(j + 1);
    int lineEnd = scan.lineEnd(v, Scan.MAX_VALUE);
    if (lineEnd < 0 || v >= lineEnd) {
      return ke;
    }
    char first = text.charAt(v);
    if (first == '"' || first == '\'') {
      int close = scan.indexOf(first, v + 1, lineEnd);
      if (close > v + 1) {
        add(scan, sink, keyStart, v + 1, close, close + 1);
        return close + 1;
      }
      return ke;
    }
    if (first == '[') {
      return list(scan, sink, keyStart, v, lineEnd);
    }
    if (first == '{') {
      // pyproject: license = {text = "MIT"}; a {file = "LICENSE"} names no license.
      int t = IgnoreCase.indexOf(text, "text", v, lineEnd);
      int q = t < 0 ? -1 : scan.skipBlanks(scan.skipBlanks(t + 4) + 1);
      if (q > 0 && q < lineEnd && (text.charAt(q) == '"' || text.charAt(q) == '\'')) {
        int close = scan.indexOf(text.charAt(q), q + 1, lineEnd);
        if (close > q + 1) {
          add(scan, sink, keyStart, q + 1, close, close + 1);
          return close + 1;
        }
      }
      return ke;
    }
    if (sep == '=' || quote != 0) {
      return ke; // an unquoted value after '=' is code (license = LICENSE_TEXT), not a declaration
    }
    int end = scan.trimClosers(v, lineEnd);
    while (end > v && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';')) {
      end--;
    }
    add(scan, sink, keyStart, v, end, end);
    return lineEnd;
  }

  /** {@code ["MIT", "Apache-2.0"]}: each quoted item is a field of its own. */
  private static int list(Scan scan, Scan.Sink sink, int keyStart, int open, int lineEnd) {
    String text = scan.text;
    int close = scan.indexOf(']', open, lineEnd);
    if (close < 0) {
      return open;
    }
    boolean first = true;
    for (int k = open + 1; k < close; k++) {
      char c = text.charAt(k);
      if (c == '"' || c == '\'') {
        int end = scan.indexOf(c, k + 1, close);
        if (end < 0) {
          break;
        }
        add(scan, sink, first ? keyStart : k, k + 1, end, end + 1);
        first = false;
        k = end;
      }
    }
    return close + 1;
  }

  /** {@code License :: OSI Approved :: MIT License}: the last segment is the name. */
  private static int trove(Scan scan, Scan.Sink sink, int keyStart, int colons) {
    String text = scan.text;
    int lineEnd = scan.lineEnd(colons, Scan.MAX_VALUE);
    if (lineEnd < 0) {
      return colons;
    }
    int end = colons;
    while (end < lineEnd && text.charAt(end) != '"' && text.charAt(end) != '\'') {
      end++;
    }
    int last = colons;
    for (int k = colons; k + 1 < end; k++) {
      if (text.charAt(k) == ':' && text.charAt(k + 1) == ':') {
        last = k + 2;
      }
    }
    int v = scan.skipBlanks(last);
    int e = end;
    while (e > v && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    add(scan, sink, keyStart, v, e, e);
    return end;
  }

  private static void add(Scan scan, Scan.Sink sink, int keyStart, int valueStart, int valueEnd, int end) {
    if (valueEnd <= valueStart) {
      return;
    }
    String value = scan.text.substring(valueStart, valueEnd);
    Optional<Resolution> r = scan.cached("field", value, scan.resolver::value);
    r.ifPresent(res -> sink.add(DeclarationKind.FIELD, keyStart, end, res));
  }

  /**
   * Whether what stands before the key makes it a key: a header key owns its line; a quoted key
   * follows a brace, bracket, comma or the line start; a key before '=' follows the line start,
   * a '.' (s.license), a '(' or ',' (keyword arguments).
   */
  private static boolean keyContextFits(Scan scan, int keyStart, boolean quoted, char sep) {
    if (sep == ':' && !quoted) {
      return scan.onlyCommentBefore(keyStart);
    }
    String text = scan.text;
    int k = keyStart;
    while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
      k--;
    }
    if (k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '\r') {
      return true;
    }
    char before = text.charAt(k - 1);
    return before == '{' || before == ',' || before == '[' || before == '('
        || (sep == '=' && before == '.');
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-';
  }
}
