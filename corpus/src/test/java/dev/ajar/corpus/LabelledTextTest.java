package dev.ajar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.RiskTier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledTextTest {
  private static LabelledText contested(LicenseClass gold, LicenseClass alternative) {
    return new LabelledText(
        "x", "text", gold, Optional.empty(), true, Optional.of(alternative), "src", "");
  }

  @Test
  void acceptsGoldAndTheAlternativeOfAContestedLabel() {
    LabelledText text = contested(LicenseClass.USE_RESTRICTED, LicenseClass.PROPRIETARY);
    assertTrue(text.accepts(LicenseClass.USE_RESTRICTED));
    assertTrue(text.accepts(LicenseClass.PROPRIETARY));
    assertFalse(text.accepts(LicenseClass.OSD_COMPATIBLE));
    assertFalse(text.accepts(LicenseClass.NOT_A_LICENSE));
  }

  @Test
  void acceptsOnlyGoldWhenUncontested() {
    LabelledText text = new LabelledText("x", "", LicenseClass.RISK_TIERED,
        Optional.of(RiskTier.HIGH), false, Optional.empty(), "src", "notes");
    assertTrue(text.accepts(LicenseClass.RISK_TIERED));
    assertFalse(text.accepts(LicenseClass.PROPRIETARY));
  }

  @Test
  void rejectsNullComponentsByName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new LabelledText(
        "x", null, LicenseClass.PROPRIETARY, Optional.empty(), false, Optional.empty(), "", ""));
    assertEquals("text is null", e.getMessage());
    assertThrows(NullPointerException.class, () -> contested(LicenseClass.PROPRIETARY,
        LicenseClass.USE_RESTRICTED).accepts(null));
  }

  @Test
  void rejectsInconsistentLabels() {
    assertThrows(IllegalArgumentException.class, () -> new LabelledText(" ", "",
        LicenseClass.PROPRIETARY, Optional.empty(), false, Optional.empty(), "", ""));
    assertThrows(IllegalArgumentException.class, () -> new LabelledText("x", "",
        LicenseClass.PROPRIETARY, Optional.of(RiskTier.LOW), false, Optional.empty(), "", ""));
    assertThrows(IllegalArgumentException.class, () -> new LabelledText("x", "",
        LicenseClass.PROPRIETARY, Optional.empty(), true, Optional.empty(), "", ""));
    assertThrows(IllegalArgumentException.class, () -> new LabelledText("x", "",
        LicenseClass.PROPRIETARY, Optional.empty(), false,
        Optional.of(LicenseClass.USE_RESTRICTED), "", ""));
    assertThrows(IllegalArgumentException.class,
        () -> contested(LicenseClass.PROPRIETARY, LicenseClass.PROPRIETARY));
  }
}
