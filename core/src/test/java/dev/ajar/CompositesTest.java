package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.reference.ReferenceIndex;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A known text made of known texts ruled off from one another (Python-2.0.1: the PSF, BeOpen,
 * CNRI and CWI licenses) is named as the whole inside a bundle, not by its parts (issue 13).
 */
class CompositesTest {

  private static final String RULE = "\n\n----------------------------------------\n\n";

  private static String bundle(List<String> ids) {
    return ids.stream().map(ReferenceTexts::text).collect(Collectors.joining(RULE));
  }

  private static Classification classified(List<String> ids) {
    String text = bundle(ids);
    Classification c = LicenseClassifier.classify(text);
    Invariants.check(text, c);
    return c;
  }

  @Test
  void theWholeIsNamedBesideTheOtherMembers() {
    for (List<String> ids : List.of(
        List.of("MIT", "Python-2.0.1", "BSD-3-Clause"),
        List.of("Python-2.0.1", "MIT"),
        List.of("MIT", "Python-2.0.1"),
        // The benchmark's bundle that named Python-2.0.1 by its parts before.
        List.of("SGI-B-2.0", "MIT-0", "SNIA", "LiLiQ-P-1.1", "Symlinks", "EFL-1.0", "pnmstitch",
            "OAR", "Python-2.0.1"))) {
      Classification c = classified(ids);
      assertEquals(String.join(" AND ", ids), c.expression().orElse(""), ids::toString);
      assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), ids::toString);
    }
  }

  @Test
  void itsPartsBundledAsThemselvesKeepTheirOwnNames() {
    List<String> ids = List.of("PSF-2.0", "CNRI-Python-GPL-Compatible");
    assertEquals("PSF-2.0 AND CNRI-Python-GPL-Compatible", classified(ids).expression().orElse(""));
  }

  @Test
  void copiesOfTheWholeAreOneMember() {
    Classification c = classified(List.of("Python-2.0.1", "Python-2.0.1", "MIT"));
    assertEquals("Python-2.0.1 AND MIT", c.expression().orElse(""), c::toString);
  }

  @Test
  void theWholeAloneIsIdentifiedAsBefore() {
    String python = ReferenceTexts.text("Python-2.0.1");
    Classification c = LicenseClassifier.classify(python);
    assertEquals(Basis.KNOWN_TEXT, c.basis(), c::toString);
    assertEquals("Python-2.0.1", c.expression().orElse(""));
    // Edited inside one part (more than a title's worth of words), it is still that text, read
    // whole: the added sentence decides.
    int cnri = python.indexOf("CNRI LICENSE AGREEMENT");
    assertTrue(cnri > 0, "the CNRI part");
    String edited = python.substring(0, cnri)
        + "The Software shall not be used for military purposes or to surveil people.\n\n"
        + python.substring(cnri);
    Classification e = LicenseClassifier.classify(edited);
    assertEquals(LicenseClass.USE_RESTRICTED, e.licenseClass(), e::toString);
    assertEquals(List.of("Python-2.0.1"), e.closestLicense().orElseThrow().ids());
    Invariants.check(edited, e);
    // A sentence before it is what the known text adds, not a second license: the parts joined
    // back leave one known member, so the text is read whole and keeps its closest license.
    String prefixed = "The Software shall not be used for military purposes.\n\n" + python;
    Classification p = LicenseClassifier.classify(prefixed);
    assertEquals(LicenseClass.USE_RESTRICTED, p.licenseClass(), p::toString);
    assertEquals(List.of("Python-2.0.1"), p.closestLicense().orElseThrow().ids(), p::toString);
    Invariants.check(prefixed, p);
  }

  @Test
  void containmentTellsAPartFromAStranger() {
    ReferenceIndex index = ReferenceIndex.load();
    Entry python = entry(index, "Python-2.0.1");
    assertTrue(index.containment(entry(index, "PSF-2.0"), python) >= Composites.MIN_CONTAINED);
    assertTrue(index.containment(entry(index, "MIT"), python) < Composites.MIN_CONTAINED);
    assertEquals(1.0, index.containment(python, python));
    Entry stranger = new Entry(List.of("X"), LicenseClass.OSD_COMPATIBLE, "x");
    assertThrows(IllegalArgumentException.class, () -> index.containment(stranger, python));
  }

  private static Entry entry(ReferenceIndex index, String id) {
    return index.entries().stream().filter(e -> e.ids().contains(id)).findFirst().orElseThrow();
  }
}
