package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ajar.learn.DocumentFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzing {@link LicenseClassifier#classify}: strings made of the characters that break text tools,
 * and fixture licenses with sentences deleted, duplicated and shuffled, noise inserted, words
 * hyphenated across lines and case changed. Only the documented exceptions may escape, and every
 * result keeps every guarantee ({@link Invariants}).
 */
class FuzzProperties {

  private static final List<Fixtures.Labelled> TEXTS = Fixtures.all();

  /** A classifier with a small limit, to see the limit's exception among arbitrary strings. */
  private static final int LIMIT = 200;

  private static final LicenseClassifier SMALL =
      LicenseClassifier.builder().maxTextLength(LIMIT).build();

  /** Stretches of text that break text tools: markup, breaks, other scripts, odd characters. */
  private static final List<String> ODD =
      List.of(
          "<p>",
          "</div>",
          "<b>",
          "<",
          ">",
          "&amp;",
          "&#",
          "&",
          "&nbsp;",
          "<!--",
          "-->",
          "<br/>",
          "**",
          "> ",
          "# ",
          "|",
          "`",
          "_",
          "~~",
          "[x](y)",
          "-\n",
          "-\r\n",
          "\u00AD",
          "\u00AD\n",
          " -\n",
          "--",
          "\u2014",
          "\n",
          "\n\n",
          "\r",
          "\r\n",
          "\t",
          "\u2028",
          "\u2029",
          "\u000B",
          "\u000C",
          "\u0085",
          "\u0000",
          "\u0007",
          "\u001B",
          "\u007F",
          "\u009F",
          "\uD800",
          "\uDBFF",
          "\uDC00",
          "\uDFFF",
          "\uD83D\uDE00",
          "\uD835\uDC00",
          "\u200B",
          "\u200C",
          "\u200D",
          "\u200E",
          "\u200F",
          "\u202A",
          "\u202B",
          "\u202C",
          "\u202D",
          "\u202E",
          "\u2066",
          "\u2067",
          "\u2068",
          "\u2069",
          "\uFEFF",
          "\u2060",
          "\u00A0",
          "\u3000",
          "\u0644\u0627 \u064A\u062C\u0648\u0632",
          "\u05DC\u05D0",
          "\u4E0D\u5F97\u4F7F\u7528",
          "\u043D\u0435\u043B\u044C\u0437\u044F",
          "\u0928\u0939\u0940\u0902",
          "e\u0301",
          "\uFFFD",
          "\uFFFF",
          ". ",
          ".",
          "..",
          "!?",
          ": ",
          ";\n",
          "(a) ",
          "- ",
          "1. ",
          "iv. ",
          "\"",
          "'",
          "\u201C",
          "\u2019");

  /** Words the catalog reads, so generated strings also trigger patterns. */
  private static final List<String> WORDS =
      List.of(
          "You",
          "may",
          "not",
          "use",
          "the",
          "Software",
          "Model",
          "for",
          "military",
          "purposes",
          "license",
          "grants",
          "permission",
          "to",
          "modify",
          "distribute",
          "commercial",
          "non-commercial",
          "prohibited",
          "surveillance",
          "any",
          "purpose",
          "all",
          "rights",
          "reserved",
          "agree",
          "risk",
          "high",
          "following",
          "copyright",
          "notice",
          "discriminatory");

  @Property(tries = 300)
  void oddStringsKeepEveryGuarantee(@ForAll("oddStrings") String text) {
    Invariants.check(text, LicenseClassifier.classify(text));
  }

  @Property(tries = 150)
  void mutatedLicensesKeepEveryGuarantee(
      @ForAll("texts") Fixtures.Labelled license, @ForAll("mutations") List<Mutation> mutations) {
    String text = license.text();
    for (Mutation m : mutations) {
      text = m.apply(text);
    }
    Invariants.check(text, LicenseClassifier.classify(text));
  }

  /** Over the limit: the limit's exception, naming both lengths; within it: a result. */
  @Property(tries = 200)
  void onlyTheDocumentedExceptionEscapes(@ForAll("oddStrings") String text) {
    if (text.length() > LIMIT) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SMALL.classifyText(text));
      assertEquals(
          "text is " + text.length() + " chars long, over the limit of " + LIMIT, e.getMessage());
    } else {
      Invariants.check(text, SMALL.classifyText(text));
    }
  }

  /**
   * Words broken at line ends, as a PDF extraction leaves them, read as the words they are. Texts
   * whose class rests on a declaration are left out: declarations are matched as written (a
   * documented limit), so "licens-\ned under the MIT License" is not one. So are HTML pages: a
   * PDF extraction never breaks a tag or an entity ("</st-\nyle>", "&rdq-\nuo;"), and a page
   * whose markup is broken that way hands its style sheet to the document model as words.
   */
  @Property(tries = 100)
  void hyphenatingWordsAcrossLinesKeepsTheClass(
      @ForAll("plainStatedTexts") Fixtures.Labelled license, @ForAll long seed) {
    String broken = Mutation.hyphenate(license.text(), new Random(seed), 30);
    Classification before = LicenseClassifier.classify(license.text());
    Classification after = LicenseClassifier.classify(broken);
    Invariants.check(broken, after);
    // the rules' class: the document model's judgement near its threshold may move with the
    // words (see ClassificationProperties.reformattingNeverChangesTheClass)
    assertEquals(
        DocumentFeatures.rulesClass(before),
        DocumentFeatures.rulesClass(after),
        () -> license.id() + ":\n" + Invariants.escape(broken));
    if (!judged(before) && !judged(after)) {
      assertEquals(before.restrictions(), after.restrictions(), license.id());
    }
  }

  @Provide
  Arbitrary<Fixtures.Labelled> texts() {
    return Arbitraries.of(TEXTS);
  }

  /** Whether the document model's judgement is among the findings (it brings its category). */
  private static boolean judged(Classification c) {
    return c.findings().stream().anyMatch(DocumentFeatures::isJudgement);
  }

  @Provide
  Arbitrary<Fixtures.Labelled> plainStatedTexts() {
    return Arbitraries.of(TEXTS.stream()
        .filter(t -> !t.id().endsWith(".html"))
        .filter(t -> LicenseClassifier.classify(t.text()).basis() != Basis.DECLARATION)
        .toList());
  }

  @Provide
  Arbitrary<String> oddStrings() {
    @SuppressWarnings("unchecked")
    Arbitrary<String> atom =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.of(WORDS).map(w -> w + " ")),
            Tuple.of(4, Arbitraries.of(ODD)),
            Tuple.of(1, Arbitraries.chars().map(String::valueOf)),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
    return atom.list().ofMaxSize(120).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(Arbitraries.of(Mutation.Op.class), Arbitraries.longs())
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  /** One change to a text, drawn from {@code seed}. */
  record Mutation(Op op, long seed) {

    enum Op {
      DELETE_SENTENCES,
      DUPLICATE_SENTENCES,
      SHUFFLE_SENTENCES,
      INSERT_NOISE,
      HYPHENATE,
      CHANGE_CASE
    }

    String apply(String text) {
      Random random = new Random(seed);
      List<String> sentences = sentences(text);
      switch (op) {
        case DELETE_SENTENCES:
          for (int i = random.nextInt(4); i >= 0 && sentences.size() > 1; i--) {
            sentences.remove(random.nextInt(sentences.size()));
          }
          return String.join("", sentences);
        case DUPLICATE_SENTENCES:
          for (int i = random.nextInt(4); i >= 0 && !sentences.isEmpty(); i--) {
            String s = sentences.get(random.nextInt(sentences.size()));
            sentences.add(random.nextInt(sentences.size() + 1), s);
          }
          return String.join("", sentences);
        case SHUFFLE_SENTENCES:
          Collections.shuffle(sentences, random);
          return String.join("", sentences);
        case INSERT_NOISE:
          StringBuilder b = new StringBuilder(text);
          for (int i = random.nextInt(6); i >= 0; i--) {
            b.insert(random.nextInt(b.length() + 1), ODD.get(random.nextInt(ODD.size())));
          }
          return b.toString();
        case HYPHENATE:
          return hyphenate(text, random, 1 + random.nextInt(40));
        case CHANGE_CASE:
          if (sentences.isEmpty()) {
            return text;
          }
          int at = random.nextInt(sentences.size());
          String s = sentences.get(at);
          sentences.set(
              at, random.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
          return String.join("", sentences);
      }
      throw new AssertionError(op);
    }

    /**
     * Splits {@code text} into sentences, each keeping the blank after it, so joining them gives
     * the text back: a sentence ends at a line break or at '.', ';' or ':' before a blank.
     */
    static List<String> sentences(String text) {
      List<String> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean end =
            (c == '\n' || c == '.' || c == ';' || c == ':')
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
        if (end) {
          int j = i + 1;
          while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          out.add(text.substring(start, j));
          start = j;
          i = j - 1;
        }
      }
      if (start < text.length()) {
        out.add(text.substring(start));
      }
      return out;
    }

    /**
     * Breaks up to {@code count} words of {@code text} inside, between two lower-case letters, as
     * typesetting does: a hyphen and a line break, or a soft hyphen with or without one.
     */
    static String hyphenate(String text, Random random, int count) {
      List<String> breaks = List.of("-\n", "-\r\n", "-\n   ", "\u00AD", "\u00AD\n");
      StringBuilder b = new StringBuilder(text);
      for (int tries = 0; tries < count * 20 && count > 0 && b.length() > 4; tries++) {
        int at = 2 + random.nextInt(b.length() - 4);
        if (isLower(b, at - 2) && isLower(b, at - 1) && isLower(b, at) && isLower(b, at + 1)) {
          b.insert(at, breaks.get(random.nextInt(breaks.size())));
          count--;
        }
      }
      return b.toString();
    }

    private static boolean isLower(CharSequence s, int i) {
      char c = s.charAt(i);
      return c >= 'a' && c <= 'z';
    }
  }
}
