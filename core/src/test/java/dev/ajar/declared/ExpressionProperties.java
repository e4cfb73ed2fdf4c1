package dev.ajar.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser answers every string, and canonical forms read back as the same tree. */
class ExpressionProperties {

  private static final List<String> PIECES = List.of(
      "MIT", "Apache-2.0", "GPL-2.0+", "LicenseRef-x", "DocumentRef-d:LicenseRef-y", "and", "OR",
      "WITH", "Classpath-exception-2.0", "(", ")", " ", "  ", "+", ":", "/", ",", "é", "\n", "-");

  @Provide
  Arbitrary<String> expressionish() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().ofMaxLength(200);
  }

  @Property(tries = 2_000)
  void anyStringParsesOrSaysWhy(@ForAll("expressionish") String s) {
    ParseResult r = ExpressionParser.parse(s);
    if (r.isValid()) {
      String canonical = r.expression().orElseThrow().canonical();
      assertEquals(r.expression(), ExpressionParser.parse(canonical).expression(), canonical);
    } else {
      assertEquals(true, r.errorIndex() >= 0 && r.errorIndex() <= s.length(), r.error());
    }
  }

  @Property(tries = 1_000)
  void arbitraryTextNeverThrows(@ForAll("anything") String s) {
    ExpressionParser.parse(s);
  }
}
