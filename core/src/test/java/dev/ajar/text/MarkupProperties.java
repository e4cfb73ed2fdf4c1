package dev.ajar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Masking only ever blanks: every char of the mask is the original char, a space, or (for the
 * {@code <} of a block tag) a line break; the length and every line break stay.
 */
class MarkupProperties {

  private static final List<String> PIECES = List.of(
      "<p>", "</p>", "<script>", "</script>", "<head>", "</head>", "<body>", "<!--", "-->", "<svg>",
      "</svg>", "<title>", "</title>", "<nav>", "<b>", "<", ">", "/", "\n", "\r\n", " ", "military",
      "You may not use", "&amp;", "<br/>", "<style type=\"x\">", "</STYLE>", "é", "\uD83D\uDE00");

  @Provide
  Arbitrary<String> htmlish() {
    return Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 3_000)
  void maskingOnlyBlanksAndKeepsLineBreaks(@ForAll("htmlish") String html) {
    String masked = Markup.mask(html);
    assertEquals(html.length(), masked.length());
    for (int i = 0; i < html.length(); i++) {
      char o = html.charAt(i);
      char m = masked.charAt(i);
      if (o == '\n' || o == '\r') {
        assertEquals(o, m, "line break at " + i);
      } else {
        assertTrue(m == o || m == ' ' || (m == '\n' && o == '<'), "at " + i + ": " + o + " -> " + m);
      }
    }
    assertEquals(html.length(), Normalizer.normalize(html).length());
  }
}
