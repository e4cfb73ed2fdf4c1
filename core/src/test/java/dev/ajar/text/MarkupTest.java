package dev.ajar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.reference.ReferenceIndex;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Masking HTML keeps length and offsets, hides what is never license text, and is linear. */
class MarkupTest {

  private static final String PAGE = "<!DOCTYPE html>\n<html>\n<head>\n<title>Terms of the military"
      + " edition</title>\n<style>p { color: red } /* military */</style>\n</head>\n<body>\n"
      + "<nav><a href=\"/\">Home</a> | <a href=\"/military\">Military</a></nav>\n"
      + "<script>var military = 'military';\nif (a < b && c > d) { run(); }</script>\n"
      + "<noscript>Enable military scripts</noscript>\n"
      + "<!-- You may not use the Software for military purposes. -->\n"
      + "<p>You may use &amp; copy the <b>Software</b>.</p>\n"
      + "<template><p>military template</p></template>\n"
      + "<svg><text>military</text></svg>\n"
      + "<p>Redistribution is permitted.</p>\n</body>\n</html>\n";

  /** Whether every char of {@code masked} in {@code [from, to)} is blank. */
  private static boolean blank(String masked, int from, int to) {
    return masked.substring(from, to).isBlank();
  }

  @Test
  void hiddenElementsAndCommentsLeaveNoVisibleChar() {
    String masked = Markup.mask(PAGE);
    assertEquals(PAGE.length(), masked.length());
    assertFalse(masked.toLowerCase().contains("military"), masked);
    for (String element : List.of("script", "style", "head", "nav", "noscript", "template", "svg")) {
      int from = PAGE.indexOf("<" + element);
      int to = PAGE.indexOf("</" + element + ">") + element.length() + 3;
      assertTrue(blank(masked, from, to), element + ": " + masked.substring(from, to));
    }
    int comment = PAGE.indexOf("<!--");
    assertTrue(blank(masked, comment, PAGE.indexOf("-->") + 3));
  }

  @Test
  void scriptContainingMilitaryHasOnlySpacesAndItsLineBreak() {
    String html = "<p>Use it freely.</p><script>\nvar military = 1;\n</script><p>Share it.</p>";
    String masked = Markup.mask(html);
    int from = html.indexOf("<script>");
    int to = html.indexOf("</script>") + "</script>".length();
    assertEquals(" ".repeat(8) + "\n" + " ".repeat(17) + "\n" + " ".repeat(9), masked.substring(from, to));
  }

  @Test
  void visibleTextKeepsItsOffsetsAndBlockTagsBreakLines() {
    String masked = Markup.mask(PAGE);
    for (String visible : List.of("You may use &amp; copy the", "Software</b>", "Redistribution is permitted.")) {
      int at = PAGE.indexOf(visible);
      String text = visible.replace("</b>", "");
      assertEquals(text, masked.substring(at, at + text.length()));
    }
    int p = PAGE.indexOf("<p>You");
    assertEquals('\n', masked.charAt(p), "a paragraph tag becomes a line break");
    assertEquals(' ', masked.charAt(PAGE.indexOf("<b>")), "an inline tag becomes a space");
    for (int i = 0; i < PAGE.length(); i++) {
      if (PAGE.charAt(i) == '\n') {
        assertEquals('\n', masked.charAt(i), "line breaks stay at " + i);
      }
    }
  }

