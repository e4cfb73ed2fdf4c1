package dev.ajar.declared;

import dev.ajar.DeclarationKind;

/**
 * {@code SPDX-License-Identifier: <expression>} at the start of a line, after nothing but blanks
 * and a comment marker ({@code //}, {@code #}, {@code /*}, {@code --}, {@code ;}, {@code <!--},
 * ...); the expression runs to the end of the line, less comment closers. A tag inside a string
 * or a sentence ("the SPDX-License-Identifier: line") is not one. A bad expression is still
 * reported, with the parse error as the reason: the file did declare something.
 */
final class SpdxLineFinder {

  private static final String TAG = Anchors.SPDX_TAG;

  private SpdxLineFinder() {}

  static void find(Scan scan, Scan.Sink sink) {
    String text = scan.text;
    for (int i = scan.find(TAG, 0); i >= 0 && !sink.full();
        i = scan.find(TAG, i + TAG.length())) {
      int colon = scan.skipBlanks(i + TAG.length());
      if (colon >= text.length() || text.charAt(colon) != ':' || !scan.onlyCommentBefore(i)) {
        continue;
      }
      int valueStart = scan.skipBlanks(colon + 1);
      int lineEnd = scan.lineEnd(valueStart, Scan.MAX_VALUE);
      if (lineEnd < 0) {
        continue;
      }
      int valueEnd = scan.trimClosers(valueStart, lineEnd);
      String value = text.substring(valueStart, valueEnd);
      Resolution r = scan.cached("spdx", value, v -> java.util.Optional.of(scan.resolver.spdxValue(v)))
          .orElseThrow();
      sink.add(DeclarationKind.SPDX_LINE, i, Math.max(valueEnd, colon + 1), r);
    }
  }
}
