package dev.ajar.declared;

import dev.ajar.DeclarationKind;
import dev.ajar.text.IgnoreCase;
import java.util.Optional;

/**
 * XML license elements: a Maven pom's {@code <license><name>..</name><url>..</url></license>}
 * (each child a field of its own: both name the license) and a NuGet spec's {@code <license
 * type="expression">MIT</license>}. An element longer than {@value #MAX_ELEMENT} chars is not
 * read.
 */
final class XmlLicenseFinder {

  /** Longest {@code <license>} element read; a pom's is a few hundred chars. */
  static final int MAX_ELEMENT = 4_096;

  private static final String OPEN = Anchors.XML_OPEN;
  private static final String CLOSE = Anchors.XML_CLOSE;

  private XmlLicenseFinder() {}

  static void find(Scan scan, Scan.Sink sink) {
    String text = scan.text;
    // The next closing tag, searched again only once passed: one forward sweep for all of them.
    int close = -2;
    for (int i = scan.find(OPEN, 0); i >= 0 && !sink.full();
        i = scan.find(OPEN, i + OPEN.length())) {
      int after = i + OPEN.length();
      if (after >= text.length() || !(text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)))) {
        continue; // <licenses>, <licenseUrl>
      }
      int tagEnd = scan.indexOf('>', after, after + 256);
      if (tagEnd < 0) {
        continue;
      }
      if (close != -1 && close < tagEnd) {
        close = scan.find(CLOSE, tagEnd);
      }
      if (close < 0) {
        return;
      }
      if (close - tagEnd > MAX_ELEMENT) {
        continue;
      }
      boolean named = child(scan, sink, tagEnd + 1, close, "name");
      boolean linked = child(scan, sink, tagEnd + 1, close, "url");
      if (!named && !linked && scan.indexOf('<', tagEnd + 1, close) < 0) {
        int end = IgnoreCase.indexOf(text, ">", close, close + 64);
        add(scan, sink, i, tagEnd + 1, close, end < 0 ? close : end + 1);
      }
      i = close;
    }
  }

  /** Adds the child element {@code <tag>..</tag>} within {@code [from, to)}, if there is one. */
  private static boolean child(Scan scan, Scan.Sink sink, int from, int to, String tag) {
    String open = "<" + tag + ">";
    String close = "</" + tag + ">";
    int o = IgnoreCase.indexOf(scan.text, open, from, to);
    int c = o < 0 ? -1 : IgnoreCase.indexOf(scan.text, close, o, to);
    if (c < 0) {
      return false;
    }
    add(scan, sink, o, o + open.length(), c, c + close.length());
    return true;
  }

  private static void add(Scan scan, Scan.Sink sink, int start, int valueStart, int valueEnd, int end) {
    String value = scan.text.substring(valueStart, valueEnd).strip();
    if (value.isEmpty()) {
      return;
    }
    Optional<Resolution> r = scan.cached("field", value, scan.resolver::value);
    r.ifPresent(res -> sink.add(DeclarationKind.FIELD, start, end, res));
  }
}
