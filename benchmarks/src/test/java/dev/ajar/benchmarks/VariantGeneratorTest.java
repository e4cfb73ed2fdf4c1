package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.LabelledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VariantGeneratorTest {

  /** A small license with a title, headings, a list and several sentences per paragraph. */
  static final String LICENSE = """
      Example Permissive License

      Copyright (c) 2024 Example Authors. All contributors are listed in the AUTHORS file.

      Permission is granted to use, copy, modify and distribute this software for any purpose.
      The above copyright notice must be kept in all copies. Redistributions must retain it.

      Conditions

      1. Source code must keep this notice.
      2. Binary forms must reproduce it in the documentation & other materials <if any>.
      * A bullet that says "Licensor" means the copyright holder.

      Disclaimer

      THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND. In no event shall the authors
      be liable for any claim. Use it at your own risk.
      """;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static BenchCase original(String id, String text, LicenseClass gold) {
    return new BenchCase(new LabelledText(id, text, gold, Optional.empty(), false, Optional.empty(), "test", ""),
        BenchCase.Family.SPDX, List.of("spdx"), Optional.of(id), Optional.empty(), Optional.empty());
  }

  /** A license inside a C comment box, as some SPDX texts are written. */
  static final String BOXED = """
      * Copyright 2024 Example Authors.
      *
      * Modification and redistribution in source and binary forms is
      * permitted provided that this notice is kept.
      """;

  private static List<BenchCase> originals() {
    return List.of(original("A", LICENSE, LicenseClass.OSD_COMPATIBLE),
        original("B", LICENSE.replace("Example", "Other"), LicenseClass.OSD_COMPATIBLE),
        original("C", "All rights reserved.\n", LicenseClass.PROPRIETARY),
        original("D", BOXED, LicenseClass.OSD_COMPATIBLE));
  }

  @Test
  void sameSeedSameVariantsOtherSeedOtherWraps() {
    List<Phrasing> restrictions = Phrasing.restrictions();
    List<BenchCase> bases = VariantGenerator.insertionBases(originals());
    List<String> a = texts(new VariantGenerator(7).reformatted(originals()));
    List<String> b = texts(new VariantGenerator(7).reformatted(originals()));
    assertEquals(a, b);
    assertNotEquals(a, texts(new VariantGenerator(8).reformatted(originals())));
    assertEquals(texts(new VariantGenerator(7).restrictionInserted(bases, restrictions)),
        texts(new VariantGenerator(7).restrictionInserted(bases, restrictions)));
    assertEquals(ids(new VariantGenerator(7).mentions(bases, Phrasing.load(Phrasing.MENTIONS))),
        ids(new VariantGenerator(7).mentions(bases, Phrasing.load(Phrasing.MENTIONS))));
  }

  @Test
  void insertionVariantsCoverEveryBaseAndPositionWithTheRightGold() {
    List<BenchCase> bases = VariantGenerator.insertionBases(originals());
    assertEquals(List.of("A", "B", "D"), ids(bases), "only uncontested OSD_COMPATIBLE SPDX texts");
    List<BenchCase> inserted = new VariantGenerator(1).restrictionInserted(bases, Phrasing.restrictions());
    assertEquals(bases.size() * Insertion.values().length, inserted.size());
    for (BenchCase c : inserted) {
      assertEquals(LicenseClass.USE_RESTRICTED, c.labelled().gold());
      assertTrue(c.text().contains(c.phrasing().orElseThrow().sentence()), c.id());
      assertEquals(c.sourceId().orElseThrow(), c.knownId().orElseThrow());
    }
    for (BenchCase c : new VariantGenerator(1).mentions(bases, Phrasing.load(Phrasing.MENTIONS))) {
      assertEquals(LicenseClass.OSD_COMPATIBLE, c.labelled().gold());
      assertTrue(c.text().contains(c.phrasing().orElseThrow().sentence()), c.id());
    }
  }

  @Test
  void heldOutFamiliesCoverEveryBaseAndPositionApartFromTheFirstFamilies() {
    List<BenchCase> bases = VariantGenerator.insertionBases(originals());
    VariantGenerator g = new VariantGenerator(1);
    List<BenchCase> restrictions = g.restrictionV2(bases, Phrasing.restrictions(Phrasing.HELDOUT_RESTRICTIONS));
    List<BenchCase> harmless = g.harmlessV2(bases, Phrasing.load(Phrasing.HELDOUT_HARMLESS));
    assertEquals(ids(restrictions), ids(new VariantGenerator(1).restrictionV2(bases, Phrasing.restrictions(Phrasing.HELDOUT_RESTRICTIONS))));
    for (List<BenchCase> family : List.of(restrictions, harmless)) {
      assertEquals(bases.size() * Insertion.values().length, family.size());
      for (BenchCase c : family) {
        assertTrue(c.family().isHeldOut() && c.family().isVariant(), c.id());
        assertTrue(c.text().contains(c.phrasing().orElseThrow().sentence()), c.id());
        assertEquals(c.sourceId().orElseThrow(), c.knownId().orElseThrow());
      }
    }
    assertTrue(restrictions.stream().allMatch(c -> c.labelled().gold() == LicenseClass.USE_RESTRICTED
        && c.groups().get(0).equals(VariantGenerator.RESTRICTION_V2)));
    assertTrue(harmless.stream().allMatch(c -> c.labelled().gold() == LicenseClass.OSD_COMPATIBLE
        && c.groups().get(0).equals(VariantGenerator.HARMLESS_V2)));
    List<String> all = new ArrayList<>(ids(restrictions));
    all.addAll(ids(harmless));
    all.addAll(ids(g.restrictionInserted(bases, Phrasing.restrictions())));
    all.addAll(ids(g.mentions(bases, Phrasing.load(Phrasing.MENTIONS))));
    assertEquals(all.size(), all.stream().distinct().count(), "variant ids are unique across the families");
    assertTrue(!BenchCase.Family.RESTRICTION.isHeldOut() && !BenchCase.Family.MENTION.isHeldOut());
  }

  @Test
  void sentenceLandsAtStartMiddleAndEndAndTheRestIsKept() {
    String s = "You may not use the Software for military purposes.";
    Insertion.Inserted start = Insertion.START.insert(LICENSE, s);
    assertEquals(0, start.offset());
    assertTrue(start.text().startsWith(s + "\n\n"));
    assertEquals(LICENSE, start.text().substring(s.length() + 2));

    Insertion.Inserted end = Insertion.END.insert(LICENSE, s);
    assertTrue(end.text().stripTrailing().endsWith(s));
    assertEquals(end.offset(), end.text().indexOf(s));
    assertTrue(end.text().startsWith(LICENSE.stripTrailing()));

    Insertion.Inserted middle = Insertion.MIDDLE.insert(LICENSE, s);
    int at = middle.text().indexOf(s);
    assertEquals(at, middle.offset());
    assertTrue(at > LICENSE.length() / 4 && at < 3 * LICENSE.length() / 4, "near the middle: " + at);
    // Right after a full stop and a space, and removing the sentence gives the original back.
    assertEquals(". ", middle.text().substring(at - 2, at));
    assertEquals(LICENSE, middle.text().substring(0, at - 1) + middle.text().substring(at + s.length()));
  }

  @Test
  void middleFallsBackToTheLineBreakNearestTheMiddle() {
    String noStops = "one line\nanother line\nthird line";
    Insertion.Inserted m = Insertion.MIDDLE.insert(noStops, "X.");
    assertEquals("one line\nanother line X.\nthird line", m.text());
    assertEquals(m.text().indexOf("X."), m.offset());
    assertEquals("X.", Insertion.MIDDLE.insert("", "X.").text());
  }

  @ParameterizedTest
  @EnumSource(Reformat.class)
  void reformattingKeepsTheWordsInOrder(Reformat style) {
    for (BenchCase o : originals()) {
      String variant = style.apply(o.text(), new Random(3));
      assertEquals(words(o.text()), words(style == Reformat.HTML ? unmark(variant) : variant), style + " of " + o.id());
    }
  }

  @Test
  void stylesDoWhatTheySay() {
    Random r = new Random(3);
    assertTrue(Reformat.CRLF.apply(LICENSE, r).contains("\r\n"));
    assertTrue(!Reformat.CRLF.apply(LICENSE, r).replace("\r\n", "").contains("\n"));
    assertTrue(Reformat.UPPER_HEADINGS.apply(LICENSE, r).contains("\nCONDITIONS\n"));
    assertTrue(Reformat.UPPER_HEADINGS.apply(LICENSE, r).startsWith("EXAMPLE PERMISSIVE LICENSE\n"));
    String html = Reformat.HTML.apply(LICENSE, r);
    assertTrue(html.contains("<h1>Example Permissive License</h1>") && html.contains("&amp; other materials &lt;if any&gt;"));
    String md = Reformat.MARKDOWN.apply(LICENSE, r);
    assertTrue(md.startsWith("# Example Permissive License") && md.contains("## Conditions")
        && md.contains("- A bullet that says **\"Licensor\"**"));
    assertTrue(Reformat.REWRAP.apply(BOXED, r).replaceAll("\\s+", " ").contains("forms is permitted provided"), "a comment box is opened, not read as a list");
    assertTrue(Reformat.MARKDOWN.apply(BOXED, r).contains("forms is\npermitted provided"));
    assertTrue(Reformat.MARKDOWN.apply("* One item.\n* Two items.\n", r).contains("- One item.\n- Two items."), "a real list stays a list");
    String wrapped = Reformat.REWRAP.apply(LICENSE, new Random(3));
    assertTrue(wrapped.contains("\n\n2. Binary forms"), "list items stay apart");
    for (String line : wrapped.split("\n")) {
      assertTrue(line.length() <= 100, line);
    }
  }

  /** Drops the HTML head and tags and unescapes the three entities the HTML style writes. */
  private static String unmark(String s) {
    return s.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private static List<String> texts(List<BenchCase> cases) {
    return cases.stream().map(BenchCase::text).toList();
  }

  private static List<String> ids(List<BenchCase> cases) {
    return cases.stream().map(BenchCase::id).toList();
  }
}
