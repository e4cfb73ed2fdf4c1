package dev.ajar.benchmarks;

import static dev.ajar.LicenseClass.NOT_A_LICENSE;
import static dev.ajar.LicenseClass.OSD_COMPATIBLE;
import static dev.ajar.LicenseClass.PROPRIETARY;
import static dev.ajar.LicenseClass.USE_RESTRICTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTest {

  private static final double EPS = 1e-12;

  /**
   * Ten texts: 5 OSD (4 right, 1 called USE_RESTRICTED), 3 USE_RESTRICTED (2 right, 1 called
   * OSD), 2 PROPRIETARY (both called PROPRIETARY); one OSD text is also predicted NOT_A_LICENSE
   * in a second matrix below.
   */
  private static Confusion handCase() {
    Confusion c = new Confusion();
    for (int i = 0; i < 4; i++) {
      c.add(OSD_COMPATIBLE, OSD_COMPATIBLE);
    }
    c.add(OSD_COMPATIBLE, USE_RESTRICTED);
    c.add(USE_RESTRICTED, USE_RESTRICTED);
    c.add(USE_RESTRICTED, USE_RESTRICTED);
    c.add(USE_RESTRICTED, OSD_COMPATIBLE);
    c.add(PROPRIETARY, PROPRIETARY);
    c.add(PROPRIETARY, PROPRIETARY);
    return c;
  }

  @Test
  void countsAndAccuracy() {
    Confusion c = handCase();
    assertEquals(10, c.total());
    assertEquals(8, c.correct());
    assertEquals(0.8, c.accuracy(), EPS);
    assertEquals(1, c.count(OSD_COMPATIBLE, USE_RESTRICTED));
    assertEquals(5, c.support(OSD_COMPATIBLE));
    assertEquals(5, c.predicted(OSD_COMPATIBLE));
  }

  @Test
  void precisionRecallF1ByHand() {
    Confusion c = handCase();
    // OSD: 4 right of 5 predicted, of 5 gold.
    assertEquals(0.8, c.precision(OSD_COMPATIBLE), EPS);
    assertEquals(0.8, c.recall(OSD_COMPATIBLE), EPS);
    assertEquals(0.8, c.f1(OSD_COMPATIBLE), EPS);
    // USE_RESTRICTED: 2 right of 3 predicted, of 3 gold.
    assertEquals(2.0 / 3, c.precision(USE_RESTRICTED), EPS);
    assertEquals(2.0 / 3, c.recall(USE_RESTRICTED), EPS);
    assertEquals(1.0, c.f1(PROPRIETARY), EPS);
    assertEquals(List.of(PROPRIETARY, USE_RESTRICTED, OSD_COMPATIBLE), c.present());
    assertEquals((0.8 + 2.0 / 3 + 1.0) / 3, c.macroF1(), EPS);
  }

  @Test
  void classesWithoutGoldOrPredictionFollowTheStatedConventions() {
    Confusion c = new Confusion();
    c.add(OSD_COMPATIBLE, OSD_COMPATIBLE);
    c.add(OSD_COMPATIBLE, NOT_A_LICENSE);
    // NOT_A_LICENSE is predicted but never gold: precision 0, recall 0, F1 0, and it counts in macro-F1.
    assertEquals(0, c.precision(NOT_A_LICENSE), EPS);
    assertEquals(0, c.recall(NOT_A_LICENSE), EPS);
    assertEquals(0, c.f1(NOT_A_LICENSE), EPS);
    assertEquals(1.0, c.precision(OSD_COMPATIBLE), EPS);
    assertEquals(0.5, c.recall(OSD_COMPATIBLE), EPS);
    assertEquals((2.0 / 3 + 0) / 2, c.macroF1(), EPS);
    assertEquals(0, new Confusion().macroF1(), EPS);
    assertEquals(0, new Confusion().accuracy(), EPS);
  }
}
