package dev.ajar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.Limit;
import dev.ajar.Right;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the reader's examples and counter-examples (reader-examples.tsv beside this test): one
 * sentence each, with the acts the reader must see, and the rights and limits of the first.
 */
class ReaderExamplesTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  /** One line of the examples file; null rights means "any". */
  record Example(List<ActKind> kinds, Set<Right> rights, Set<Limit> limits, String sentence) {
    @Override
    public String toString() {
      return sentence;
    }
  }

  static Stream<Example> examples() {
    var in = Objects.requireNonNull(
        ReaderExamplesTest.class.getResourceAsStream("reader-examples.tsv"), "reader-examples.tsv");
    List<Example> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 4);
        out.add(new Example(
            f[0].equals("-") ? List.of() : Arrays.stream(f[0].split(",")).map(ActKind::valueOf).toList(),
            f[1].equals("-") ? null : set(Right.class, f[1]),
            f[2].equals("-") ? EnumSet.noneOf(Limit.class) : set(Limit.class, f[2]),
            f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream();
  }

  private static <E extends Enum<E>> Set<E> set(Class<E> type, String names) {
    return Arrays.stream(names.split(",")).map(n -> Enum.valueOf(type, n))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsTheSentenceAsWritten(Example e) {
    String text = Normalizer.normalize(e.sentence());
    List<Sentence> sentences = SPLITTER.split(text);
    List<Act> acts = SentenceReader.read(text, sentences, new Tokenizer().tokens(text, sentences));
    assertEquals(e.kinds(), acts.stream().map(Act::kind).toList(), () -> "acts " + acts);
    if (!acts.isEmpty()) {
      if (e.rights() != null) {
        assertEquals(e.rights(), acts.get(0).rights(), () -> "acts " + acts);
      }
      assertEquals(e.limits(), acts.get(0).limits(), () -> "acts " + acts);
    }
  }
}
