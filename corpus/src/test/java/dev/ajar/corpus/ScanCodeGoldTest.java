package dev.ajar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanCodeGoldTest {

  private static final String HEADER = "key\tclass\tcontested\talternative\treason\n";

  @Test
  void parsesLabelsAndCountsTheAlternative() {
    ScanCodeGold gold = ScanCodeGold.parse("g.tsv", HEADER
        + "b\tPROPRIETARY\tyes\tUSE_RESTRICTED\tno redistribution; \"non-commercial\" too\n\n"
        + "a\tOSD_COMPATIBLE\tno\t-\t-\n");
    assertTrue(gold.present());
    assertEquals(List.of("a", "b"), List.copyOf(gold.labels().keySet()));
    ScanCodeGold.Label b = gold.label("b").orElseThrow();
    assertEquals(Optional.of(LicenseClass.USE_RESTRICTED), b.alternative());
    assertTrue(b.accepts(LicenseClass.USE_RESTRICTED) && b.accepts(LicenseClass.PROPRIETARY));
    assertFalse(b.accepts(LicenseClass.OSD_COMPATIBLE));
    assertEquals("", gold.label("a").orElseThrow().reason());
    assertFalse(gold.label("a").orElseThrow().accepts(LicenseClass.NOT_A_LICENSE));
    assertEquals(Optional.empty(), gold.label("c"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a\tFREE\tno\t-\tr| g.tsv:2: unknown class 'FREE'",
      "a\tPROPRIETARY\tyes\t-\tr| g.tsv:2: a: contested is true but alternative is absent",
      "a\tPROPRIETARY\tno\tUSE_RESTRICTED\tr| g.tsv:2: a: contested is false",
      "a\tPROPRIETARY\tyes\tPROPRIETARY\tr| g.tsv:2: a: alternative equals gold",
      "a\tPROPRIETARY\tmaybe\t-\tr| g.tsv:2: contested must be yes or no",
      "a\tPROPRIETARY\tno\t-| g.tsv:2: expected 5 tab-separated columns",
      "a\tPROPRIETARY\tno\t-\tr~a\tOSD_COMPATIBLE\tno\t-\tr| g.tsv:3: duplicate key a, first labelled on line 2"})
  void malformedRowsNameTheLine(String rows, String expected) {
    String message = assertThrows(CorpusException.class, () -> ScanCodeGold.parse("g.tsv", HEADER + rows.replace('~', '\n') + "\n"))
        .getMessage();
    assertTrue(message.startsWith(expected.strip()), message);
  }

  @Test
  void aWrongHeaderIsAnError() {
    assertThrows(CorpusException.class, () -> ScanCodeGold.parse("g.tsv", "key\tclass\n"));
  }

  @Test
  void theBundledTableLoadsOrIsReportedAbsent() {
    ScanCodeGold gold = ScanCodeGold.bundled();
    assertEquals(gold.present(), ScanCodeGold.class.getClassLoader().getResource(ScanCodeGold.RESOURCE) != null);
    assertTrue(gold.present() || gold.labels().isEmpty());
  }
}
