package dev.ajar.declared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A recursive-descent parser for SPDX license expressions (SPDX 2.3 annex D, with SPDX 3's {@code
 * AdditionRef-}):
 *
 * <pre>
 * or     := and ("OR" and)*
 * and    := with ("AND" with)*
 * with   := atom ["WITH" exception]        (atom must be a license id or LicenseRef)
 * atom   := "(" or ")" | license-id ["+"] | ["DocumentRef-" idstring ":"] "LicenseRef-" idstring
 * </pre>
 *
 * <p>Operators are read in any case ({@code and}, {@code Or}); ids are kept as written (the
 * resolver matches them case-insensitively). Ids may also hold {@code _}, which SPDX ids never
 * do, so that {@code Apache_2.0} parses and is reported as an unknown id rather than as a syntax
 * error.
 *
 * <p>Never throws on any string: a bad expression is a {@link ParseResult} naming what was
 * expected and where. Time is linear in the length; nesting is limited to {@value #MAX_DEPTH}
 * parentheses, so a pathological string cannot exhaust the stack. Stateless and thread-safe.
 */
final class ExpressionParser {

  /** Deepest nesting of parentheses accepted; real expressions use two or three levels. */
  static final int MAX_DEPTH = 32;

  /** Longest expression accepted, in chars; the longest in the SPDX world are a few hundred. */
  static final int MAX_LENGTH = 2_000;

  private final String s;
  private final List<Token> tokens;
  private int next;

  private ExpressionParser(String s, List<Token> tokens) {
    this.s = s;
    this.tokens = tokens;
  }

  /** Parses {@code s}, which may be any string. */
  static ParseResult parse(String s) {
    if (s.length() > MAX_LENGTH) {
      return ParseResult.failure("longer than " + MAX_LENGTH + " chars", MAX_LENGTH);
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(String.valueOf(c), i));
        i++;
      } else {
        int start = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '('
            && s.charAt(i) != ')') {
          i++;
        }
        tokens.add(new Token(s.substring(start, i), start));
      }
    }
    if (tokens.isEmpty()) {
      return ParseResult.failure("empty expression", 0);
    }
    try {
      ExpressionParser p = new ExpressionParser(s, tokens);
      Expression e = p.or(0);
      if (p.next < tokens.size()) {
        Token t = tokens.get(p.next);
        throw new Failure(
            t.text.equals(")") ? "unexpected ')'" : "expected AND, OR or WITH, found '" + t.text + "'",
            t.start);
      }
      return ParseResult.of(e);
    } catch (Failure f) {
      return ParseResult.failure(f.getMessage() + " at " + f.index, f.index);
    }
  }

  private Expression or(int depth) {
    return chain("OR", () -> and(depth), Expression::or);
  }

  private Expression and(int depth) {
    return chain("AND", () -> with(depth), Expression::and);
  }

  /** {@code operand (op operand)*}, combined. */
  private Expression chain(
      String op, Supplier<Expression> operand, Function<List<Expression>, Expression> combine) {
    List<Expression> operands = new ArrayList<>();
    operands.add(operand.get());
    while (isOperator(op)) {
      next++;
      operands.add(operand.get());
    }
    return combine.apply(operands);
  }

  private Expression with(int depth) {
    int start = next < tokens.size() ? tokens.get(next).start : s.length();
    Expression atom = atom(depth);
    if (!isOperator("WITH")) {
      return atom;
    }
    if (!(atom instanceof Expression.License || atom instanceof Expression.Ref)) {
      throw new Failure("WITH must follow a license id, not a compound expression", start);
    }
    next++;
    Token t = expectWord("an exception id after WITH");
    return new Expression.With(atom, exception(t));
  }

  private Expression atom(int depth) {
    if (next < tokens.size() && tokens.get(next).text.equals("(")) {
      Token open = tokens.get(next++);
      if (depth + 1 > MAX_DEPTH) {
        throw new Failure("nested deeper than " + MAX_DEPTH + " parentheses", open.start);
      }
      Expression inner = or(depth + 1);
      if (next >= tokens.size() || !tokens.get(next).text.equals(")")) {
        throw new Failure("missing ')' for the '('", open.start);
      }
      next++;
      return inner;
    }
    return simple(expectWord("a license id or '('"));
  }

  private Expression simple(Token t) {
    String w = t.text;
    Optional<Expression> ref = reference(t, "LicenseRef-");
    if (ref.isPresent()) {
      return ref.get();
    }
    boolean orLater = w.endsWith("+");
    String id = orLater ? w.substring(0, w.length() - 1) : w;
    if (id.isEmpty()) {
      throw new Failure("expected a license id before '+'", t.start);
    }
    checkChars(t, 0, id.length(), "a license id");
    return new Expression.License(id, orLater);
  }

  private String exception(Token t) {
    Optional<Expression> ref = reference(t, "AdditionRef-");
    if (ref.isPresent()) {
      return ref.get().canonical();
    }
    checkChars(t, 0, t.text.length(), "an exception id");
    return t.text;
  }

  /** A {@code [DocumentRef-d:]<prefix>x} word, if {@code t} is one. */
  private Optional<Expression> reference(Token t, String prefix) {
    String w = t.text;
    int colon = w.indexOf(':');
    boolean document = startsWithIgnoreCase(w, 0, "DocumentRef-");
    if (!document && !startsWithIgnoreCase(w, 0, prefix)) {
      return Optional.empty();
    }
    if (document && (colon < 0 || !startsWithIgnoreCase(w, colon + 1, prefix))) {
      throw new Failure("expected " + prefix + " after the DocumentRef's ':'", t.start);
    }
    int refStart = document ? colon + 1 : 0;
    if (w.length() - refStart == prefix.length()
        || document && colon == "DocumentRef-".length()) {
      throw new Failure("an idstring must follow " + (document ? "DocumentRef- and " : "") + prefix,
          t.start);
    }
    if (document) {
      checkChars(t, 0, colon, "a DocumentRef");
    }
    checkChars(t, refStart, w.length(), "a " + prefix);
    return Optional.of(new Expression.Ref(
        document ? Optional.of(w.substring(0, colon)) : Optional.empty(), w.substring(refStart)));
  }

  /** Checks that {@code t.text[from, to)} holds only idstring chars. */
  private static void checkChars(Token t, int from, int to, String what) {
    for (int i = from; i < to; i++) {
      char c = t.text.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
        throw new Failure(
            c == '+' ? "'+' may only end a license id" : "unexpected '" + c + "' in " + what,
            t.start + i);
      }
    }
  }

  private Token expectWord(String expected) {
    if (next >= tokens.size()) {
      throw new Failure("expected " + expected + ", found the end", s.length());
    }
    Token t = tokens.get(next);
    if (t.text.equals("(") || t.text.equals(")") || isOperatorWord(t.text)) {
      throw new Failure("expected " + expected + ", found '" + t.text + "'", t.start);
    }
    next++;
    return t;
  }

  private boolean isOperator(String op) {
    return next < tokens.size() && tokens.get(next).text.equalsIgnoreCase(op);
  }

  private static boolean isOperatorWord(String w) {
    String u = w.toUpperCase(Locale.ROOT);
    return u.equals("AND") || u.equals("OR") || u.equals("WITH");
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean startsWithIgnoreCase(String s, int from, String prefix) {
    return s.regionMatches(true, from, prefix, 0, prefix.length());
  }

  /** A parenthesis or a maximal run of other non-space chars, and where it starts. */
  private record Token(String text, int start) {}

  /** Unwinds the recursion to {@link #parse}, which turns it into a result: never escapes. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int index;

    Failure(String message, int index) {
      super(message, null, false, false);
      this.index = index;
    }
  }
}
