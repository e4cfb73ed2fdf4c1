package dev.ajar.declared;

import static dev.ajar.DeclarationKind.FIELD;
import static dev.ajar.DeclarationKind.HUB_ID;
import static dev.ajar.DeclarationKind.NAME;
import static dev.ajar.DeclarationKind.SPDX_LINE;
import static dev.ajar.DeclarationKind.URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.DeclarationKind;
import dev.ajar.DeclaredLicense;
import dev.ajar.LicenseClass;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of declaration, with examples and the look-alikes that must not count. */
class DeclarationsTest {

  /** The declarations of {@code text}, checked against the record's promises. */
  static List<DeclaredLicense> find(String text) {
    List<DeclaredLicense> all = Declarations.find(text);
    int lastEnd = 0;
    for (DeclaredLicense d : all) {
      assertEquals(text.substring(d.start(), d.end()), d.excerpt());
      assertTrue(d.start() >= lastEnd, "ordered and not overlapping: " + all);
      lastEnd = d.end();
    }
    return all;
  }

  /** The only declaration of {@code text}, of the given kind, quoting {@code excerpt}. */
  static DeclaredLicense one(String text, DeclarationKind kind, String expression, String excerpt) {
    List<DeclaredLicense> all = find(text);
    assertEquals(1, all.size(), () -> text + " -> " + all);
    DeclaredLicense d = all.get(0);
    assertEquals(kind, d.kind(), text);
    assertEquals(expression, d.expression(), text);
    assertEquals(excerpt, d.excerpt(), text);
    return d;
  }

  // ----- SPDX-License-Identifier lines -----

  @ParameterizedTest
  @ValueSource(strings = {
      "// SPDX-License-Identifier: MIT\n",
      "# SPDX-License-Identifier: MIT",
      "/* SPDX-License-Identifier: MIT */",
      " * SPDX-License-Identifier: MIT\n",
      "-- SPDX-License-Identifier: MIT",
      "; SPDX-License-Identifier: MIT",
      ";; SPDX-License-Identifier: MIT",
      "<!-- SPDX-License-Identifier: MIT -->",
      "% SPDX-License-Identifier: MIT",
      "' SPDX-License-Identifier: MIT",
      ".. SPDX-License-Identifier: MIT",
      "dnl SPDX-License-Identifier: MIT",
      "REM SPDX-License-Identifier: MIT",
      "spdx-license-identifier:MIT\r\n",
      "{- SPDX-License-Identifier: MIT -}",
      "(* SPDX-License-Identifier: MIT *)",
  })
  void spdxLinesInEveryCommentStyle(String text) {
    DeclaredLicense d = one(text, SPDX_LINE, "MIT", text.substring(text.toLowerCase().indexOf("spdx"),
        text.lastIndexOf("MIT") + 3));
    assertEquals(Optional.of(LicenseClass.OSD_COMPATIBLE), d.licenseClass());
    assertEquals(List.of("MIT"), d.ids());
  }

  @Test
  void anSpdxLineTakesTheWholeExpression() {
    DeclaredLicense d = one("#!/bin/sh\n# SPDX-License-Identifier: (MIT OR Apache-2.0) AND CC-BY-NC-4.0\necho\n",
        SPDX_LINE, "(MIT OR Apache-2.0) AND CC-BY-NC-4.0",
        "SPDX-License-Identifier: (MIT OR Apache-2.0) AND CC-BY-NC-4.0");
    assertEquals(Optional.of(LicenseClass.USE_RESTRICTED), d.licenseClass());
  }

  @Test
  void aBadExpressionIsReportedWithItsError() {
    DeclaredLicense d = one("// SPDX-License-Identifier: MIT AND\n", SPDX_LINE, "MIT AND",
        "SPDX-License-Identifier: MIT AND");
    assertEquals(Optional.empty(), d.licenseClass());
    assertEquals("not a valid SPDX license expression: expected a license id or '(', found the end at 7",
        d.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "if (line.startsWith(\"SPDX-License-Identifier: MIT\")) {",
      "Add an SPDX-License-Identifier: MIT line to each file.",
      "x = 1 // SPDX-License-Identifier: MIT",
      "SPDX-License-Identifier MIT",
  })
  void anSpdxTagInsideCodeOrProseIsNoDeclaration(String text) {
    assertTrue(find(text).stream().noneMatch(d -> d.kind() == SPDX_LINE), text);
  }

  // ----- fields -----

