package io.taskrouter.expression;

/**
 * Computes a result for each kind of {@link Node}.
 *
 * @param <R> the result type
 */
public interface NodeVisitor<R> {

  /** Visits an {@code AND} or {@code OR} of two or more operands. */
  R visitLogical(LogicalNode node);

  /** Visits a {@code NOT}. */
  R visitNot(NotNode node);

  /** Visits a comparison such as {@code skills HAS 'support'}. */
  R visitComparison(ComparisonNode node);
}
