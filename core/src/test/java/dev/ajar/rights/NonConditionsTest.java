package dev.ajar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a statement that something is no condition of the license reaches: the sentences under
 * its heading, the sentence it points back at, or itself; and what it leaves binding.
 */
class NonConditionsTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  /** The kinds of the acts of the sentence at {@code index}, as the reader reads the text. */
  private static List<ActKind> kinds(String text, int index) {
    String normalized = Normalizer.normalize(text.replace("\\n", "\n"));
    List<Sentence> sentences = SPLITTER.split(normalized);
    return SentenceReader.read(normalized, sentences, new Tokenizer().tokens(normalized, sentences))
        .stream().filter(a -> a.sentence() == index).map(Act::kind).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      You may copy and change it.\\n\\nThings that are NOT conditions\\n\\n* Do not use it to track people.\\n* Credit is welcome.|2|REQUEST
      You may copy and change it.\\n\\nWHAT WE WOULD LIKE (BUT DO NOT REQUIRE)\\n\\n- Do not use it to track people.|2|REQUEST
      You may copy and change it. Do not use it to track people. We cannot stop you, and this is not a condition of the license.|1|REQUEST
      You may copy and change it. Do not use it in nuclear plants. That is advice, not a condition.|1|REQUEST
      """)
  void aStatementThatNothingIsAConditionDisownsWhatItPointsAt(String text, int index,
      ActKind kind) {
    assertEquals(List.of(kind), kinds(text, index));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Requests (not conditions)\\n\\nPlease cite us.\\n\\nRestrictions\\n\\nDo not use it to track people.|3|PROHIBIT_USE
      You may copy and change it. Do not use it to track people. You may not impose further conditions on recipients.|1|PROHIBIT_USE
      You may copy and change it. Do not use it to track people. It comes with no conditions beyond these.|1|PROHIBIT_USE
      Do not use it to track people. Credit is welcome. We ask for it, but it is not a condition of this license.|0|PROHIBIT_USE
      You may copy and change it.\\n\\nAttribution not required\\n\\nDo not use it to track people.|2|PROHIBIT_USE
      """)
  void aRestrictionOutsideItsReachStillBinds(String text, int index, ActKind kind) {
    assertEquals(List.of(kind), kinds(text, index));
  }
}