  @Test
  void packageJson() {
    DeclaredLicense d = one("{\n  \"name\": \"left-pad\",\n  \"license\": \"WTFPL\",\n  \"main\": \"index.js\"\n}",
        FIELD, "WTFPL", "\"license\": \"WTFPL\"");
    assertEquals(Optional.of(LicenseClass.OSD_COMPATIBLE), d.licenseClass());
    one("{\"license\":\"(MIT OR Apache-2.0)\"}", FIELD, "MIT OR Apache-2.0", "\"license\":\"(MIT OR Apache-2.0)\"");
  }

  @Test
  void cargoPyprojectSetupPyAndGemspec() {
    one("[package]\nname = \"x\"\nlicense = \"MIT OR Apache-2.0\"\n", FIELD, "MIT OR Apache-2.0",
        "license = \"MIT OR Apache-2.0\"");
    one("[package]\nlicense = \"MIT/Apache-2.0\"\n", FIELD, "MIT OR Apache-2.0", "license = \"MIT/Apache-2.0\"");
    one("[project]\nlicense = {text = \"BSD-3-Clause\"}\n", FIELD, "BSD-3-Clause",
        "license = {text = \"BSD-3-Clause\"");
    one("setup(name='x', license='Apache 2.0', version='1')", FIELD, "Apache-2.0", "license='Apache 2.0'");
    one("  s.license = 'MIT'\n", FIELD, "MIT", "license = 'MIT'");
    assertEquals(List.of(), find("[project]\nlicense = { file = \"LICENSE\" }\n"));
    assertEquals(List.of(), find("license = LICENSE_TEXT\n"));
  }

  @Test
  void headersOfDebianRpmAndPythonMetadata() {
    one("Files: *\nCopyright: 2020 Someone\nLicense: GPL-2+\n", FIELD, "GPL-2.0-or-later", "License: GPL-2+");
    one("Name: foo\nVersion: 1\nLicense:        ASL 2.0\n", FIELD, "Apache-2.0", "License:        ASL 2.0");
    one("Metadata-Version: 2.4\nLicense-Expression: MIT AND (Apache-2.0 OR BSD-2-Clause)\n", FIELD,
        "MIT AND (Apache-2.0 OR BSD-2-Clause)", "License-Expression: MIT AND (Apache-2.0 OR BSD-2-Clause)");
    one("Bundle-License: https://www.apache.org/licenses/LICENSE-2.0.txt\n", FIELD, "Apache-2.0",
        "Bundle-License: https://www.apache.org/licenses/LICENSE-2.0.txt");
    one("# License: MIT License\n", FIELD, "MIT", "License: MIT License");
    one("    'License :: OSI Approved :: BSD License',\n", FIELD, "LicenseRef-BSD",
        "License :: OSI Approved :: BSD License");
  }

