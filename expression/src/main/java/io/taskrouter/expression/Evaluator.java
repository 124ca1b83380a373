package io.taskrouter.expression;

import org.jspecify.annotations.Nullable;

/** Evaluates nodes against an {@link EvaluationContext}; AND and OR short-circuit. */
final class Evaluator implements NodeVisitor<Boolean> {

  private final EvaluationContext context;

  Evaluator(EvaluationContext context) {
    this.context = context;
  }

  @Override
  public Boolean visitLogical(LogicalNode node) {
    boolean all = node.kind() == LogicalNode.Kind.AND;
    for (Node operand : node.operands()) {
      if (operand.accept(this) != all) {
        return !all;
      }
    }
    return all;
  }

  @Override
  public Boolean visitNot(NotNode node) {
    return !node.operand().accept(this);
  }

  @Override
  public Boolean visitComparison(ComparisonNode node) {
    return Comparisons.apply(node.operator(), value(node.left()), value(node.right()));
  }

  private @Nullable Object value(Operand operand) {
    if (operand instanceof KeyOperand) {
      return context.resolve(((KeyOperand) operand).path());
    }
    return ((LiteralOperand) operand).value();
  }
}
