package io.taskrouter.expression;

/**
 * A comparison operator. Aliases are folded when parsing: {@code =} is {@link #EQUALS}, {@code >-}
 * is {@link #HAS} and {@code <-} is {@link #IN}; {@link #symbol()} is the canonical spelling.
 */
public enum Operator {
  /** {@code ==} (alias {@code =}): equal values of the same type, or both null. */
  EQUALS("=="),
  /** {@code !=}: different values of the same type, or exactly one side null. */
  NOT_EQUALS("!="),
  /** {@code >}: numbers numerically, strings lexicographically. */
  GREATER(">"),
  /** {@code >=}: numbers numerically, strings lexicographically. */
  GREATER_OR_EQUAL(">="),
  /** {@code <}: numbers numerically, strings lexicographically. */
  LESS("<"),
  /** {@code <=}: numbers numerically, strings lexicographically. */
  LESS_OR_EQUAL("<="),
  /** {@code CONTAINS}: the left string contains the right string. */
  CONTAINS("CONTAINS"),
  /** {@code NOT CONTAINS}: the left string does not contain the right string. */
  NOT_CONTAINS("NOT CONTAINS"),
  /** {@code HAS} (alias {@code >-}): the left array has the right value as an element. */
  HAS("HAS"),
  /** {@code NOT HAS}: the left array does not have the right value as an element. */
  NOT_HAS("NOT HAS"),
  /** {@code IN} (alias {@code <-}): the left value is an element of the right array. */
  IN("IN"),
  /** {@code NOT IN}: the left value is not an element of the right array. */
  NOT_IN("NOT IN");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** The canonical spelling, as {@link Expression#toString()} prints it. */
  public String symbol() {
    return symbol;
  }

  /** The {@code NOT} form of {@code CONTAINS}, {@code HAS} and {@code IN}; others unchanged. */
  Operator negated() {
    switch (this) {
      case CONTAINS:
        return NOT_CONTAINS;
      case HAS:
        return NOT_HAS;
      case IN:
        return NOT_IN;
      default:
        return this;
    }
  }
}