  @Test
  void unknownFieldValuesAreReportedUnresolved() {
    DeclaredLicense d = one("License: Proprietary\n", FIELD, "Proprietary", "License: Proprietary");
    assertEquals(List.of("Proprietary"), d.unresolved());
    assertEquals(Optional.empty(), d.licenseClass());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "- License: switched from GPL to MIT\n",
      "The license: you may use it as you wish\n",
      "Read the license: it is short.\n",
      "We chose the license = because it is permissive\n",
      "\"license\": \"SEE LICENSE IN LICENSE.txt\"",
      "our license key: 1234-ABCD\n",
  })
  void proseAfterALicenseKeyIsNoDeclaration(String text) {
    assertEquals(List.of(), find(text), text);
  }

  @Test
  void mavenPomAndNuspec() {
    String pom = "<licenses>\n  <license>\n    <name>The Apache Software License, Version 2.0</name>\n"
        + "    <url>http://www.apache.org/licenses/LICENSE-2.0.txt</url>\n  </license>\n</licenses>";
    List<DeclaredLicense> all = find(pom);
    assertEquals(2, all.size(), all.toString());
    assertEquals(List.of(FIELD, FIELD), all.stream().map(DeclaredLicense::kind).toList());
    assertEquals(List.of("Apache-2.0", "Apache-2.0"), all.stream().map(DeclaredLicense::expression).toList());
    assertEquals("<name>The Apache Software License, Version 2.0</name>", all.get(0).excerpt());
    one("<license type=\"expression\">MIT OR ISC</license>", FIELD, "MIT OR ISC",
        "<license type=\"expression\">MIT OR ISC</license>");
    assertEquals(List.of(), find("<project><name>not a license</name></project>"));
  }

  // ----- model cards -----

  @Test
  void modelCardFrontMatter() {
    String card = "---\nlanguage: en\nlicense: llama3.1\ntags:\n- text\n---\n# Model\n\nlicense: mit\n";
    DeclaredLicense d = find(card).get(0);
    assertEquals(HUB_ID, d.kind());
    assertEquals("license: llama3.1", d.excerpt());
    assertEquals(List.of("LicenseRef-Llama-3.1-Community"), d.ids());
    assertEquals(Optional.of(LicenseClass.USE_RESTRICTED), d.licenseClass());
  }

  @Test
  void modelCardOtherWithNameAndLink() {
    String card = "\uFEFF---\nlicense: other\nlicense_name: deepseek\nlicense_link: https://opensource.org/licenses/MIT\n---\n";
    List<DeclaredLicense> all = find(card);
    assertEquals(List.of(HUB_ID, FIELD, FIELD), all.stream().map(DeclaredLicense::kind).toList(), all.toString());
    assertEquals(Optional.empty(), all.get(0).licenseClass());
    assertEquals(List.of("deepseek"), all.get(1).unresolved());
    assertEquals(List.of("MIT"), all.get(2).ids());
  }

  @Test
  void modelCardLicenseLists() {
    List<DeclaredLicense> block = find("---\nlicense:\n  - mit\n  - cc-by-nc-4.0\nfoo: bar\n---\n");
    assertEquals(List.of("MIT", "CC-BY-NC-4.0"), block.stream().map(DeclaredLicense::expression).toList());
    assertEquals(List.of("mit", "cc-by-nc-4.0"), block.stream().map(DeclaredLicense::excerpt).toList());
    List<DeclaredLicense> flow = find("---\nlicense: [apache-2.0, \"openrail\"]\n---\n");
    assertEquals(List.of("Apache-2.0", "LicenseRef-OpenRAIL"), flow.stream().map(DeclaredLicense::expression).toList());
    one("---\nlicense: 'cc-by-nd-4.0' # weights\n---\n", HUB_ID, "CC-BY-ND-4.0", "license: 'cc-by-nd-4.0'");
  }

  @Test
  void withoutItsClosingFenceThereIsNoFrontMatterAndTheKeyIsAPlainField() {
    one("---\nlicense: mit\n", FIELD, "MIT", "license: mit");
  }

  // ----- names -----

  @Test
  void namesAfterALeadIn() {
    one("Licensed under the Apache License, Version 2.0 (the \"License\");", NAME, "Apache-2.0",
        "Licensed under the Apache License, Version 2.0");
    one("This project is licensed under the MIT License - see LICENSE.md", NAME, "MIT",
        "licensed under the MIT License");
    one("It is released under the terms of the GNU General Public License v3.0 or later.", NAME,
        "GPL-3.0-or-later", "released under the terms of the GNU General Public License v3.0 or later");
    one("This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If",
        NAME, "MPL-2.0", "subject to the terms of the Mozilla Public License, v. 2.0");
    one("Distributed under the\nBoost Software License, Version 1.0.", NAME, "BSL-1.0",
        "Distributed under the\nBoost Software License, Version 1.0");
    one("dual-licensed under the MIT or Apache-2.0 licenses", NAME, "MIT OR Apache-2.0",
        "dual-licensed under the MIT or Apache-2.0 licenses".replace(" licenses", ""));
    one("This work is licensed to you under the CC BY-NC 4.0 license.", NAME, "CC-BY-NC-4.0",
        "licensed to you under the CC BY-NC 4.0 license");
  }

  @Test
  void gnuNoticesGiveTheirVersionAfterTheName() {
    String later = "This program is free software; you can redistribute it and/or modify\n"
        + "it under the terms of the GNU General Public License as published by\n"
        + "the Free Software Foundation; either version 2 of the License, or\n"
        + "(at your option) any later version.\n";
    DeclaredLicense d = one("Foo is distributed under the terms of the GNU General Public License as published by\n"
        + "the Free Software Foundation; either version 2 of the License, or\n(at your option) any later version.\n",
        NAME, "GPL-2.0-or-later", "distributed under the terms of the GNU General Public License as published by\n"
        + "the Free Software Foundation; either version 2 of the License, or\n(at your option) any later version");
    assertTrue(d.reason().contains("the version the notice gives"), d.reason());
    one("released under the GNU Lesser General Public License as published by the Free Software"
        + " Foundation, version 2.1.", NAME, "LGPL-2.1-only",
        "released under the GNU Lesser General Public License as published by the Free Software"
        + " Foundation, version 2.1");
    one("licensed under the GNU GPL version 3 or (at your option) any later version", NAME,
        "GPL-3.0-or-later", "licensed under the GNU GPL version 3 or (at your option) any later version");
    one("licensed under the GNU General Public License.\n\nSee version 3 of it.", NAME, "LicenseRef-GPL",
        "licensed under the GNU General Public License");
    one(later, NAME, "GPL-2.0-or-later", later.substring(later.indexOf("modify"), later.lastIndexOf(".")));
    assertEquals(List.of(), find("You may not copy it under any circumstances; modify them under the GPL."));
  }

  @Test
  void modelLicensesAreNamedToo() {
    DeclaredLicense llama = one("Llama 2 is licensed under the LLAMA 2 Community License, Copyright (c) Meta",
        NAME, "LicenseRef-Llama-2-Community", "licensed under the LLAMA 2 Community License");
    assertEquals(Optional.of(LicenseClass.USE_RESTRICTED), llama.licenseClass());
    one("Gemma is provided under and subject to the Gemma Terms of Use found at its site", NAME,
        "LicenseRef-Gemma-Terms-of-Use", "subject to the Gemma Terms of Use");
    one("released under the CreativeML OpenRAIL-M license", NAME, "LicenseRef-CreativeML-OpenRAIL-M",
        "released under the CreativeML OpenRAIL-M license");
    assertEquals(List.of(), find("Contributions are licensed under this License."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This is not the MIT license.",
      "We switched from GPL to MIT in 2019.",
      "- Switched license from GPL-2.0 to MIT",
      "This software is not licensed under the GPL.",
      "It was formerly released under the GPL v2.",
      "Compare the MIT License and the Apache License 2.0.",
      "Licensed under the same terms as Perl itself.",
      "The file is distributed under the terms described below.",
      "It is under the MIT license.",
  })
  void aNameWithoutALeadInOrAfterANegationIsAMention(String text) {
    assertEquals(List.of(), find(text), text);
  }

  // ----- URLs -----

  @Test
  void knownUrlsAnywhere() {
    String header = "You may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n";
    one(header, URL, "Apache-2.0", "http://www.apache.org/licenses/LICENSE-2.0");
    one("(see https://opensource.org/license/mit/).", URL, "MIT", "https://opensource.org/license/mit/");
    one("[license](https://spdx.org/licenses/CC-BY-NC-ND-4.0.html)", URL, "CC-BY-NC-ND-4.0",
        "https://spdx.org/licenses/CC-BY-NC-ND-4.0.html");
    assertEquals(List.of(), find("See https://example.com/licenses/LICENSE-2.0 and www.example.org."));
  }

  @Test
  void aUrlOfSeveralLicensesNamesThemAllAndTheirSharedClass() {
    DeclaredLicense d = one("<https://www.gnu.org/licenses/gpl-3.0.html>", URL,
        "GPL-3.0-only OR GPL-3.0-or-later", "https://www.gnu.org/licenses/gpl-3.0.html");
    assertEquals(Optional.of(LicenseClass.OSD_COMPATIBLE), d.licenseClass());
  }

  // ----- the whole -----

  @Test
  void aSourceHeaderDeclaresSeveralThingsInOrder() {
    String header = "/*\n * Copyright 2024 Example\n *\n * SPDX-License-Identifier: Apache-2.0\n *\n"
        + " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        + " * You may obtain a copy of the License at https://www.apache.org/licenses/LICENSE-2.0\n */\n";
    assertEquals(List.of(SPDX_LINE, NAME, URL), find(header).stream().map(DeclaredLicense::kind).toList());
  }

  @Test
  void nullIsRejectedAndBlankHasNothing() {
    assertThrows(NullPointerException.class, () -> Declarations.find(null));
    assertThrows(NullPointerException.class, () -> Declarations.resolve(null));
    assertEquals(List.of(), find(""));
    assertEquals(Optional.empty(), Declarations.resolve(" \n\t"));
  }

  @Test
  void resolveGivesTheSpanOfTheStrippedValue() {
    DeclaredLicense d = Declarations.resolve("  llama2 ").orElseThrow();
    assertEquals(HUB_ID, d.kind());
    assertEquals(2, d.start());
    assertEquals(8, d.end());
    assertEquals("llama2", d.excerpt());
    DeclaredLicense bad = Declarations.resolve("MIT AND (").orElseThrow();
    assertEquals(FIELD, bad.kind());
    assertTrue(bad.reason().endsWith("expected a license id or '(', found the end at 9"), bad.reason());
  }

  @Test
  void manyDeclarationsAreCappedAtTheFirstThousand() {
    String text = "// SPDX-License-Identifier: MIT\n".repeat(5_000);
    List<DeclaredLicense> all = find(text);
    assertEquals(Scan.MAX_DECLARATIONS, all.size());
    assertEquals(0, all.get(0).start() - text.indexOf("SPDX"));
  }
}
