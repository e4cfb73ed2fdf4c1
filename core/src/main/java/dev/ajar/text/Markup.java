package dev.ajar.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HTML markup, masked in place: tags, comments and the content of elements that are never license
 * text become spaces, so that offsets into the masked text are offsets into the original.
 *
 * <p>Masked whole, content included: {@code <script>}, {@code <style>}, {@code <head>} (which
 * holds {@code <title>}, {@code <meta>}, scripts and styles; it ends at {@code </head>} or, as
 * HTML allows, at {@code <body>}), {@code <title>}, {@code <nav>}, {@code <noscript>}, {@code
 * <template>}, {@code <svg>} and comments {@code <!-- -->}. Every other tag becomes spaces too,
 * except that the {@code <} of a block-level tag ({@code <p>}, {@code <div>}, {@code <li>},
 * {@code <h1>}, ...) becomes a line break, which keeps paragraphs apart for the sentence
 * splitter. Line breaks inside masked stretches are kept, so line numbers stay right. Entities
 * ({@code &amp;}) are left for {@link Normalizer}.
 *
 * <p>Conservative where HTML is broken: an element or comment that is never closed hides only its
 * opening tag, not the rest of the text; a tag longer than {@value #MAX_TAG_LENGTH} chars, or a
 * {@code <} that starts no tag ({@code a < b}), is left alone.
 *
 * <p>Time is linear in the length whatever the input (unclosed tags, a megabyte of {@code <}):
 * each tag is read for at most {@value #MAX_TAG_LENGTH} chars, and no stretch is searched twice for
 * the same element's end. Stateless and thread-safe.
 */
public final class Markup {

  /** Tags longer than this are left alone: a stray '<' must not blank out a whole text. */
  static final int MAX_TAG_LENGTH = 512;

  /** Elements whose content is never license text. */
  private static final Set<String> HIDDEN =
      Set.of("script", "style", "head", "title", "nav", "noscript", "template", "svg");

  /** Tags that end a paragraph. */
  private static final Set<String> BLOCK = Set.of(
      "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre",
      "blockquote", "section", "article", "header", "footer", "main", "table", "hr", "dt", "dd");

  /** Tags that alone make a text HTML. */
  private static final Set<String> DOCUMENT = Set.of("html", "head", "body", "!doctype");

  /** Common tags: two of them make a text HTML. */
  private static final Set<String> COMMON = Set.of(
      "p", "br", "div", "span", "a", "b", "i", "em", "strong", "pre", "li", "ul", "ol",
      "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "title",
      "meta", "link", "nav", "noscript", "template", "svg", "section", "article", "header",
      "footer", "main", "blockquote", "img", "hr", "!--");

  private Markup() {}

  /**
   * Whether {@code text} looks like HTML: it has an {@code <html>}, {@code <head>}, {@code
   * <body>} or doctype tag, or at least two common HTML tags or comments. Plain license texts
   * with an {@code <http://...>} link or a {@code <year>} placeholder do not, nor IETF's {@code
   * <CODE BEGINS>} markers ({@code code} is not counted). Linear, and stops
   * at the answer.
   */
  public static boolean looksLikeHtml(CharSequence text) {
    int common = 0;
    for (int i = indexOf(text, '<', 0); i >= 0; i = indexOf(text, '<', i + 1)) {
      String name = tagName(text, i + 1);
      if (DOCUMENT.contains(name)) {
        return true;
      }
      if (COMMON.contains(name) && tagEnd(text, i) > 0 && ++common >= 2) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mask(String)} of {@code text} if it {@linkplain #looksLikeHtml looks like HTML}, else {@code text}. */
  public static String maskIfHtml(String text) {
    return looksLikeHtml(text) ? mask(text) : text;
  }

  /**
   * Returns {@code text} with its markup masked: same length, every masked char a space, except
   * line breaks ({@code \n}, {@code \r}), which stay, and the {@code <} of a block-level tag,
   * which becomes {@code \n}.
   */
  public static String mask(String text) {
    char[] out = text.toCharArray();
    Map<String, int[]> searches = new HashMap<>();
    int i = text.indexOf('<');
    while (i >= 0) {
      if (text.startsWith("<!--", i)) {
        int close = find(text, "-->", i + 4, searches);
        int end = close < 0 ? i + 4 : close + 3;
        blank(out, i, end);
        i = text.indexOf('<', end);
        continue;
      }
      int end = tagEnd(text, i);
      if (end < 0) {
        i = text.indexOf('<', i + 1);
        continue;
      }
      blank(out, i, end + 1);
      if (isBlockTag(text, i + 1)) {
        out[i] = '\n';
      }
      String name = tagName(text, i + 1);
      int next = end + 1;
      if (HIDDEN.contains(name) && text.charAt(end - 1) != '/') {
        int close = find(text, "</" + name, next, searches);
        if (name.equals("head")) {
          int body = find(text, "<body", next, searches);
          close = close < 0 || body >= 0 && body < close ? body : close;
        }
        if (close >= 0) {
          blank(out, next, close);
          next = close;
        }
      }
      i = text.indexOf('<', next);
    }
    return new String(out);
  }

  /**
   * The index of the {@code >} that ends the tag opening at {@code lt}, or -1 if no tag opens
   * there: the next char must be a letter, {@code /}, {@code !} or {@code ?}, and the {@code >}
   * must come within {@value #MAX_TAG_LENGTH} chars, before any other {@code <}.
   */
  static int tagEnd(CharSequence text, int lt) {
    if (lt + 1 >= text.length()) {
      return -1;
    }
    char first = text.charAt(lt + 1);
    if (!(Character.isLetter(first) || first == '/' || first == '!' || first == '?')) {
      return -1;
    }
    int limit = Math.min(text.length(), lt + MAX_TAG_LENGTH);
    for (int j = lt + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return j;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the tag whose name starts at {@code from} (after {@code <}) ends a paragraph. */
  static boolean isBlockTag(CharSequence text, int from) {
    return BLOCK.contains(tagName(text, from));
  }

  /**
   * The lower-case name of the tag whose name starts at {@code from} (a leading {@code /} is
   * skipped; {@code !--} and {@code !doctype} are names), at most 16 chars.
   */
  private static String tagName(CharSequence text, int from) {
    int j = from;
    if (j < text.length() && text.charAt(j) == '/') {
      j++;
    }
    int start = j;
    if (j < text.length() && text.charAt(j) == '!') {
      j++;
      if (j + 1 < text.length() && text.charAt(j) == '-' && text.charAt(j + 1) == '-') {
        return "!--";
      }
    }
    while (j < text.length() && j - start < 16 && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return text.subSequence(start, j).toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The index of {@code closer} (lower-case) at or after {@code from}, ignoring case, or -1. The
   * last search for each closer is remembered: the scan only moves forward, so a start between
   * the last start and its answer has the same answer, and no stretch is searched twice.
   */
  private static int find(String text, String closer, int from, Map<String, int[]> searches) {
    int[] last = searches.get(closer);
    if (last != null && from >= last[0] && (last[1] < 0 || from <= last[1])) {
      return last[1];
    }
    int at = IgnoreCase.indexOf(text, closer, from);
    searches.put(closer, new int[] {from, at});
    return at;
  }

  private static void blank(char[] out, int from, int to) {
    for (int j = from; j < to && j < out.length; j++) {
      if (out[j] != '\n' && out[j] != '\r') {
        out[j] = ' ';
      }
    }
  }

  private static int indexOf(CharSequence text, char c, int from) {
    if (text instanceof String s) {
      return s.indexOf(c, from); // the JDK's search, several times faster than the loop below
    }
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
