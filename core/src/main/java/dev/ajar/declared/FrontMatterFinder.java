package dev.ajar.declared;

import dev.ajar.DeclarationKind;
import java.util.Optional;

/**
 * A model card's YAML front matter: the block between a first line {@code ---} and the next
 * {@code ---} or {@code ...} line. Its top-level {@code license:} values are model-hub ids
 * ({@code llama3}, {@code cc-by-nc-4.0}; also an SPDX expression or name), as a scalar, a flow
 * list {@code [mit, apache-2.0]} or block list items below the key; {@code license_name:} names
 * the license of {@code license: other}; {@code license_link:} points at it. An unknown
 * {@code license_name} or {@code license_link} is still reported, unresolved: the card did
 * declare it.
 */
final class FrontMatterFinder {

  private FrontMatterFinder() {}

  static void find(Scan scan, Scan.Sink sink) {
    String text = scan.text;
    int p = text.startsWith("\uFEFF") ? 1 : 0;
    if (!isFence(text, p, "---")) {
      return;
    }
    int line = nextLine(text, p);
    int end = -1;
    for (int i = line; i < text.length(); i = nextLine(text, i)) {
      if (isFence(text, i, "---") || isFence(text, i, "...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return;
    }
    scan.frontMatterEnd = end;
    for (int i = line; i < end && !sink.full(); i = nextLine(text, i)) {
      int keyEnd = i;
      while (keyEnd < end && (Character.isLetterOrDigit(text.charAt(keyEnd)) || text.charAt(keyEnd) == '_'
          || text.charAt(keyEnd) == '-')) {
        keyEnd++;
      }
      if (keyEnd == i || keyEnd >= end || text.charAt(keyEnd) != ':') {
        continue;
      }
      String key = text.substring(i, keyEnd).toLowerCase(java.util.Locale.ROOT);
      int lineEnd = scan.lineEnd(keyEnd, Scan.MAX_VALUE);
      if (lineEnd < 0) {
        continue;
      }
      int[] value = scalar(scan, keyEnd + 1, lineEnd);
      switch (key) {
        case "license":
          licenseValues(scan, sink, i, keyEnd + 1, value, lineEnd, end);
          break;
        case "license_name":
          if (value[1] > value[0]) {
            String v = text.substring(value[0], value[1]);
            sink.add(DeclarationKind.FIELD, i, value[2], hubOrValue(scan, v,
                "license_name names no license Ajar knows"));
          }
          break;
        case "license_link":
          if (value[1] > value[0]) {
            String v = text.substring(value[0], value[1]);
            Resolution r = scan.cached("url", v, scan.resolver::url)
                .orElseGet(() -> Resolution.unknown(v, "license_link: not a license URL Ajar knows"));
            sink.add(DeclarationKind.FIELD, i, value[2], r);
          }
          break;
        default:
          break;
      }
    }
  }

  /** The values of a {@code license:} key: a scalar, a flow list, or block list items below. */
  private static void licenseValues(
      Scan scan, Scan.Sink sink, int keyStart, int afterColon, int[] value, int lineEnd, int end) {
    String text = scan.text;
    if (value[1] > value[0] && text.charAt(value[0]) != '[') {
      sink.add(DeclarationKind.HUB_ID, keyStart, value[2], hub(scan, text.substring(value[0], value[1])));
      return;
    }
    if (value[1] > value[0]) {
      // A flow list: [mit, "apache-2.0"]
      int close = scan.indexOf(']', value[0], lineEnd);
      if (close < 0) {
        return;
      }
      int itemStart = value[0] + 1;
      for (int k = itemStart; k <= close; k++) {
        if (k == close || text.charAt(k) == ',') {
          int[] item = scalar(scan, itemStart, k);
          if (item[1] > item[0]) {
            sink.add(DeclarationKind.HUB_ID, item[0], item[1], hub(scan, text.substring(item[0], item[1])));
          }
          itemStart = k + 1;
        }
      }
      return;
    }
    // Block list items on the following lines: "- mit" or "  - mit".
    for (int i = nextLine(text, lineEnd); i < end && !sink.full(); i = nextLine(text, i)) {
      int dash = scan.skipBlanks(i);
      if (dash >= end || text.charAt(dash) != '-') {
        return;
      }
      int itemEnd = scan.lineEnd(dash, Scan.MAX_VALUE);
      if (itemEnd < 0) {
        return;
      }
      int[] item = scalar(scan, dash + 1, itemEnd);
      if (item[1] > item[0]) {
        sink.add(DeclarationKind.HUB_ID, item[0], item[2], hub(scan, text.substring(item[0], item[1])));
      }
    }
  }

  private static Resolution hub(Scan scan, String value) {
    return hubOrValue(scan, value, "not a model-hub id, SPDX expression or license name Ajar knows");
  }

  /** A hub id's row, else the value read leniently, else unresolved with {@code unknown}. */
  private static Resolution hubOrValue(Scan scan, String value, String unknown) {
    Optional<Resolution> r = scan.cached("hub", value, v -> scan.resolver.hubRow(v)
        .map(scan.resolver::hub)
        .or(() -> scan.resolver.value(v)));
    return r.orElseGet(() -> Resolution.unknown(value, unknown));
  }

  /**
   * The YAML scalar in {@code [from, to)}: {@code {valueStart, valueEnd, spanEnd}}, without
   * blanks, quotes and a trailing {@code # comment}; {@code spanEnd} includes a closing quote.
   */
  static int[] scalar(Scan scan, int from, int to) {
    String text = scan.text;
    int a = scan.skipBlanks(from);
    if (a < to && (text.charAt(a) == '"' || text.charAt(a) == '\'')) {
      int close = scan.indexOf(text.charAt(a), a + 1, to);
      if (close > a) {
        return new int[] {a + 1, close, close + 1};
      }
    }
    int b = a;
    while (b < to && !(text.charAt(b) == '#' && b > a && Character.isWhitespace(text.charAt(b - 1)))) {
      b++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new int[] {a, b, b};
  }

  /** Whether the line at {@code i} is exactly {@code fence}, trailing blanks allowed. */
  private static boolean isFence(String text, int i, String fence) {
    if (!text.startsWith(fence, i)) {
      return false;
    }
    int j = i + fence.length();
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j == text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r';
  }

  /** The start of the line after the one holding {@code i}, or the text's length. */
  private static int nextLine(String text, int i) {
    int nl = text.indexOf('\n', i);
    return nl < 0 ? text.length() : nl + 1;
  }
}
