package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCodeLicenseDbTest {

  @TempDir
  Path dir;

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static String record(String key, String category, String spdx) {
    return "key: " + key + "\nshort_name: S\nname: Name of " + key + "\ncategory: " + category + "\n"
        + (spdx == null ? "" : "spdx_license_key: " + spdx + "\n")
        + "other_urls:\n  - http://example.com\ntext: |\n  Permission is granted.\n  Line two.\n";
  }

  private String failure() {
    return assertThrows(CorpusException.class, () -> ScanCodeLicenseDb.load(dir)).getMessage();
  }

  @Test
  void readsRecordsInKeyOrderAndTurnsLicenseRefIntoNoSpdxId() throws IOException {
    write("b-1.0.yml", record("b-1.0", "Proprietary Free", "LicenseRef-scancode-b-1.0")
        + "notes: a note\nlanguage: de\n");
    write("a.yml", record("a", "Permissive", "MIT"));
    write("c.yml", record("c", "Copyleft", null));
    write("README.md", "not a record");
    write(ScanCodeLicenseDb.COMMIT_FILE, "abc123\n");
    Files.createDirectory(dir.resolve("sub.yml"));
    ScanCodeLicenseDb db = ScanCodeLicenseDb.load(dir);
    assertEquals(List.of(
        new ScanCodeLicense("a", "Name of a", ScanCodeCategory.PERMISSIVE, Optional.of("MIT"), "en",
            "Permission is granted.\nLine two.\n", ""),
        new ScanCodeLicense("b-1.0", "Name of b-1.0", ScanCodeCategory.PROPRIETARY_FREE, Optional.empty(), "de",
            "Permission is granted.\nLine two.\n", "a note"),
        new ScanCodeLicense("c", "Name of c", ScanCodeCategory.COPYLEFT, Optional.empty(), "en",
            "Permission is granted.\nLine two.\n", "")), db.records());
    assertEquals(Optional.of("abc123"), db.commit());
    assertTrue(db.skipped().isEmpty());
  }

  @Test
  void skipsOutOfScopeRecordsAndSaysWhy() throws IOException {
    write("a.yml", record("a", "Permissive", "MIT"));
    write("cla.yml", record("cla", "CLA", null));
    write("x-exception.yml", record("x-exception", "Copyleft Limited", null) + "is_exception: yes\n");
    ScanCodeLicenseDb db = ScanCodeLicenseDb.load(dir);
    assertEquals(1, db.records().size());
    assertEquals(List.of(new ScanCodeLicenseDb.Skipped("cla", "category CLA is out of scope"),
        new ScanCodeLicenseDb.Skipped("x-exception", "ScanCode marks it is_exception")), db.skipped());
  }

  @Test
  void failsOnAMissingOrEmptyDirectory() throws IOException {
    Path absent = dir.resolve("absent");
    String message = assertThrows(CorpusException.class, () -> ScanCodeLicenseDb.load(absent)).getMessage();
    assertTrue(message.startsWith(absent + ": not a directory"), message);
    write("notes.txt", "no records");
    assertTrue(failure().startsWith(dir + ": no <key>.yml records"));
  }

  @Test
  void malformedYamlNamesTheFileAndLine() throws IOException {
    write("a.yml", record("a", "Permissive", "MIT"));
    write("bad.yml", "key: bad\nname: [unclosed\ncategory: Permissive\n");
    String message = failure();
    assertTrue(message.startsWith(dir.resolve("bad.yml") + ":"), message);
    assertTrue(message.contains("not valid YAML"), message);
  }

  @Test
  void everyMalformedRecordIsListed() throws IOException {
    write("no-text.yml", "key: no-text\nname: N\ncategory: Permissive\n");
    write("no-category.yml", "key: no-category\nname: N\ntext: T\n");
    write("wrong-key.yml", record("other", "Permissive", null));
    write("odd-category.yml", record("odd-category", "Permissive-ish", null));
    write("list-name.yml", "key: list-name\nname:\n  - a\ncategory: Permissive\ntext: T\n");
    write("twice.yml", record("twice", "Permissive", null) + "category: Copyleft\n");
    write("scalar.yml", "just a string\n");
    write("blank-text.yml", "key: blank-text\nname: N\ncategory: Permissive\ntext: '   '\n");
    String message = failure();
    for (String expected : List.of(
        "no-text.yml: field 'text' is missing or blank",
        "no-category.yml: field 'category' is missing or blank",
        "wrong-key.yml: key 'other' is not the file name",
        "odd-category.yml: unknown category 'Permissive-ish'",
        "list-name.yml: field 'name' is a array, not text",
        "scalar.yml: not a YAML mapping of fields",
        "blank-text.yml: field 'text' is missing or blank")) {
      assertTrue(message.contains(expected), () -> expected + " not in: " + message);
    }
    assertTrue(message.contains("twice.yml:") && message.contains("Duplicate field 'category'"), message);
    assertTrue(message.contains("7 more malformed records"), message);
  }

  @Test
  void failsOnInvalidUtf8() throws IOException {
    Files.write(dir.resolve("a.yml"), new byte[] {'k', 'e', 'y', ':', ' ', (byte) 0xff, '\n'});
    assertTrue(failure().startsWith(dir.resolve("a.yml") + ":1: not valid UTF-8"));
  }

  @Test
  void recordRejectsALicenseRefAsSpdxId() {
    assertThrows(IllegalArgumentException.class, () -> new ScanCodeLicense("k", "n", ScanCodeCategory.COMMERCIAL,
        Optional.of("LicenseRef-scancode-k"), "en", "text", ""));
  }
}
