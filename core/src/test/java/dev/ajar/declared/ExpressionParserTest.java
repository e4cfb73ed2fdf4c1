package dev.ajar.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.declared.Expression.License;
import dev.ajar.declared.Expression.Ref;
import dev.ajar.declared.Expression.With;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPDX expression grammar: precedence, parentheses, operators in any case, refs, errors. */
class ExpressionParserTest {

  private static Expression parse(String s) {
    ParseResult r = ExpressionParser.parse(s);
    assertTrue(r.isValid(), () -> s + ": " + r.error());
    return r.expression().orElseThrow();
  }

  private static License id(String id) {
    return new License(id, false);
  }

  @Test
  void withBindsTighterThanAndWhichBindsTighterThanOr() {
    assertEquals(
        Expression.or(List.of(id("MIT"), Expression.and(List.of(
            new With(id("GPL-2.0-only"), "Classpath-exception-2.0"), id("BSD-3-Clause"))))),
        parse("MIT OR GPL-2.0-only WITH Classpath-exception-2.0 AND BSD-3-Clause"));
  }

  @Test
  void parenthesesOverridePrecedence() {
    assertEquals(
        Expression.and(List.of(Expression.or(List.of(id("MIT"), id("Apache-2.0"))), id("BSD-3-Clause"))),
        parse("(MIT OR Apache-2.0) AND BSD-3-Clause"));
    assertEquals(parse("MIT"), parse("((MIT))"));
  }

  @Test
  void chainsOfOneOperatorAreFlatWhateverTheParentheses() {
    Expression flat = Expression.and(List.of(id("A"), id("B"), id("C")));
    assertEquals(flat, parse("A AND B AND C"));
    assertEquals(flat, parse("A AND (B AND C)"));
    assertEquals(flat, parse("(A AND B) AND C"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mit or apache-2.0|mit OR apache-2.0",
      "MIT And Apache-2.0|MIT AND Apache-2.0",
      "GPL-2.0 with Classpath-exception-2.0|GPL-2.0 WITH Classpath-exception-2.0",
      "(MIT OR Apache-2.0) AND BSD-3-Clause|(MIT OR Apache-2.0) AND BSD-3-Clause",
      "MIT OR Apache-2.0 AND BSD-3-Clause|MIT OR (Apache-2.0 AND BSD-3-Clause)",
      "((MIT OR ISC)) AND (Zlib)|(MIT OR ISC) AND Zlib",
      "GPL-2.0+|GPL-2.0+",
  })
  void operatorsAreReadInAnyCaseAndWrittenCanonically(String input, String canonical) {
    assertEquals(canonical, parse(input).canonical());
    assertEquals(parse(input), parse(canonical), "the canonical form parses to the same tree");
  }

  @Test
  void anyWhitespaceSeparates() {
    assertEquals("MIT OR Apache-2.0", parse("  MIT\tOR\n Apache-2.0 ").canonical());
    assertEquals("MIT AND ISC", parse("(MIT)AND(ISC)").canonical());
  }

  @Test
  void plusRefsAndAdditionRefs() {
    assertEquals(new License("GPL-2.0", true), parse("GPL-2.0+"));
    assertEquals(new Ref(Optional.empty(), "LicenseRef-my.own-1"), parse("LicenseRef-my.own-1"));
    assertEquals(new Ref(Optional.of("DocumentRef-spdx-tool-1.2"), "LicenseRef-MIT-Style-2"),
        parse("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"));
    assertEquals(new With(id("MIT"), "AdditionRef-extra"), parse("MIT WITH AdditionRef-extra"));
    assertEquals("DocumentRef-d:LicenseRef-x WITH DocumentRef-d:AdditionRef-y",
        parse("DocumentRef-d:LicenseRef-x WITH DocumentRef-d:AdditionRef-y").canonical());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|empty expression|0",
      "'   '|empty expression|0",
      "MIT AND|expected a license id or '(', found the end at 7|7",
      "AND MIT|expected a license id or '(', found 'AND' at 0|0",
      "MIT Apache-2.0|expected AND, OR or WITH, found 'Apache-2.0' at 4|4",
      "(MIT OR ISC|missing ')' for the '(' at 0|0",
      "MIT)|unexpected ')' at 3|3",
      "MIT/Apache-2.0|unexpected '/' in a license id at 3|3",
      "GPL+2.0|'+' may only end a license id at 3|3",
      "+|expected a license id before '+' at 0|0",
      "MIT WITH|expected an exception id after WITH, found the end at 8|8",
      "MIT WITH OR|expected an exception id after WITH, found 'OR' at 9|9",
      "(MIT OR ISC) WITH Classpath-exception-2.0|WITH must follow a license id, not a compound expression at 0|0",
      "LicenseRef-|an idstring must follow LicenseRef- at 0|0",
      "DocumentRef-x|expected LicenseRef- after the DocumentRef's ':' at 0|0",
      "LicenseRef-a+|'+' may only end a license id at 12|12",
      "MIT, Apache-2.0|unexpected ',' in a license id at 3|3",
  })
  void badExpressionsSayWhatWasExpectedAndWhere(String input, String error, int index) {
    ParseResult r = ExpressionParser.parse(input);
    assertFalse(r.isValid());
    assertEquals(error, r.error());
    assertEquals(index, r.errorIndex());
  }

  @Test
  void nestingAndLengthAreBoundedWithAResultNotAStackOverflow() {
    String deep = "(".repeat(100_000) + "MIT" + ")".repeat(100_000);
    assertEquals("longer than 2000 chars", ExpressionParser.parse(deep).error());
    String nested = "(".repeat(40) + "MIT" + ")".repeat(40);
    assertEquals("nested deeper than 32 parentheses at 32", ExpressionParser.parse(nested).error());
    String ok = "(".repeat(32) + "MIT" + ")".repeat(32);
    assertEquals(parse("MIT"), parse(ok));
  }
}
