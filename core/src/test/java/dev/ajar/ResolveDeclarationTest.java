package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LicenseClassifier#resolveDeclaration(String)}: a value outside any text, resolved. */
class ResolveDeclarationTest {
  @Test
  void hubIdsResolveToTheirClass() {
    DeclaredLicense apache = LicenseClassifier.resolveDeclaration("apache-2.0").orElseThrow();
    assertEquals(DeclarationKind.HUB_ID, apache.kind());
    assertEquals("Apache-2.0", apache.expression());
    assertEquals(Optional.of(LicenseClass.OSD_COMPATIBLE), apache.licenseClass());

    DeclaredLicense llama = LicenseClassifier.resolveDeclaration(" llama3 ").orElseThrow();
    assertEquals(Optional.of(LicenseClass.USE_RESTRICTED), llama.licenseClass());
    assertEquals(1, llama.start());
    assertEquals("llama3", llama.excerpt());
  }

  @Test
  void expressionsAndUnknownValues() {
    DeclaredLicense or = LicenseClassifier.resolveDeclaration("MIT OR Apache-2.0").orElseThrow();
    assertEquals(List.of("MIT", "Apache-2.0"), or.ids());
    assertEquals(Optional.of(LicenseClass.OSD_COMPATIBLE), or.licenseClass());

    DeclaredLicense unknown = LicenseClassifier.resolveDeclaration("acme-rail-1.0").orElseThrow();
    assertTrue(unknown.licenseClass().isEmpty(), unknown::toString);
    assertTrue(!unknown.isResolved());
  }

  @Test
  void blankIsEmptyAndNullThrows() {
    assertEquals(Optional.empty(), LicenseClassifier.resolveDeclaration(" \t\n"));
    assertThrows(NullPointerException.class, () -> LicenseClassifier.resolveDeclaration(null));
  }
}
