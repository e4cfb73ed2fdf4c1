package dev.ajar.text;

/**
 * Rewrites a text into a same-length form that the sentence model and tokenizer read well.
 *
 * <p>Every replacement is one char for one char, so an offset into the normalised text is the same
 * offset into the caller's original: the offset map is the identity, and findings can quote the
 * original exactly. Markup (HTML tags and what {@link Markup} masks, markdown emphasis, quote and
 * heading markers, table bars), control and format characters (zero-width spaces, bidi marks, lone
 * surrogates) become spaces, except the soft hyphen (U+00AD), which stays for the {@link Tokenizer} to join the word it
 * breaks; typographic quotes and dashes become their ASCII forms; carriage returns become line
 * feeds.
 */
public final class Normalizer {

  private Normalizer() {}

  /**
   * The ASCII chars that {@link #map} keeps as they are whatever surrounds them, and that start
   * no tag or entity: letters, digits, blanks and most punctuation, nearly every char of a text,
   * which the loop then passes over without a call. Read off {@code map} itself, so the two
   * cannot disagree.
   */
  private static final boolean[] KEPT = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      KEPT[c] = c != '\r' && c != '<' && c != '&' && map(c, "", 0) == c;
    }
  }

  /**
   * Returns the normalised form of {@code text}, of exactly the same length. A text that looks
   * like HTML is {@linkplain Markup#mask masked} first: scripts, styles, the head, navigation and
   * comments are not license text.
   */
  public static String normalize(String original) {
    String text = Markup.maskIfHtml(original);
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c < 128 && KEPT[c]) {
        continue; // out[i] is c already
      }
      if (c == '<') {
        int close = Markup.tagEnd(text, i);
        if (close > 0) {
          boolean block = Markup.isBlockTag(text, i + 1);
          for (int j = i; j <= close; j++) {
            out[j] = ' ';
          }
          // Block-level tags end a paragraph: keep that as a line break for the segmenter.
          if (block) {
            out[i] = '\n';
          }
          i = close;
          continue;
        }
      }
      if (c == '&') {
        int semi = entityEnd(text, i);
        if (semi > 0) {
          out[i] = entityChar(text.substring(i + 1, semi));
          for (int j = i + 1; j <= semi; j++) {
            out[j] = ' ';
          }
          i = semi;
          continue;
        }
      }
      out[i] = map(c, text, i);
    }
    return new String(out);
  }

  private static char map(char c, String text, int i) {
    switch (c) {
      case Tokenizer.SOFT_HYPHEN:
        return c;
      case '\r':
        // CRLF is one line break: the CR becomes a space so it does not read as a blank line.
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? ' ' : '\n';
      case '\t':
      case '\u00A0':
      case '\u2007':
      case '\u202F':
        return ' ';
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u2032':
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u00AB':
      case '\u00BB':
        return '"';
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
        return '-';
      case '\u2022':
      case '\u25CF':
      case '\u25AA':
      case '*':
      case '#':
      case '>':
      case '|':
      case '`':
      case '_':
      case '=':
      case '~':
        return ' ';
      default:
        break;
    }
    if (c >= ' ' && c <= '~') {
      return c; // printable ASCII the switch leaves alone: the Unicode look-ups below return it too
    }
    if (Character.isSurrogate(c)) {
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
              : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      return paired ? c : ' ';
    }
    int type = Character.getType(c);
    if (c != '\n' && (type == Character.CONTROL || type == Character.FORMAT)) {
      return ' ';
    }
    if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
      return '\n';
    }
    if (Character.isSpaceChar(c)) {
      return ' ';
    }
    return c;
  }

  private static int entityEnd(String text, int amp) {
    int limit = Math.min(text.length(), amp + 10);
    for (int j = amp + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == ';') {
        return j > amp + 1 ? j : -1;
      }
      if (!Character.isLetterOrDigit(c) && c != '#') {
        return -1;
      }
    }
    return -1;
  }

  private static char entityChar(String name) {
    switch (name) {
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      case "lt":
        return '<';
      case "gt":
        return '>';
      default:
        // Numeric and other named entities: a space keeps words apart, which is all matching needs.
        return ' ';
    }
  }
}
