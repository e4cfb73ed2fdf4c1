package dev.ajar.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a normalised text into sentences: first into blocks at layout breaks (blank lines, list
 * items, lines ending in a colon or semicolon), then each block with OpenNLP's sentence model.
 *
 * <p>License texts are lists as much as prose: RAIL attachments list one prohibited use per line
 * with no full stop, and a statistical sentence model alone would glue a whole list into one
 * "sentence". Splitting on layout first keeps each item its own unit, so a clause pattern never
 * matches across two items.
 *
 * <p>Thread-safe: the model is shared and immutable; a {@link SentenceDetectorME} (not
 * thread-safe) is created per call, which costs microseconds.
 */
public final class SentenceSplitter {

  /** The English sentence model shipped in opennlp-models-sentdetect-en. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /**
   * Blocks longer than this are cut at the next space before being given to the model, so a
   * megabyte without a full stop costs linear time and memory, not one huge model call.
   */
  private static final int MAX_BLOCK = 20_000;

  /**
   * Runs of more than this many chars without a space also end a block. The model looks at the
   * whole whitespace-free run around every '.', '?' and '!', so a megabyte of "a.a.a." would cost
   * quadratic time; no word or URL in a real license is this long.
   */
  static final int MAX_RUN = 256;

  private final SentenceModel model;

  private SentenceSplitter(SentenceModel model) {
    this.model = model;
  }

  /**
   * Loads the bundled English sentence model.
   *
   * @throws IllegalStateException if the model resource is missing or unreadable
   */
  public static SentenceSplitter load() {
    // Through the class loader: on the module path Class.getResourceAsStream would search only
    // this module, and the model is in its own jar (module).
    try (InputStream in =
        SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE.substring(1))) {
      if (in == null) {
        throw new IllegalStateException("sentence model not on the classpath: " + MODEL_RESOURCE);
      }
      return new SentenceSplitter(new EosTableModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentence model " + MODEL_RESOURCE, e);
    }
  }

  /** Returns the sentences of a normalised text, in order, non-overlapping and non-blank. */
  public List<Sentence> split(String normalized) {
    SentenceDetectorME detector = new SentenceDetectorME(model);
    // The layout is read from an array: on a text with a char beyond Latin-1, String.charAt
    // costs a call per char under the client compiler (its bounds check is not inlined).
    char[] text = normalized.toCharArray();
    List<Sentence> out = new ArrayList<>();
    int blockStart = 0;
    int lineStart = 0;
    int runStart = 0;
    int n = text.length;
    for (int i = 0; i <= n; i++) {
      char c = i == n ? '\n' : text[i];
      if (c == '\n') {
        int next = i + 1;
        if (i == n || isBreak(text, lineStart, i, next) || i - blockStart > MAX_BLOCK) {
          detect(detector, normalized, text, blockStart, Math.min(i, n), out);
          blockStart = next;
        }
        lineStart = next;
        runStart = next;
      } else if (c == ' ') {
        if (i - blockStart > MAX_BLOCK) {
          detect(detector, normalized, text, blockStart, i, out);
          blockStart = i + 1;
        }
        runStart = i + 1;
      } else if (i - runStart >= MAX_RUN && !Character.isLowSurrogate(c)) {
        detect(detector, normalized, text, blockStart, i, out);
        blockStart = i;
        runStart = i;
      }
    }
    return out;
  }

  /** Whether the line break after line [lineStart, lineEnd) ends a block. */
  private static boolean isBreak(char[] text, int lineStart, int lineEnd, int next) {
    int last = lastNonBlank(text, lineStart, lineEnd);
    if (last < 0) {
      return true; // blank line
    }
    if (continuesWord(text, last, next)) {
      return false; // "mili-" then "tary) purposes": the next line is not a list item
    }
    char end = text[last];
    if (end == ':' || end == ';') {
      return true;
    }
    if (isHeading(text, lineStart, last + 1) && !capitalsRunOn(text, lineStart, last, next)) {
      return true;
    }
    return next < text.length && startsListItem(text, next);
  }

