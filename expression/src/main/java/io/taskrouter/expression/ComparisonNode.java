package io.taskrouter.expression;

import org.jspecify.annotations.Nullable;

/** A comparison {@code left operator right}, such as {@code worker.id IN task.agents}. */
public final class ComparisonNode extends Node {

  private final Operand left;
  private final Operator operator;
  private final Operand right;

  ComparisonNode(Operand left, Operator operator, Operand right) {
    this.left = left;
    this.operator = operator;
    this.right = right;
  }

  /** The left operand. */
  public Operand left() {
    return left;
  }

  /** The operator, aliases folded ({@code =} is {@link Operator#EQUALS}). */
  public Operator operator() {
    return operator;
  }

  /** The right operand. */
  public Operand right() {
    return right;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.visitComparison(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ComparisonNode)) {
      return false;
    }
    ComparisonNode that = (ComparisonNode) other;
    return operator == that.operator && left.equals(that.left) && right.equals(that.right);
  }

  @Override
  public int hashCode() {
    return (left.hashCode() * 31 + operator.hashCode()) * 31 + right.hashCode();
  }
}
