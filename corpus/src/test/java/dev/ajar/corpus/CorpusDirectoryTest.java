package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ajar.LicenseClass;
import dev.ajar.RiskTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorpusDirectoryTest {
  private static final String HEADER = "id\tclass\ttier\tcontested\talternative\tsource\tnotes\n";
  private static final String ROW_A = "a\tPROPRIETARY\t-\tno\t-\tsrc\tnote\n";

  private static void write(Path dir, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static CorpusException failure(Path dir) {
    return assertThrows(CorpusException.class, () -> CorpusDirectory.load(dir));
  }

  private static void assertStartsWith(String prefix, String message) {
    assertTrue(message.startsWith(prefix), () -> "expected '" + prefix + "' in: " + message);
  }

  @Test
  void loadsSortedTextsAsWritten(@TempDir Path dir) throws IOException {
    write(dir, "b.txt", "Licence B\r\nline two\n");
    write(dir, "a.txt", "\uFEFFLicence A");
    write(dir, "README.md", "not a text");
    Files.createDirectory(dir.resolve("sub.txt"));
    write(dir, CorpusDirectory.LABELS, "\uFEFF" + HEADER.replace("\n", "\r\n") + "\r\n"
        + "b\tRISK_TIERED\tHIGH\tyes\tPROPRIETARY\trepo@abc\t\r\n" + ROW_A);
    List<LabelledText> texts = CorpusDirectory.load(dir);
    assertEquals(List.of(
        new LabelledText("a", "Licence A", LicenseClass.PROPRIETARY, Optional.empty(), false,
            Optional.empty(), "src", "note"),
        new LabelledText("b", "Licence B\r\nline two\n", LicenseClass.RISK_TIERED,
            Optional.of(RiskTier.HIGH), true, Optional.of(LicenseClass.PROPRIETARY), "repo@abc",
            "")), texts);
  }

  @Test
  void loadsTheSharedAiCorpus() throws IOException {
    String testData = System.getProperty("ajar.testdata");
    assumeTrue(testData != null, "ajar.testdata is not set");
    Path dir = Path.of(testData).toAbsolutePath().getParent().resolve("../shared/corpus/ai")
        .normalize();
    assumeTrue(Files.isDirectory(dir), () -> dir + " is absent");
    long files;
    try (Stream<Path> entries = Files.list(dir)) {
      files = entries.filter(path -> path.toString().endsWith(".txt")).count();
    }
    List<LabelledText> texts = CorpusDirectory.load(dir);
    assertEquals(files, texts.size());
    assertTrue(texts.stream().noneMatch(text -> text.text().isBlank()));
    assertTrue(texts.stream().allMatch(text -> text.gold().isLicense()));
  }

  @Test
  void failsOnAMissingDirectory(@TempDir Path dir) {
    assertStartsWith(dir.resolve("absent") + ": not a directory",
        failure(dir.resolve("absent")).getMessage());
  }

  @Test
  void failsOnAMissingLabelTable(@TempDir Path dir) throws IOException {
    write(dir, "a.txt", "text");
    assertStartsWith(dir.resolve("labels.tsv") + ": missing label table",
        failure(dir).getMessage());
  }

  @Test
  void failsOnATextWithoutLabel(@TempDir Path dir) throws IOException {
    write(dir, "a.txt", "text");
    write(dir, "b.txt", "text");
    write(dir, CorpusDirectory.LABELS, HEADER + ROW_A);
    assertStartsWith(dir.resolve("b.txt") + ": no label in " + dir.resolve("labels.tsv"),
        failure(dir).getMessage());
  }

  @Test
  void failsOnInvalidUtf8NamingTheLine(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a.txt"), new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, '(', '\n'});
    write(dir, CorpusDirectory.LABELS, HEADER + ROW_A);
    assertStartsWith(dir.resolve("a.txt") + ":2: not valid UTF-8", failure(dir).getMessage());
  }

  static Stream<Arguments> malformedTables() {
    return Stream.of(
        arguments("empty", "\n", ":1: missing header"),
        arguments("bad header", "id\tclass\n" + ROW_A, ":1: bad header [id, class]"),
        arguments("column count", HEADER + "a\tPROPRIETARY\t-\tno\t-\tsrc\n",
            ":2: expected 7 tab-separated columns but found 6"),
        arguments("unknown class", HEADER + "a\tFREE\t-\tno\t-\ts\tn\n",
            ":2: unknown class 'FREE'"),
        arguments("unknown alternative", HEADER + "a\tPROPRIETARY\t-\tyes\tFREE\ts\tn\n",
            ":2: unknown alternative 'FREE'"),
        arguments("unknown tier", HEADER + "a\tRISK_TIERED\tEXTREME\tno\t-\ts\tn\n",
            ":2: unknown tier 'EXTREME'"),
        arguments("contested", HEADER + "a\tPROPRIETARY\t-\tmaybe\t-\ts\tn\n",
            ":2: contested must be yes or no, not 'maybe'"),
        arguments("contested without alternative", HEADER + "a\tPROPRIETARY\t-\tyes\t-\ts\tn\n",
            ":2: a: contested is true but alternative is absent"),
        arguments("tier outside RISK_TIERED", HEADER + "a\tPROPRIETARY\tLOW\tno\t-\ts\tn\n",
            ":2: a: tier LOW given for class PROPRIETARY"),
        arguments("duplicate id", HEADER + ROW_A + "\n" + ROW_A,
            ":4: duplicate id 'a', first labelled on line 2"),
        arguments("label without text", HEADER + ROW_A + ROW_A.replace("a\t", "c\t"),
            ":3: no text file "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedTables")
  void failsOnAMalformedTableNamingTheLine(String name, String labels, String expected,
      @TempDir Path dir) throws IOException {
    write(dir, "a.txt", "text");
    write(dir, CorpusDirectory.LABELS, labels);
    assertStartsWith(dir.resolve("labels.tsv") + expected, failure(dir).getMessage());
  }
}
