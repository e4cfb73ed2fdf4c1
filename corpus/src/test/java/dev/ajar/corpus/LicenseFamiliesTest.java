package dev.ajar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LicenseFamiliesTest {

  private static ScanCodeLicense rec(String key, ScanCodeCategory category, String text) {
    return new ScanCodeLicense(key, key, category, Optional.empty(), "en", text, "");
  }

  /** A text of {@code n} distinct words made from {@code seed}, so unrelated texts share nothing. */
  private static String words(String seed, int n) {
    return IntStream.range(0, n).mapToObj(i -> seed + i).collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource({
      "gpl-2.0-plus, gpl", "gpl-3.0, gpl", "apache-2.0, apache", "cc-by-nc-sa-4.0, cc-by-nc-sa",
      "anaconda-tos-2024-03-30, anaconda-tos", "996-icu-1.0, 996-icu", "bsd-new, bsd-new",
      "mpl-1.1, mpl", "foo-v2, foo", "3com-microcode, 3com-microcode", "agpl-3.0-or-later, agpl",
      "x-1.0-beta, x", "only, only"})
  void stemDropsVersionsAndTheirQualifiers(String key, String stem) {
    assertEquals(stem, LicenseFamilies.stem(key));
  }

  @Test
  void nearCopiesShareAFamilyAndAFoldAndStrangersDoNot() {
    String base = words("w", 200);
    List<ScanCodeLicense> records = new ArrayList<>();
    // Edited copies of one text under unrelated keys: 10 words of 200 changed, and layout and case.
    records.add(rec("alpha", ScanCodeCategory.PERMISSIVE, base));
    records.add(rec("zulu", ScanCodeCategory.PERMISSIVE,
        base.replace("w10 ", "changed ").replace("w50 ", "other ").toUpperCase().replace(" ", "\n  ")));
    // Same stem, unrelated texts.
    records.add(rec("thing-1.0", ScanCodeCategory.COMMERCIAL, words("t", 50)));
    records.add(rec("thing-2.0-plus", ScanCodeCategory.COMMERCIAL, words("u", 50)));
    // Strangers.
    for (int i = 0; i < 40; i++) {
      records.add(rec("s" + i, ScanCodeCategory.values()[i % 8], words("s" + i + "x", 60)));
    }
    Map<String, String> family = LicenseFamilies.of(records).stream()
        .flatMap(f -> f.keys().stream().map(k -> Map.entry(k, f.id())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals("alpha", family.get("zulu"));
    assertEquals("thing-1.0", family.get("thing-2.0-plus"));
    assertEquals(42, LicenseFamilies.of(records).size());
    Map<String, Integer> fold = Folds.assign(records).stream()
        .collect(Collectors.toMap(Folds.Assignment::key, Folds.Assignment::fold));
    assertEquals(fold.get("alpha"), fold.get("zulu"));
    assertEquals(fold.get("thing-1.0"), fold.get("thing-2.0-plus"));
    // Every fold is used, and no fold holds more than its share plus the largest family.
    long[] sizes = new long[Folds.COUNT];
    fold.values().forEach(f -> sizes[f]++);
    for (long s : sizes) {
      assertTrue(s >= 7 && s <= 11, () -> java.util.Arrays.toString(sizes));
    }
  }

  @Test
  void similarityIsJaccardOfWordFiveGrams() {
    assertEquals(1.0, LicenseFamilies.similarity("A b, c d e f", "a B c\nd e f"), 1e-12);
    // 6 words give 2 shingles; changing the last word keeps 1 of 3 distinct shingles.
    assertEquals(1.0 / 3, LicenseFamilies.similarity("a b c d e f", "a b c d e g"), 1e-12);
    assertEquals(0.0, LicenseFamilies.similarity("one two", "three four"), 1e-12);
    assertNotEquals(0.0, LicenseFamilies.similarity("short", "short"));
  }

  @Test
  void theSplitDoesNotDependOnInputOrder() {
    List<ScanCodeLicense> records = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String text = i % 3 == 0 ? words("shared", 100) + " " + words("own" + i, 5) : words("r" + i, 30);
      records.add(rec("k" + i + (i % 4 == 0 ? "-1.0" : ""), ScanCodeCategory.values()[i % 8], text));
    }
    List<Folds.Assignment> first = Folds.assign(records);
    List<ScanCodeLicense> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(first, Folds.assign(shuffled));
    assertEquals(first, Folds.parse("test", Folds.toTsv(first)));
  }
}
