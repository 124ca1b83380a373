package io.taskrouter.expression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Prints nodes and literals as canonical expression text: upper-case keywords, canonical
 * operators, single-quoted strings, single spaces, and parentheses only where needed.
 */
final class Printer implements NodeVisitor<String> {

  private static final Printer INSTANCE = new Printer();
  private static final int ABBREVIATE_AT = 40;

  private Printer() {}

  static String print(Node node) {
    return node.accept(INSTANCE);
  }

  @Override
  public String visitLogical(LogicalNode node) {
    StringBuilder text = new StringBuilder();
    for (Node operand : node.operands()) {
      if (text.length() > 0) {
        text.append(' ').append(node.kind().name()).append(' ');
      }
      // Operands are never of the node's own kind (chains are flat), and AND binds tighter than
      // OR: only an OR inside an AND needs parentheses. No more are added, so that printing
      // never nests deeper than the parsed text did.
      boolean wrap = node.kind() == LogicalNode.Kind.AND && operand instanceof LogicalNode;
      text.append(wrap ? "(" + print(operand) + ")" : print(operand));
    }
    return text.toString();
  }

  @Override
  public String visitNot(NotNode node) {
    Node operand = node.operand();
    return "NOT " + (operand instanceof LogicalNode ? "(" + print(operand) + ")" : print(operand));
  }

  @Override
  public String visitComparison(ComparisonNode node) {
    return node.left() + " " + node.operator().symbol() + " " + node.right();
  }

  /** Canonical text of a literal value (see {@link LiteralOperand#value()}). */
  static String literal(@Nullable Object value) {
    if (value instanceof String) {
      return quote((String) value);
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof List) {
      StringBuilder text = new StringBuilder("[");
      for (Object element : (List<?>) value) {
        text.append(text.length() > 1 ? ", " : "").append(literal(element));
      }
      return text.append(']').toString();
    }
    return String.valueOf(value);
  }

  private static String quote(String value) {
    StringBuilder text = new StringBuilder("'");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\'':
          text.append("\\'");
          break;
        case '\\':
          text.append("\\\\");
          break;
        case '\n':
          text.append("\\n");
          break;
        case '\t':
          text.append("\\t");
          break;
        case '\r':
          text.append("\\r");
          break;
        default:
          if (Character.isISOControl(c)) {
            text.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            text.append(c);
          }
      }
    }
    return text.append('\'').toString();
  }

  /** Shortens long text for error messages. */
  static String abbreviate(String text) {
    return text.length() <= ABBREVIATE_AT ? text : text.substring(0, ABBREVIATE_AT - 3) + "...";
  }
}
