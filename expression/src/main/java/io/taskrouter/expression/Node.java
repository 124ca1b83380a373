package io.taskrouter.expression;

/**
 * A node of a parsed expression: a {@link LogicalNode} ({@code AND}/{@code OR}), a {@link NotNode}
 * or a {@link ComparisonNode}. Nodes are immutable; {@code equals} is structural and {@link
 * #toString()} prints canonical, re-parseable text.
 */
public abstract class Node {

  Node() {}

  /** Calls the visitor method for this node's kind. */
  public abstract <R> R accept(NodeVisitor<R> visitor);

  /** Canonical expression text: parsing it gives a node equal to this one. */
  @Override
  public final String toString() {
    return Printer.print(this);
  }
}
