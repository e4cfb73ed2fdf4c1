package dev.ajar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link SimpleSpans} finds exactly the spans of OpenNLP's SimpleTokenizer, which it replaces. */
class SimpleSpansTest {

  private static List<String> ours(String text) {
    SimpleSpans spans = new SimpleSpans();
    spans.split(text.toCharArray(), text.length());
    List<String> out = new ArrayList<>();
    for (int k = 0; k < spans.count(); k++) {
      out.add(spans.start(k) + "-" + spans.end(k));
    }
    return out;
  }

  private static List<String> openNlp(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(text)) {
      out.add(s.getStart() + "-" + s.getEnd());
    }
    return out;
  }

  @Test
  void licenseWordingSplitsAsOpenNlpSplitsIt() {
    for (String text : List.of("", " ", "MIT", "Copyright (c) 2024 A. N. Other --- all rights...",
        "“Licensor” means 3rd-party\u00A0code, redistri-\nbution\u00ADs; x==y!!",
        "naïve café ١٢٣ 한국어 \uD835\uDC00bc \uD800 end\t\r\n")) {
      assertEquals(openNlp(text), ours(text), text);
    }
  }

  @Test
  void randomCharsSplitAsOpenNlpSplitsThem() {
    Random random = new Random(15);
    String alphabet = "aZ9 .-\n\t\u00A0\u2003\u00AD“é١\uD835\uDC00\uD800_(((";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(openNlp(b.toString()), ours(b.toString()), b.toString());
    }
  }
}
