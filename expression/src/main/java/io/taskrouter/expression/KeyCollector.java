package io.taskrouter.expression;

import java.util.ArrayList;
import java.util.List;

/** Lists the key operands of a node tree in source order. */
final class KeyCollector implements NodeVisitor<List<KeyOperand>> {

  private final List<KeyOperand> keys = new ArrayList<>();

  static List<KeyOperand> keys(Node node) {
    return node.accept(new KeyCollector());
  }

  @Override
  public List<KeyOperand> visitLogical(LogicalNode node) {
    for (Node operand : node.operands()) {
      operand.accept(this);
    }
    return keys;
  }

  @Override
  public List<KeyOperand> visitNot(NotNode node) {
    return node.operand().accept(this);
  }

  @Override
  public List<KeyOperand> visitComparison(ComparisonNode node) {
    add(node.left());
    add(node.right());
    return keys;
  }

  private void add(Operand operand) {
    if (operand instanceof KeyOperand) {
      keys.add((KeyOperand) operand);
    }
  }
}
