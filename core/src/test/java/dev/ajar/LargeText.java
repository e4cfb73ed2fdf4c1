package dev.ajar;

import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Large and pathological inputs of any length, for the memory test ({@link LargeInputMain}) and the
 * scaling probe ({@link ScalingProbe}). Each is deterministic.
 */
enum LargeText {
  /** Every fixture and bad-input text, concatenated and repeated (some are not Latin-1). */
  LICENSES(n -> repeat(Corpus.TEXT, n)),
  /** One restriction sentence, repeated: a finding in every sentence. */
  ONE_RESTRICTION(n -> repeat("You may not use the Model for military purposes. ", n)),
  /** A single word as long as the text. */
  NO_SPACE(n -> repeat("abcdefghij", n)),
  /** One word repeated, without a full stop. */
  ONE_WORD(n -> repeat("license ", n)),
  /** Line breaks only. */
  NEWLINES(n -> "\n".repeat(n)),
  /** Tags opened, then closed, as deep as the text allows. */
  NESTED_HTML(n -> repeat("<div><p><b>", n / 2) + repeat("</b></p></div>", n - n / 2)),
  /** Sentence ends without a space between them, the sentence model's worst case. */
  DOTS_NO_SPACE(n -> repeat("Military.Harm.", n)),
  /** Restrictive words with no full stop or line break. */
  WORDS_NO_STOP(
      n -> repeat("you may not use modify or distribute it for military surveillance ", n)),
  /** One lead-in, then a list item on every line. */
  LIST(
      n ->
          Corpus.LIST_LEAD + repeat("(a) for military purposes;\n", n - Corpus.LIST_LEAD.length())),
  /** Cancellers and restrictions of one category, many to a sentence. */
  CANCELLERS(n -> repeat("commercial or non-commercial use is prohibited, ", n)),
  /** Tag and entity starts that never close. */
  UNCLOSED_MARKUP(n -> repeat("<a &#1 <b", n)),
  /** Distinct words sharing a catalog prefix (Lucene's prefix queries stop at 128). */
  PREFIX_WORDS(LargeText::prefixWords),
  /** Words hyphenated across line breaks, as a PDF extraction gives them. */
  HYPHEN_BREAKS(n -> repeat("not to be used for mili-\ntary purposes or redistri-\nbution. ", n)),
  /** Astral characters, lone surrogates, bidi marks and zero-width spaces. */
  ODD_UNICODE(n -> repeat("\uD83D\uDE00 \uD800 x\uDC00 \u202E\u200B\u00AD\uFEFF \u0000 ", n));

  private final IntFunction<String> maker;

  LargeText(IntFunction<String> maker) {
    this.maker = maker;
  }

  /** This input, exactly {@code chars} long. */
  String make(int chars) {
    String s = maker.apply(chars);
    return s.length() == chars ? s : s.substring(0, chars);
  }

  private static String repeat(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length() + 1)).substring(0, Math.max(0, chars));
  }

  private static String prefixWords(int chars) {
    StringBuilder b = new StringBuilder(chars + 32);
    for (int i = 0; b.length() < chars; i++) {
      b.append("discriminat").append(Integer.toString(i, 36).replaceAll("\\d", "x")).append(' ');
    }
    return b.toString();
  }

  /** The fixture texts, read once, and other constants (an enum cannot refer to its own). */
  private static final class Corpus {
    static final String TEXT =
        Fixtures.all().stream().map(Fixtures.Labelled::text).collect(Collectors.joining("\n\n"));
    static final String LIST_LEAD = "You agree not to use the Model:\n";
  }
}