  @Test
  void theHeadEndsAtBodyWhenItsEndTagIsOmitted() {
    String html = "<html><head><title>military</title><meta charset=utf-8><body><p>You may use it.</p>";
    String masked = Markup.mask(html);
    assertFalse(masked.contains("military"));
    assertTrue(masked.contains("You may use it."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<p>Keep this</p><script>var x;", // never closed: hides only its tag
      "<p>Keep this</p><!-- an open comment",
      "<p>Keep this</p> a < b and c > d <style",
  })
  void unclosedElementsHideOnlyTheirOpeningTag(String html) {
    String masked = Markup.mask(html);
    assertTrue(masked.contains("Keep this"));
    assertEquals(html.length(), masked.length());
    String tail = html.substring(html.lastIndexOf('<') + 1);
    if (tail.startsWith("!--")) {
      tail = tail.substring(3);
    } else if (tail.contains(">")) {
      tail = tail.substring(tail.indexOf('>') + 1);
    } else {
      tail = "";
    }
    assertTrue(masked.endsWith(tail), masked);
  }

  @Test
  void lookingLikeHtml() {
    assertTrue(Markup.looksLikeHtml(PAGE));
    assertTrue(Markup.looksLikeHtml("<body>x"));
    assertTrue(Markup.looksLikeHtml("Text <b>bold</b> and more"));
    assertTrue(Markup.looksLikeHtml("<!-- a comment --> and <br>"));
    assertFalse(Markup.looksLikeHtml("Copyright (C) <year> <name of author>\nsee <http://www.gnu.org/licenses/>."));
    assertFalse(Markup.looksLikeHtml("if a < b and b > c then <p"));
    assertFalse(Markup.looksLikeHtml("one <p> only"));
    assertEquals("plain <b text", Markup.maskIfHtml("plain <b text"));
  }

  @Test
  void noBundledLicenseTextLooksLikeHtml() {
    // Normalizer masks HTML before anything else reads a text: the SPDX reference texts, which
    // identification normalises too, must come through unchanged.
    for (Entry e : ReferenceIndex.readEntries()) {
      assertFalse(Markup.looksLikeHtml(e.text()), e.ids().toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"<", "<a", "<a ", "<script>", "<head>", "<!--", "<script><", "</", "<svg",
      "<p>x", "<<!--", "<head><body>", "<title>a</title>"})
  void aMegabyteOfOnePieceIsMaskedInLinearTime(String piece) {
    String text = piece.repeat(1_000_000 / piece.length() + 1);
    long start = System.nanoTime();
    String masked = Markup.mask(text);
    boolean html = Markup.looksLikeHtml(text);
    String normalized = Normalizer.normalize(text);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(text.length(), masked.length());
    assertEquals(text.length(), normalized.length());
    assertTrue(ms < 10_000, piece + ": " + ms + " ms for a megabyte (html " + html + ")");
  }

  @Test
  void aRestrictionInsideAScriptDoesNotRestrictTheLicenseOnThePage() {
    String mit = ReferenceIndex.readEntries().stream()
        .filter(e -> e.ids().contains("MIT")).findFirst().orElseThrow().text();
    String script = "<script>// You may not use the Software for military purposes.\n</script>";
    String html = "<html><head><title>MIT</title></head><body>" + script + "<pre>" + mit
        + "</pre></body></html>";
    Classification c = LicenseClassifier.classify(html);
    int from = html.indexOf(script);
    int to = from + script.length();
    assertTrue(c.findings().stream().noneMatch(f -> f.start() < to && from < f.end()), c.findings().toString());
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
    assertEquals(LicenseClass.USE_RESTRICTED,
        LicenseClassifier.classify(html.replace("<script>", "<p>").replace("</script>", "</p>")).licenseClass(),
        "the same sentence outside the script restricts");
  }

  @Test
  void normalizerMasksHtmlButLeavesPlainTextAsItWas() {
    String normalized = Normalizer.normalize(PAGE);
    assertFalse(normalized.toLowerCase().contains("military"));
    assertTrue(normalized.contains("You may use &     copy the    Software    ."), normalized);
    String plain = "Copyright <year> <owner>. You may not use it for military <purposes>.";
    String tagsBlanked = java.util.regex.Pattern.compile("<[^>]*>").matcher(plain)
        .replaceAll(m -> " ".repeat(m.group().length()));
    assertEquals(tagsBlanked, Normalizer.normalize(plain));
  }
}
