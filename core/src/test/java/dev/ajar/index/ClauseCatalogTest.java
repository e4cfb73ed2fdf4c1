package dev.ajar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Category;
import dev.ajar.FindingKind;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseCatalogTest {

  private static ClauseCatalog parse(String text) throws Exception {
    return ClauseCatalog.parse(new BufferedReader(new StringReader(text)), "test.catalog");
  }

  @Test
  void bundledCatalogCoversEveryRestrictionCategory() {
    ClauseCatalog catalog = ClauseCatalog.load();
    Set<Category> covered = EnumSet.noneOf(Category.class);
    Map<FindingKind, Integer> byKind = new EnumMap<>(FindingKind.class);
    for (ClausePattern p : catalog.patterns()) {
      covered.add(p.category());
      byKind.merge(p.kind(), 1, Integer::sum);
    }
    for (Category c : Category.values()) {
      if (c.isRestriction() || c.group() == Category.Group.PROPRIETARY || c.group() == Category.Group.RISK) {
        assertTrue(covered.contains(c), "no pattern for " + c);
      }
    }
    assertTrue(ClauseMatcher.compile(catalog).size() > catalog.patterns().size());
    System.out.println("catalog patterns by kind: " + byKind);
  }

  @Test
  void keepsEachPhrasingCompiledAsTheCompilerCompilesIt() throws Exception {
    ClauseCatalog c =
        parse(
            "pattern a\n  kind USE_RESTRICTION\n  category MILITARY\n  weight 0.5\n"
                + "  match not use ... military|weapons\n  match war* !peace\n"
                + "pattern b\n  kind USE_RESTRICTION\n  category MILITARY\n  weight 0.5\n"
                + "  match not use ... military|weapons\n");
    for (ClausePattern p : c.patterns()) {
      for (String phrasing : p.phrasings()) {
        PatternCompiler.Compiled fresh = PatternCompiler.compile(phrasing, new dev.ajar.text.Tokenizer());
        PatternCompiler.Compiled kept = c.compiled(phrasing);
        assertEquals(fresh.slots(), kept.slots(), phrasing);
        assertEquals(fresh.prefixes(), kept.prefixes(), phrasing);
        assertEquals(fresh.source(), kept.source(), phrasing);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> c.compiled("military"));
  }

  @Test
  void parsesAllKeys() throws Exception {
    ClauseCatalog c =
        parse(
            "# comment\npattern a.b\n  kind USE_RESTRICTION\n  category MILITARY\n  weight 0.5\n  item\n"
                + "  signal Why.\n  match not use ... military|weapons\n  match war*\n");
    ClausePattern p = c.patterns().get(0);
    assertEquals("a.b", p.id());
    assertTrue(p.listItem());
    assertEquals(2, p.phrasings().size());
  }

  @Test
  void keepsExamplesAndCounterExamplesInFileOrder() throws Exception {
    ClausePattern p =
        parse(
            "pattern a\n  kind USE_RESTRICTION\n  category MILITARY\n  weight 0.5\n"
                + "  example Do not use it for warfare.\n  match not use ... war*\n"
                + "  counter The war is over.\n  example Never use it in weapons.\n")
            .patterns().get(0);
    assertEquals(List.of("Do not use it for warfare.", "Never use it in weapons."), p.examples());
    assertEquals(List.of("The war is over."), p.counterExamples());
    assertThrows(UnsupportedOperationException.class, () -> p.examples().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> p.counterExamples().add("x"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> parse("pattern a\n kind GRANT\n category GRANT_USE\n weight 0.5\n match x\n counter\n"));
    assertTrue(e.getMessage().contains("test.catalog:6:"), e.getMessage());
  }

  @Test
  void errorsNameTheLine() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> parse("pattern a\n  kind USE_RESTRICTION\n  category NOPE\n"));
    assertTrue(e.getMessage().startsWith("test.catalog:3:"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> parse("pattern a\n  weight 0.5\n"));
    assertTrue(e.getMessage().contains("test.catalog:2:"), e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class,
            () -> parse("pattern a\n kind GRANT\n category GRANT_USE\n weight 0.5\n match ... x\n"));
    assertTrue(e.getMessage().contains("test.catalog:5:"), e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class,
            () -> parse("pattern a\n kind GRANT\n category GRANT_USE\n weight 0.5\n match x\npattern a\n"));
    assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
  }
}
