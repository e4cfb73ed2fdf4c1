package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Category;
import dev.ajar.LicenseClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The held-out v2 sentences stay held out: they never share a run of {@value #RUN} words with the
 * text the classifier is tuned on (every file under {@code src-test-data/phrasings} and the clause
 * catalog), so tuning cannot learn their wording. A failure names the tuning line to rephrase and
 * the held-out sentence only by its id, never its words.
 */
class HeldOutSentencesTest {

  /** How many words in a row two texts may not share. */
  static final int RUN = 6;

  private static final String CATALOG = "/dev/ajar/clauses.catalog";

  @Test
  void heldOutFilesAreLargeVariedAndWellFormed() {
    List<Phrasing> restrictions = Phrasing.restrictions(Phrasing.HELDOUT_RESTRICTIONS);
    List<Phrasing> harmless = Phrasing.load(Phrasing.HELDOUT_HARMLESS);
    assertTrue(restrictions.size() >= 300, "restrictions: " + restrictions.size());
    assertTrue(harmless.size() >= 300, "harmless: " + harmless.size());
    Set<String> restrictionSlugs = Arrays.stream(Category.values())
        .filter(Category::isRestriction).map(Category::slug).collect(Collectors.toSet());
    assertEquals(restrictionSlugs, restrictions.stream().map(Phrasing::group).collect(Collectors.toSet()),
        "every restriction category has held-out sentences");
    assertTrue(harmless.stream().map(Phrasing::group).distinct().count() >= 15, "harmless kinds");
    Set<String> seen = new HashSet<>();
    for (Phrasing p : concat(restrictions, harmless)) {
      assertTrue(p.sentence().endsWith(".") && p.sentence().indexOf('\t') < 0, p.id());
      assertTrue(seen.add(p.sentence().toLowerCase(Locale.ROOT)), "duplicate sentence " + p.id());
    }
  }

  @Test
  void heldOutSentencesShareNoSixWordRunWithTuningText() throws IOException {
    Map<String, String> heldOut = new HashMap<>();
    for (String resource : List.of(Phrasing.HELDOUT_RESTRICTIONS, Phrasing.HELDOUT_HARMLESS)) {
      for (Phrasing p : Phrasing.load(resource)) {
        String id = resource.substring(resource.lastIndexOf('/') + 1) + " " + p.id();
        runs(p.sentence()).forEach(r -> heldOut.putIfAbsent(r, id));
      }
    }
    List<String> leaks = new ArrayList<>();
    Path phrasings = testData().resolve("phrasings");
    assertTrue(Files.isDirectory(phrasings), "no tuning phrasings at " + phrasings);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(phrasings)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      leaks.addAll(leaks(f.toString(), Files.readString(f, UTF_8), heldOut));
    }
    try (InputStream in = LicenseClassifier.class.getResourceAsStream(CATALOG)) {
      assertTrue(in != null, "missing " + CATALOG);
      leaks.addAll(leaks("core/src/main/resources" + CATALOG, new String(in.readAllBytes(), UTF_8), heldOut));
    }
    // The reader's examples are tuning text too: its rules were written against them.
    Path examples = testData().resolveSibling("core/src/test/resources/dev/ajar/rights/reader-examples.tsv");
    assertTrue(Files.isRegularFile(examples), "no reader examples at " + examples);
    leaks.addAll(leaks(examples.toString(), Files.readString(examples, UTF_8), heldOut));
    assertTrue(files.size() >= 4, "tuning files read: " + files);
    assertTrue(leaks.isEmpty(), "tuning text shares " + RUN + "-word runs with held-out sentences; rephrase these "
        + "lines (do not open the held-out files to do it):\n" + String.join("\n", leaks));
  }

  @Test
  void runsIgnoreCasePunctuationAndLayout() {
    assertEquals(Set.of("a b c d e f", "b c d e f g"), runs("A, b c-d\te (f) g."));
    assertEquals(Set.of(), runs("only five words here now"));
    Map<String, String> heldOut = new HashMap<>();
    runs("You can't run the Program on Sundays at all.").forEach(r -> heldOut.put(r, "x.tsv rest-1"));
    assertEquals(List.of("t.tsv:2 shares a run with x.tsv rest-1"),
        leaks("t.tsv", "category\tsentence\nharm\tNobody can T run the program on sundays.\nharm\tYou can't run it.\n", heldOut));
  }

  /** One line per tuning line that shares a run with a held-out sentence; TSV lines count from their last cell. */
  static List<String> leaks(String name, String text, Map<String, String> heldOut) {
    List<String> out = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = name.endsWith(".tsv") ? lines[i].substring(lines[i].lastIndexOf('\t') + 1) : lines[i];
      int lineNo = i + 1;
      runs(line).stream().filter(heldOut::containsKey).sorted().findFirst()
          .ifPresent(r -> out.add("%s:%d shares a run with %s".formatted(name, lineNo, heldOut.get(r))));
    }
    return out;
  }

  /** Every run of {@link #RUN} consecutive words, lower-cased; words are letters and digits. */
  static Set<String> runs(String text) {
    List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toList();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + RUN <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + RUN)));
    }
    return out;
  }

  private static Path testData() {
    return Path.of(System.getProperty("ajar.testdata", "../src-test-data"));
  }

  private static List<Phrasing> concat(List<Phrasing> a, List<Phrasing> b) {
    List<Phrasing> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