  /**
   * Whether the line ending at {@code last} ends in a word broken by a hyphen that the line at
   * {@code next} goes on with, in lower case or, after capitals, in capitals (as {@link Tokenizer}
   * joins them).
   */
  private static boolean continuesWord(char[] text, int last, int next) {
    char hyphen = text[last];
    if (hyphen != '-' && hyphen != Tokenizer.SOFT_HYPHEN
        || last == 0
        || !Character.isLetter(text[last - 1])) {
      return false;
    }
    int i = next;
    while (i < text.length && text[i] == ' ') {
      i++;
    }
    if (i >= text.length) {
      return false;
    }
    char first = text[i];
    return Character.isLowerCase(first)
        || Character.isUpperCase(first) && Character.isUpperCase(text[last - 1]);
  }

  /**
   * Whether a line of capitals is one line of a paragraph in capitals, not a heading: it is long,
   * ends in no full stop, and the next line is in capitals too ("LICENSOR MAY REVOKE THE
   * LICENSE GRANTED IN" / "SECTION 2 AT ANY TIME."). A heading is short, or stands before text
   * in lower case.
   */
  private static boolean capitalsRunOn(char[] text, int lineStart, int last, int next) {
    if (last + 1 - lineStart < RUN_ON_LINE || text[last] == '.') {
      return false;
    }
    int end = next;
    while (end < text.length && text[end] != '\n') {
      end++;
    }
    return next < text.length && isHeading(text, next, end);
  }

  /** The shortest line of capitals read as part of a paragraph; headings are shorter. */
  private static final int RUN_ON_LINE = 45;

  /** A short line with no sentence-final punctuation, mostly capitals or numbered: a heading. */
  private static boolean isHeading(char[] text, int start, int end) {
    int letters = 0;
    int upper = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c < 128) { // ASCII without the Unicode look-ups: every line of the text passes here
        boolean capital = c >= 'A' && c <= 'Z';
        letters += capital || c >= 'a' && c <= 'z' ? 1 : 0;
        upper += capital ? 1 : 0;
      } else if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 0 && end - start <= 80 && upper * 10 >= letters * 8;
  }

  /** Whether the line at {@code from} starts with a bullet, a section number or "(a)", "iv.". */
  static boolean startsListItem(char[] text, int from) {
    int i = from;
    int n = text.length;
    while (i < n && text[i] == ' ') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    char c = text[i];
    if (c == '-' || c == '+') {
      return true;
    }
    int j = c == '(' ? i + 1 : i;
    int k = j;
    boolean digits = true;
    while (k < n && k - j < 8 && (Character.isLetterOrDigit(text[k]) || text[k] == '.')) {
      digits &= Character.isDigit(text[k]) || text[k] == '.';
      k++;
    }
    if (k == j || k >= n) {
      return false;
    }
    char after = text[k];
    char last = text[k - 1];
    boolean label = digits || k - j <= 2 || isRoman(text, j, k - 1);
    return label && (after == ')' || (after == ' ' && (last == '.' || digits)));
  }

  private static boolean isRoman(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("ivxlcIVXLC".indexOf(text[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int lastNonBlank(char[] text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Character.isWhitespace(text[i])) {
        return i;
      }
    }
    return -1;
  }

  private static void detect(
      SentenceDetectorME detector, String normalized, char[] text, int from, int to,
      List<Sentence> out) {
    int s = from;
    while (s < to && Character.isWhitespace(text[s])) {
      s++;
    }
    int e = to;
    while (e > s && Character.isWhitespace(text[e - 1])) {
      e--;
    }
    if (s >= e) {
      return;
    }
    if (!hasLetterOrDigit(text, s, e)) {
      return;
    }
    for (Span span : detector.sentPosDetect(normalized.substring(s, e))) {
      int a = s + span.getStart();
      int b = s + span.getEnd();
      while (a < b && Character.isWhitespace(text[a])) {
        a++;
      }
      while (b > a && Character.isWhitespace(text[b - 1])) {
        b--;
      }
      if (a < b) {
        out.add(new Sentence(a, b));
      }
    }
  }

  private static boolean hasLetterOrDigit(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text[i])) {
        return true;
      }
    }
    return false;
  }
}
