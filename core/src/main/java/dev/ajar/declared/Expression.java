package dev.ajar.declared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An SPDX license expression as a tree: immutable, null-free, compared by value.
 *
 * <p>{@link Compound}s are n-ary and flat (an {@code AND} never holds an {@code AND}), so that
 * {@code A AND (B AND C)} and {@code (A AND B) AND C} are one tree, as they are one meaning.
 * {@link #canonical()} writes the tree with upper-case operators, single spaces, and parentheses
 * around every compound operand of another compound ({@code MIT OR (Apache-2.0 AND
 * BSD-3-Clause)}), which the precedence ({@code WITH} over {@code AND} over {@code OR}) would not
 * need but a reader does; {@code WITH} is never parenthesised.
 */
sealed interface Expression
    permits Expression.License, Expression.Ref, Expression.With, Expression.Compound {

  /** The expression written canonically, e.g. {@code (MIT OR Apache-2.0) AND BSD-3-Clause}. */
  String canonical();

  /**
   * A license id, e.g. {@code GPL-2.0-only}, or with {@code +} "this version or any later one".
   *
   * @param id the id as written or, after resolution, as the SPDX list spells it
   * @param orLater whether a {@code +} follows the id
   */
  record License(String id, boolean orLater) implements Expression {
    public License {
      requireNonNull(id, "id is null");
      checkArgument(!id.isEmpty(), "empty id");
    }

    @Override
    public String canonical() {
      return orLater ? id + "+" : id;
    }
  }

  /**
   * A user-defined license: {@code LicenseRef-x}, optionally of another SPDX document ({@code
   * DocumentRef-d:LicenseRef-x}).
   *
   * @param document the {@code DocumentRef-} part, without the colon, if any
   * @param ref the {@code LicenseRef-} part
   */
  record Ref(Optional<String> document, String ref) implements Expression {
    public Ref {
      requireNonNull(document, "document is null");
      requireNonNull(ref, "ref is null");
    }

    @Override
    public String canonical() {
      return document.map(d -> d + ":" + ref).orElse(ref);
    }
  }

  /**
   * A license with an exception: {@code GPL-2.0-only WITH Classpath-exception-2.0}.
   *
   * @param license a {@link License} or {@link Ref}
   * @param exception the exception id (or an {@code AdditionRef-})
   */
  record With(Expression license, String exception) implements Expression {
    public With {
      checkArgument(
          license instanceof License || license instanceof Ref, "WITH needs a license: %s", license);
      requireNonNull(exception, "exception is null");
    }

    @Override
    public String canonical() {
      return license.canonical() + " WITH " + exception;
    }
  }

  /** How the operands of a {@link Compound} combine. */
  enum Operator {
    /** All of the operands apply together. */
    AND,
    /** The user may choose any one of the operands. */
    OR
  }

  /**
   * Operands joined by one operator: at least two, none itself a compound of the same operator.
   *
   * @param operator how the operands combine
   * @param operands the operands, in written order
   */
  record Compound(Operator operator, List<Expression> operands) implements Expression {
    public Compound {
      requireNonNull(operator, "operator is null");
      operands = ImmutableList.copyOf(operands);
      checkArgument(operands.size() >= 2, "%s of %s", operator, operands);
      checkArgument(operands.stream().noneMatch(e -> is(e, operator)), "nested %s: %s", operator, operands);
    }

    @Override
    public String canonical() {
      return operands.stream()
          .map(e -> e instanceof Compound ? "(" + e.canonical() + ")" : e.canonical())
          .collect(Collectors.joining(" " + operator + " "));
    }
  }

  /** {@code AND} of {@code operands}, flattened; the operand itself when there is only one. */
  static Expression and(List<Expression> operands) {
    return combine(Operator.AND, operands);
  }

  /** {@code OR} of {@code operands}, flattened; the operand itself when there is only one. */
  static Expression or(List<Expression> operands) {
    return combine(Operator.OR, operands);
  }

  /** {@code operator} over {@code operands}, flattened; the operand itself when there is only one. */
  static Expression combine(Operator operator, List<Expression> operands) {
    List<Expression> flat = new ArrayList<>();
    for (Expression e : operands) {
      if (is(e, operator)) {
        flat.addAll(((Compound) e).operands());
      } else {
        flat.add(e);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Compound(operator, flat);
  }

  /** Whether {@code e} is a compound of {@code operator}. */
  static boolean is(Expression e, Operator operator) {
    return e instanceof Compound && ((Compound) e).operator() == operator;
  }
}
