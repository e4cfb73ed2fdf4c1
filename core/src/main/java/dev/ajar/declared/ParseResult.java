package dev.ajar.declared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What {@link ExpressionParser#parse} made of a string: an expression, or why there is none.
 *
 * @param expression the parsed tree, if the string is a valid expression
 * @param error what is wrong and where ({@code "expected a license id at 8, found ')'"}), empty
 *     exactly when {@code expression} is present
 * @param errorIndex the index in the string where the error was found, or -1
 */
record ParseResult(Optional<Expression> expression, String error, int errorIndex) {

  ParseResult {
    requireNonNull(expression, "expression is null");
    requireNonNull(error, "error is null");
    checkArgument(expression.isPresent() == error.isEmpty(), "expression %s, error %s", expression, error);
    checkArgument(expression.isPresent() == (errorIndex == -1), "errorIndex %s", errorIndex);
  }

  static ParseResult of(Expression expression) {
    return new ParseResult(Optional.of(expression), "", -1);
  }

  static ParseResult failure(String error, int index) {
    return new ParseResult(Optional.empty(), error, index);
  }

  boolean isValid() {
    return expression.isPresent();
  }
}
