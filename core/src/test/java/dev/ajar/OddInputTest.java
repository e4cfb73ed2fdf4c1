package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Any string, however odd, gets a result that keeps every guarantee ({@link Invariants}). The large
 * inputs here run in this JVM; {@link MemoryTest} runs ten megabytes in a small heap.
 */
class OddInputTest {

  /** Large enough for anything super-linear to show as a stalled build. */
  static final int LARGE = 1_000_000;

  /**
   * Concatenated licenses and one repeated restriction run at ten megabytes in {@link MemoryTest}.
   */
  @ParameterizedTest
  @EnumSource(
      value = LargeText.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"LICENSES", "ONE_RESTRICTION"})
  void aMegabyteOfAnyShapeGetsAResult(LargeText kind) {
    String text = kind.make(LARGE);
    Invariants.check(text, LicenseClassifier.classify(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000\u0001\u0002\u0007\u0008\u000B\u000C\u001B\u007F\u0085\u009F",
        "\uD800", // lone high surrogate
        "\uDC00 You may not use the Software for military purposes. \uD800",
        "\u202EYou may not use the Software for military purposes.\u202C \u200F\u200E\u2066\u2069",
        "You\u200B may\u200B not\u200B use\u200B the\u200B Software\u200B for\u200B military\u200B"
            + " purposes.",
        "\uFEFF\u2060\u200C\u200D\u00AD\u00AD\u00AD",
        "\u0644\u0627 \u064A\u062C\u0648\u0632 \u0627\u0633\u062A\u062E\u062F\u0627\u0645"
            + " \u0627\u0644\u0628\u0631\u0646\u0627\u0645\u062C",
        "\u4E0D\u5F97\u5C06\u672C\u8F6F\u4EF6\u7528\u4E8E\u519B\u4E8B\u76EE\u7684\u3002",
        "\uD83D\uDE00\uD83D\uDE00 \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
        "<html><body><p>You may <b>not</b> use the Software for <i>military</i> purposes.</p>",
        "<<<<<<<<<<>>>>>>>>>>&&&&&&&&&;;;;;;<!-- <![CDATA[ &#x; &#; &;",
        "# License\n\n"
            + "> **You may not** use the `Software` for _military_ purposes.\n\n"
            + "| a | b |\n"
            + "|---|---|",
        "Licen-\nse: you may not use the soft-\nware for mili-\ntary pur-\nposes.-\n-\n-",
        "-\n-\n-\n\u00AD\n\u00AD",
        ".",
        "\r\r\r\n\n\r",
      })
  void oddShortStringsGetAResult(String text) {
    Invariants.check(text, LicenseClassifier.classify(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\n\t\r\n",
        "\u200B\u200B",
        "\u00A0\u2007\u202F\u3000",
        ".,;:!?-",
        "<p></p>"
      })
  void textWithoutWordsIsNotALicenseForSure(String text) {
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.NOT_A_LICENSE, c.licenseClass());
    assertEquals(1.0, c.confidence());
    assertEquals(0, c.findings().size());
  }
}
