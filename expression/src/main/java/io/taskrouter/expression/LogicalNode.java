package io.taskrouter.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code AND} or {@code OR} over two or more operands. Chains are flat: {@code a AND (b AND c)}
 * is one {@code AND} with three operands, so equal meaning gives equal structure.
 */
public final class LogicalNode extends Node {

  /** The logical connective. {@code AND} binds tighter than {@code OR}. */
  public enum Kind {
    /** All operands are true. */
    AND,
    /** At least one operand is true. */
    OR
  }

  private final Kind kind;
  private final List<Node> operands;

  LogicalNode(Kind kind, List<Node> operands) {
    List<Node> flat = new ArrayList<>();
    for (Node operand : operands) {
      if (operand instanceof LogicalNode && ((LogicalNode) operand).kind == kind) {
        flat.addAll(((LogicalNode) operand).operands);
      } else {
        flat.add(operand);
      }
    }
    if (flat.size() < 2) {
      throw new IllegalArgumentException(kind + " needs at least two operands");
    }
    this.kind = kind;
    this.operands = Collections.unmodifiableList(flat);
  }

  /** {@code AND} or {@code OR}. */
  public Kind kind() {
    return kind;
  }

  /** The operands, in source order; none is a {@code LogicalNode} of the same kind. */
  public List<Node> operands() {
    return operands;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.visitLogical(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LogicalNode
        && kind == ((LogicalNode) other).kind
        && operands.equals(((LogicalNode) other).operands);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + operands.hashCode();
  }
}
