package dev.ajar.corpus;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpdxCorpusTest {
  private static final String HEADER =
      "spdx_id\tclass\tcontested\talternative\tevidence\trestrictions\n";

  private static final List<SpdxCorpus.ListEntry> ENTRIES = List.of(
      new SpdxCorpus.ListEntry("B", "B License", "text b", true, false),
      new SpdxCorpus.ListEntry("A", "A License", "text a", false, true));

  @Test
  void loadsEveryNonDeprecatedLicenseOfList3_28_0() {
    SpdxCorpus corpus = SpdxCorpus.load();
    assertEquals("3.28.0", corpus.listVersion());
    assertEquals(695, corpus.licenses().size());
    assertEquals(136, corpus.licenses().stream().filter(SpdxLicense::osiApproved).count());
    assertTrue(corpus.licenses().stream().noneMatch(l -> l.labelled().text().isBlank()));
    assertSame(corpus, SpdxCorpus.load());
  }

  @Test
  void classCountsMatchTheLabelTable() {
    Map<LicenseClass, Long> counts = SpdxCorpus.load().texts().stream()
        .collect(groupingBy(LabelledText::gold, counting()));
    assertEquals(Map.of(LicenseClass.OSD_COMPATIBLE, 637L, LicenseClass.USE_RESTRICTED, 43L,
        LicenseClass.PROPRIETARY, 15L), counts);
  }

  @Test
  void licensesAreSortedAndCarryTheirGoldColumns() {
    List<SpdxLicense> licenses = SpdxCorpus.load().licenses();
    assertEquals(licenses.stream().sorted(Comparator.comparing(SpdxLicense::id)).toList(),
        licenses);
    SpdxLicense apache = licenses.stream().filter(l -> l.id().equals("Apache-2.0")).findFirst()
        .orElseThrow();
    assertTrue(apache.osiApproved());
    assertTrue(apache.labelled().text().contains("Apache License"));
    assertEquals("SPDX License List 3.28.0", apache.labelled().source());
    assertTrue(licenses.stream().filter(SpdxLicense::osiApproved)
        .allMatch(l -> l.labelled().gold() == LicenseClass.OSD_COMPATIBLE));
    assertTrue(licenses.stream().filter(l -> l.labelled().gold() != LicenseClass.OSD_COMPATIBLE)
        .allMatch(l -> !l.restrictions().isEmpty()));
    assertThrows(UnsupportedOperationException.class, () -> apache.restrictions().add("x"));
  }

  @Test
  void joinsAndSplitsRestrictions() {
    SpdxCorpus corpus = SpdxCorpus.join("9.9", ENTRIES, HEADER
        + "A\tPROPRIETARY\tyes\tUSE_RESTRICTED\twhy\tno-derivatives,commercial\n"
        + "B\tOSD_COMPATIBLE\tno\t-\tosi\t-\n");
    assertEquals(List.of("A", "B"), corpus.licenses().stream().map(SpdxLicense::id).toList());
    SpdxLicense a = corpus.licenses().get(0);
    assertEquals(List.of("commercial", "no-derivatives"), List.copyOf(a.restrictions()));
    assertTrue(a.fsfLibre() && a.labelled().accepts(LicenseClass.USE_RESTRICTED));
    assertEquals("why", a.labelled().notes());
  }

  @Test
  void failsNamingTheResourceWhenALicenseHasNoLabel() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpdxCorpus.join(
        "9.9", ENTRIES, HEADER + "B\tOSD_COMPATIBLE\tno\t-\tosi\t-\n"));
    assertTrue(e.getMessage().startsWith("resources/stdlicenses/A.json: "), e.getMessage());
    assertTrue(e.getMessage().contains(SpdxCorpus.LABELS), e.getMessage());
  }

  @Test
  void failsNamingTheLineWhenALabelHasNoText() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpdxCorpus.join(
        "9.9", ENTRIES, HEADER + "A\tOSD_COMPATIBLE\tno\t-\tosi\t-\n"
            + "B\tOSD_COMPATIBLE\tno\t-\tosi\t-\n" + "C\tOSD_COMPATIBLE\tno\t-\tosi\t-\n"));
    assertTrue(e.getMessage().startsWith(SpdxCorpus.LABELS + ":4: label for C"), e.getMessage());
  }

  @Test
  void failsNamingTheLineOfAMalformedLabel() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpdxCorpus.join(
        "9.9", ENTRIES, HEADER + "A\tFREE\tno\t-\tosi\t-\nB\tOSD_COMPATIBLE\tno\t-\tosi\t-\n"));
    assertTrue(e.getMessage().startsWith(SpdxCorpus.LABELS + ":2: unknown class 'FREE'"),
        e.getMessage());
  }
}
