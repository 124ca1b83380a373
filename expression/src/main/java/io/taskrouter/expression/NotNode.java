package io.taskrouter.expression;

import org.jspecify.annotations.Nullable;

/** {@code NOT} of a condition: true when the operand is false. */
public final class NotNode extends Node {

  private final Node operand;

  NotNode(Node operand) {
    this.operand = operand;
  }

  /** The negated condition. */
  public Node operand() {
    return operand;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.visitNot(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NotNode && operand.equals(((NotNode) other).operand);
  }

  @Override
  public int hashCode() {
    return ~operand.hashCode();
  }
}
