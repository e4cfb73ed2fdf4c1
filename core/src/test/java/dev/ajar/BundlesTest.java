package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Documents made of several licenses, or of one license several times (issue 13). */
class BundlesTest {

  private static final String RULE = "\n\n----------------------------------------\n\n";
  private static final List<String> OPEN =
      List.of("MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "Zlib", "MPL-2.0", "LGPL-2.1-only",
          "BSD-2-Clause", "GPL-3.0-only", "0BSD");

  private static String bundle(List<String> ids) {
    return ids.stream().map(ReferenceTexts::text).collect(Collectors.joining(RULE));
  }

  @Test
  void aNoticeBundleOfOpenLicensesIsOpen() {
    for (int n = 2; n <= OPEN.size(); n++) {
      String text = bundle(OPEN.subList(0, n));
      Classification c = LicenseClassifier.classify(text);
      assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), n + " licenses: " + c);
      Invariants.check(text, c);
    }
  }

  @Test
  void oneRestrictiveMemberMakesTheBundleRestricted() {
    String text = bundle(List.of("MIT", "Apache-2.0", "Hippocratic-2.1", "BSD-3-Clause"));
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass(), c::toString);
    assertTrue(c.closestLicense().orElseThrow().ids().contains("Hippocratic-2.1"), c::toString);
    Invariants.check(text, c);
  }

  @Test
  void repeatingALicenseNeverChangesItsClass() {
    for (String id : List.of("MIT", "Hippocratic-2.1", "CC-BY-NC-4.0", "CC-BY-ND-4.0")) {
      LicenseClass once = LicenseClassifier.classify(ReferenceTexts.text(id)).licenseClass();
      for (int copies = 2; copies <= 5; copies++) {
        String text = bundle(java.util.Collections.nCopies(copies, id));
        assertEquals(once, LicenseClassifier.classify(text).licenseClass(), id + " x" + copies);
      }
    }
  }

  @Test
  void aLicenseWhoseSectionsAreRuledOffIsReadWhole() {
    // MPL-2.0 separates its sections with rule lines; none of its parts is a known text alone.
    String mpl = ReferenceTexts.text("MPL-2.0");
    assertTrue(Regions.split(mpl).size() >= 2, "MPL-2.0 has rule lines");
    assertEquals(LicenseClass.OSD_COMPATIBLE, LicenseClassifier.classify(mpl).licenseClass());
  }

  @Test
  void regionsNeedRuleLinesAndRealText() {
    assertEquals(List.of(), Regions.split("one text\nwith no rule"));
    assertEquals(List.of(), Regions.split("a\n-----\nb"), "regions too short to be licenses");
    String a = "a".repeat(300);
    List<int[]> r = Regions.split(a + "\n=====\n" + a);
    assertEquals(2, r.size());
    assertEquals(0, r.get(0)[0]);
    assertEquals(a.length() + 7, r.get(1)[0]);
  }
}
