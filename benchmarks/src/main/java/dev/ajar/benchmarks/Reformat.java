package dev.ajar.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout changes that must not change a license's class: every style keeps the words of the text,
 * in order (HTML escapes aside), and changes only line breaks, markup and the case of headings.
 *
 * <p>A paragraph is a run of non-blank lines; a heading is a one-line paragraph of at most 80
 * characters that does not end in sentence punctuation; a list item is a line that starts with a
 * bullet or an item label such as {@code 1.}, {@code (a)} or {@code iv)}; the styles that
 * rewrite list items open C comment boxes first ({@link #uncommented}). Each style is a pure
 * function of the text and the random source, so a fixed seed gives the same variants every run.
 */
enum Reformat {
  /** Joins each paragraph (and each list item) into one line, then wraps it at 48 to 100 columns. */
  REWRAP("rewrap") {
    @Override
    String apply(String text, Random random) {
      int width = 48 + random.nextInt(53);
      List<String> out = new ArrayList<>();
      for (List<String> paragraph : uncommented(paragraphs(text))) {
        for (String unit : listUnits(paragraph)) {
          out.add(wrap(unit, width));
        }
      }
      return String.join("\n\n", out) + "\n";
    }
  },
  /** A small HTML page: the title in {@code <h1>}, paragraphs in {@code <p>}, {@code &<>} escaped. */
  HTML("html") {
    @Override
    String apply(String text, Random random) {
      StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
      boolean first = true;
      for (List<String> paragraph : paragraphs(text)) {
        String body = escape(String.join("\n", paragraph));
        String tag = first && isHeading(paragraph) ? "h1" : isHeading(paragraph) ? "h2" : "p";
        b.append('<').append(tag).append('>').append(body).append("</").append(tag).append(">\n");
        first = false;
      }
      return b.append("</body></html>\n").toString();
    }
  },
  /** Markdown: headings get {@code #}, bullets become {@code -}, quoted defined terms go bold. */
  MARKDOWN("markdown") {
    @Override
    String apply(String text, Random random) {
      List<String> out = new ArrayList<>();
      boolean first = true;
      for (List<String> paragraph : uncommented(paragraphs(text))) {
        if (isHeading(paragraph)) {
          out.add((first ? "# " : "## ") + paragraph.get(0).strip());
        } else {
          List<String> lines = new ArrayList<>();
          for (String line : paragraph) {
            String bolded = DEFINED_TERM.matcher(line).replaceAll("**$0**");
            lines.add(BULLET.matcher(bolded).replaceFirst("- "));
          }
          out.add(String.join("\n", lines));
        }
        first = false;
      }
      return String.join("\n\n", out) + "\n";
    }
  },
  /** Upper-cases every heading line; nothing else changes. */
  UPPER_HEADINGS("upper-headings") {
    @Override
    String apply(String text, Random random) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        boolean alone = (i == 0 || lines[i - 1].isBlank()) && (i == lines.length - 1 || lines[i + 1].isBlank());
        if (alone && isHeading(List.of(lines[i]))) {
          lines[i] = lines[i].toUpperCase(Locale.ROOT);
        }
      }
      return String.join("\n", lines);
    }
  },
  /** Every line break becomes CR LF. */
  CRLF("crlf") {
    @Override
    String apply(String text, Random random) {
      return text.replaceAll("\r\n|\r|\n", "\r\n");
    }
  };

  /** A bullet at the start of a line: {@code *}, {@code •}, {@code -} or {@code +} and a space. */
  private static final Pattern BULLET = Pattern.compile("^\\s*[*\u2022+-]\\s+");

  /** A bullet or an item label: {@code 1.}, {@code 2.3}, {@code (a)}, {@code iv)}. */
  private static final Pattern LIST_ITEM =
      Pattern.compile("^\\s*([*\u2022+-]|\\(?[0-9]{1,3}(\\.[0-9]{1,3})*[.)]|\\(?[a-zA-Z]{1,4}\\))\\s");

  /** The margin of a line inside a C comment box: optional spaces, {@code *}, then a space or the end. */
  private static final Pattern COMMENT_MARGIN = Pattern.compile("^\\s*\\*(\\s|$)");

  /** A double-quoted capitalised term of one to four words, as in {@code "Licensor"}. */
  private static final Pattern DEFINED_TERM = Pattern.compile("\"[A-Z][\\w-]*( [\\w-]+){0,3}\"");

  private final String slug;

  Reformat(String slug) {
    this.slug = slug;
  }

  /** The lower-case name used in variant ids and report rows. */
  String slug() {
    return slug;
  }

  /** Returns {@code text} in this style; {@code random} is consulted only by {@link #REWRAP}. */
  abstract String apply(String text, Random random);

  /** The paragraphs of {@code text}: runs of non-blank lines, CR LF read as LF. */
  static List<List<String>> paragraphs(String text) {
    return runs(List.of(text.split("\r\n|\r|\n", -1)));
  }

  /** The runs of non-blank lines of {@code lines}, in order. */
  private static List<List<String>> runs(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        current.add(line);
      } else if (!current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * The paragraphs with comment boxes opened: in a paragraph whose every line starts with {@code *}
   * (a C comment's margin, as in {@code * Copyright ...}) and that is not a bullet list, the lines
   * lose that margin and its bare {@code *} lines become paragraph breaks. Without this, the styles
   * that read list items would take each line of the box for a bullet item and cut its sentences
   * apart, which no editor would do.
   */
  static List<List<String>> uncommented(List<List<String>> paragraphs) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> paragraph : paragraphs) {
      if (isCommentBox(paragraph)) {
        out.addAll(runs(paragraph.stream().map(l -> COMMENT_MARGIN.matcher(l).replaceFirst("")).toList()));
      } else {
        out.add(paragraph);
      }
    }
    return out;
  }

  /**
   * Whether every line has a comment margin and the box shows it is not a bullet list: a bare
   * {@code *} line, or a line that continues a sentence (starts in lower case after the margin).
   */
  private static boolean isCommentBox(List<String> paragraph) {
    boolean proof = false;
    for (String line : paragraph) {
      Matcher m = COMMENT_MARGIN.matcher(line);
      if (!m.lookingAt()) {
        return false;
      }
      String bare = line.substring(m.end()).strip();
      proof |= bare.isEmpty() || Character.isLowerCase(bare.codePointAt(0));
    }
    return proof;
  }

  /** The paragraph's lines grouped so that each list item starts a unit of its own. */
  private static List<String> listUnits(List<String> paragraph) {
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    for (String line : paragraph) {
      if (unit.length() > 0 && LIST_ITEM.matcher(line).find()) {
        units.add(unit.toString());
        unit.setLength(0);
      }
      unit.append(unit.length() > 0 ? " " : "").append(line.strip());
    }
    units.add(unit.toString());
    return units;
  }

  private static String wrap(String unit, int width) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : unit.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (column > 0 && column + 1 + word.length() > width) {
        out.append('\n');
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  private static boolean isHeading(List<String> paragraph) {
    if (paragraph.size() != 1) {
      return false;
    }
    String line = paragraph.get(0).strip();
    if (line.isEmpty() || line.length() > 80 || line.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    return ".,;:".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  private static String escape(String s) {
    Matcher m = Pattern.compile("[&<>]").matcher(s);
    return m.replaceAll(r -> switch (r.group()) {
      case "&" -> "&amp;";
      case "<" -> "&lt;";
      default -> "&gt;";
    });
  }
}
