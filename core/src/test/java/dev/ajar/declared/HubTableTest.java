package dev.ajar.declared;

import static dev.ajar.LicenseClass.OSD_COMPATIBLE;
import static dev.ajar.LicenseClass.PROPRIETARY;
import static dev.ajar.LicenseClass.USE_RESTRICTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.DeclarationKind;
import dev.ajar.DeclaredLicense;
import dev.ajar.LicenseClass;
import dev.ajar.declared.KnownLicenses.HubLicense;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reviewed table of model-hub ids: every row parses, every class is valid and consistent. */
class HubTableTest {

  private static final KnownLicenses KNOWN = KnownLicenses.bundled();

  private static Optional<LicenseClass> classOf(String hubId) {
    return Declarations.resolve(hubId).orElseThrow().licenseClass();
  }

  @Test
  void everyRowHasFourCellsAValidExpressionAndClass() throws IOException {
    List<String[]> rows = AliasTableTest.rows(KnownLicenses.HUB, 4);
    assertEquals(rows.size(), KNOWN.hubLicenses().size(), "hub ids are unique");
    for (String[] row : rows) {
      assertEquals(row[0].toLowerCase(java.util.Locale.ROOT), row[0], "hub ids are lower case");
      assertTrue(row[1].equals("-") || ExpressionParser.parse(row[1]).isValid(), row[1]);
      assertTrue(row[2].equals("-") || LicenseClass.valueOf(row[2]).isLicense(), row[2]);
      assertFalse(row[3].isBlank(), row[0] + " has no reason");
    }
  }

  @Test
  void theStatedClassIsTheResolvedOneAndSpdxRowsAgreeWithTheGoldLabels() {
    List<String> wrong = new ArrayList<>();
    for (HubLicense h : KNOWN.hubLicenses()) {
      DeclaredLicense d = Declarations.resolve(h.id()).orElseThrow();
      assertEquals(DeclarationKind.HUB_ID, d.kind());
      if (!d.licenseClass().equals(h.licenseClass())) {
        wrong.add(h.id() + ": table " + h.licenseClass() + ", resolved " + d.licenseClass());
      }
      if (h.expression().isPresent() && !d.isResolved()) {
        wrong.add(h.id() + ": unresolved " + d.unresolved());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theBriefsIdsAreAllThere() {
    for (String id : List.of("apache-2.0", "mit", "openrail", "openrail++", "creativeml-openrail-m",
        "bigscience-openrail-m", "bigscience-bloom-rail-1.0", "bigcode-openrail-m", "llama2",
        "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma", "cc-by-nc-4.0",
        "cc-by-nc-sa-4.0", "cc-by-nc-nd-4.0", "cc-by-4.0", "cc-by-sa-4.0", "afl-3.0",
        "artistic-2.0", "bsd", "bsd-2-clause", "bsd-3-clause", "bsl-1.0", "cc0-1.0", "gpl-2.0",
        "gpl-3.0", "lgpl-2.1", "lgpl-3.0", "agpl-3.0", "mpl-2.0", "wtfpl", "unlicense",
        "deepfloyd-if-license", "apple-ascl", "intel-research", "lgpl-lr", "c-uda",
        "cdla-sharing-1.0", "cdla-permissive-1.0", "cdla-permissive-2.0", "odc-by", "odbl", "pddl",
        "other", "unknown")) {
      assertTrue(KNOWN.hub(id).isPresent(), id);
    }
  }

  @Test
  void railLlamaAndGemmaAreUseRestrictedNcIsUseRestrictedNdAndResearchOnlyAreProprietary() {
    for (String id : List.of("openrail", "openrail++", "creativeml-openrail-m", "bigscience-openrail-m",
        "bigscience-bloom-rail-1.0", "bigcode-openrail-m", "llama2", "llama3", "llama3.1",
        "llama3.2", "llama3.3", "llama4", "gemma", "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0",
        "cc-by-nc-sa-2.0", "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0")) {
      assertEquals(Optional.of(USE_RESTRICTED), classOf(id), id);
    }
    for (String id : List.of("cc-by-nd-4.0", "cc-by-nc-nd-3.0", "cc-by-nc-nd-4.0",
        "deepfloyd-if-license", "intel-research", "apple-amlr", "fair-noncommercial-research-license")) {
      assertEquals(Optional.of(PROPRIETARY), classOf(id), id);
    }
    for (String id : List.of("apache-2.0", "mit", "cc-by-4.0", "cc-by-sa-4.0", "gpl", "bsd", "odbl")) {
      assertEquals(Optional.of(OSD_COMPATIBLE), classOf(id), id);
    }
  }

  @Test
  void otherUnknownAndTheUnreviewedAreDeliberatelyWithoutClass() {
    for (String id : List.of("other", "unknown", "cc", "h-research")) {
      DeclaredLicense d = Declarations.resolve(id).orElseThrow();
      assertEquals(Optional.empty(), d.licenseClass(), id);
      assertFalse(d.reason().isBlank(), id);
    }
    assertEquals(List.of(), Declarations.resolve("other").orElseThrow().ids());
  }

  @Test
  void hubIdsAreReadInAnyCaseAndOwnRefsResolveInExpressions() {
    assertEquals(Optional.of(USE_RESTRICTED), classOf("Llama3.1"));
    DeclaredLicense d = Declarations.resolve("LicenseRef-Llama-2-Community AND MIT").orElseThrow();
    assertEquals(List.of("LicenseRef-Llama-2-Community", "MIT"), d.ids());
    assertEquals(Optional.of(USE_RESTRICTED), d.licenseClass());
  }
}
