package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.PERMISSIVE;
import static dev.ajar.cli.Cli.PROPRIETARY;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Category;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fail-on} and {@code --fail-on-restriction}, and the exit codes they give. */
class PolicyTest {
  @TempDir Path dir;

  @BeforeEach
  void repo() {
    write(dir, "LICENSE", PERMISSIVE);
    write(dir, "restricted/LICENSE", MILITARY);
  }

  @Test
  void failOnAMatchingClassExitsThreeAndNamesTheFile() {
    Cli.Result r =
        Cli.run(
            "classify",
            "--format",
            "json",
            "--fail-on",
            "USE_RESTRICTED,PROPRIETARY",
            dir.toString());

    assertEquals(ExitCodes.POLICY_VIOLATION, r.exit(), r::toString);
    assertEquals(2, r.json().size(), "every file is still reported");
    assertTrue(
        r.err()
            .contains(
                dir.resolve("restricted/LICENSE") + ": fails the policy (class USE_RESTRICTED)"),
        r.err());
  }

  @Test
  void failOnClassesNotFoundPasses() {
    Cli.Result r =
        Cli.run("classify", "--fail-on", "proprietary", "--fail-on", "risk_tiered", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
  }

  @Test
  void failOnRestrictionMatchesSlugsInAnySpelling() {
    for (String slug :
        new String[] {
          "military", "MILITARY", "non-commercial,military", "noncommercial,Military"
        }) {
      Cli.Result r = Cli.run("classify", "--fail-on-restriction", slug, dir.toString());
      assertEquals(ExitCodes.POLICY_VIOLATION, r.exit(), () -> slug + "\n" + r);
      assertTrue(r.out().contains("policy: FAIL (restriction military)"), r.out());
    }
    Cli.Result other =
        Cli.run("classify", "--fail-on-restriction", "noncommercial,surveillance", dir.toString());
    assertEquals(ExitCodes.OK, other.exit(), other::toString);
  }

  @Test
  void policyViolationOutranksAnUnreadableInput() {
    write(dir, "b/COPYING", PROPRIETARY);
    Cli.Result r =
        Cli.run(
            "classify",
            "--fail-on",
            "PROPRIETARY",
            dir.toString(),
            dir.resolve("missing").toString());

    assertEquals(ExitCodes.POLICY_VIOLATION, r.exit(), r::toString);
    Cli.Result noPolicy = Cli.run("classify", dir.toString(), dir.resolve("missing").toString());
    assertEquals(ExitCodes.INPUT_ERROR, noPolicy.exit(), noPolicy::toString);
  }

  @Test
  void unknownClassOrSlugIsAUsageError() {
    Cli.Result badClass = Cli.run("classify", "--fail-on", "USE_RESTRICTED,OPEN", dir.toString());
    assertEquals(ExitCodes.USAGE, badClass.exit(), badClass::toString);
    assertTrue(badClass.err().contains("OPEN"), badClass.err());
    assertEquals("", badClass.out());

    Cli.Result badSlug =
        Cli.run("classify", "--fail-on-restriction", "military,weapons", dir.toString());
    assertEquals(ExitCodes.USAGE, badSlug.exit(), badSlug::toString);
    assertTrue(
        badSlug.err().contains("unknown restriction 'weapons'; expected one of: harm, military"),
        badSlug.err());

    Cli.Result notARestriction =
        Cli.run("classify", "--fail-on-restriction", "all-rights-reserved", dir.toString());
    assertEquals(ExitCodes.USAGE, notARestriction.exit(), notARestriction::toString);
  }

  @Test
  void restrictionNamesResolveToRestrictionCategoriesOnly() {
    assertEquals(Category.NON_COMMERCIAL, Policy.restriction("noncommercial"));
    assertEquals(Category.NON_COMMERCIAL, Policy.restriction(" Non_Commercial "));
    assertEquals(Category.ACCEPTABLE_USE_POLICY, Policy.restriction("acceptable-use-policy"));
    assertThrows(IllegalArgumentException.class, () -> Policy.restriction("grant-use"));
    assertThrows(IllegalArgumentException.class, () -> Policy.restriction(""));
  }
}
