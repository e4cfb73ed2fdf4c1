package dev.ajar.declared;

import dev.ajar.DeclarationKind;
import dev.ajar.text.IgnoreCase;
import java.util.Optional;

/**
 * Known license URLs anywhere in the text ({@code http://}, {@code https://} or a bare {@code
 * www.}): those the SPDX License List gives for a license, and its spdx.org and opensource.org
 * pages. Other URLs are not declarations. A URL ends at a blank, a quote, a bracket or a pipe,
 * less trailing punctuation, and is read for at most {@value #MAX_URL} chars.
 */
final class UrlFinder {

  /** Longest URL read; license URLs are under a hundred chars. */
  static final int MAX_URL = 512;

  private UrlFinder() {}

  static void find(Scan scan, Scan.Sink sink) {
    String text = scan.text;
    for (int i = scan.find(Anchors.HTTP, 0); i >= 0 && !sink.full();
        i = scan.find(Anchors.HTTP, i + 4)) {
      if (text.startsWith("://", i + 4) || IgnoreCase.matchesAt(text, "s://", i + 4)) {
        i = url(scan, sink, i) - 4;
      }
    }
    for (int i = scan.find(Anchors.WWW, 0); i >= 0 && !sink.full();
        i = scan.find(Anchors.WWW, i + 4)) {
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      if (!(Character.isLetterOrDigit(before) || before == '.' || before == '/')) {
        i = url(scan, sink, i) - 4;
      }
    }
  }

  /** Reads the URL at {@code start}; returns where it ends. */
  private static int url(Scan scan, Scan.Sink sink, int start) {
    String text = scan.text;
    int end = start;
    while (end < text.length() && end - start < MAX_URL && isUrlChar(text.charAt(end))) {
      end++;
    }
    while (end > start && ".,;:!?*'".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    int urlEnd = end;
    Optional<Resolution> r = scan.cached("url", text.substring(start, urlEnd), scan.resolver::url);
    r.ifPresent(res -> sink.add(DeclarationKind.URL, start, urlEnd, res));
    return Math.max(urlEnd, start + 4);
  }

  private static boolean isUrlChar(char c) {
    return !Character.isWhitespace(c) && "\"'<>()[]{}|`^\\".indexOf(c) < 0;
  }
}
