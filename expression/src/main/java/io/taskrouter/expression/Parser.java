package io.taskrouter.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent parser from tokens to {@link Node}s.
 *
 * <pre>
 * expression := or END
 * or         := and (OR and)*
 * and        := unary (AND unary)*
 * unary      := NOT unary | '(' or ')' | comparison
 * comparison := operand operator operand
 * operator   := == | = | != | &gt; | &gt;= | &lt; | &lt;= | &gt;- | &lt;- | CONTAINS | HAS | IN
 *             | NOT CONTAINS | NOT HAS | NOT IN
 * operand    := key | string | number | TRUE | FALSE | NULL | '[' (scalar (',' scalar)*)? ']'
 * </pre>
 */
final class Parser {

  /** Deepest nesting of parentheses and NOTs accepted; keeps recursion bounded for any input. */
  static final int MAX_DEPTH = 100;

  private static final String SCALAR = "a string, number, true, false or null";
  private static final String SCALAR_OR_CLOSE = "a string, number, true, false, null or ']'";

  private final String source;
  private final List<Token> tokens;
  private int index;
  private int depth;

  private Parser(String source) {
    this.source = source;
    this.tokens = new Lexer(source).tokenize();
  }

  static Node parse(String source) {
    return new Parser(source).expression();
  }

  private Node expression() {
    Node node = or(null);
    Token end = peek();
    if (end.type != Token.Type.END) {
      throw error(end, "AND, OR or end of input");
    }
    return node;
  }

  private Node or(@Nullable Token after) {
    return chain(LogicalNode.Kind.OR, after);
  }

  /** An OR chain of AND chains, or an AND chain of unary conditions. */
  private Node chain(LogicalNode.Kind kind, @Nullable Token after) {
    Token.Type connective = kind == LogicalNode.Kind.OR ? Token.Type.OR : Token.Type.AND;
    List<Node> operands = new ArrayList<>();
    operands.add(link(kind, after));
    while (peek().type == connective) {
      operands.add(link(kind, next()));
    }
    return operands.size() == 1 ? operands.get(0) : new LogicalNode(kind, operands);
  }

  private Node link(LogicalNode.Kind kind, @Nullable Token after) {
    return kind == LogicalNode.Kind.OR ? chain(LogicalNode.Kind.AND, after) : unary(after);
  }

  private Node unary(@Nullable Token after) {
    Token token = peek();
    if (token.type == Token.Type.NOT) {
      enter(next());
      Node operand = unary(token);
      depth--;
      return new NotNode(operand);
    }
    if (token.type == Token.Type.LEFT_PAREN) {
      enter(next());
      Node inner = or(token);
      Token close = peek();
      if (close.type != Token.Type.RIGHT_PAREN) {
        throw error(close, closing("AND, OR or ')'", close, token));
      }
      next();
      depth--;
      return inner;
    }
    return comparison(after);
  }

  private void enter(Token token) {
    if (++depth > MAX_DEPTH) {
      throw new ExpressionException(
          source,
          token.position,
          "at most " + MAX_DEPTH + " nested parentheses and NOTs",
          token.describe(),
          "the expression is nested too deeply (more than " + MAX_DEPTH
              + " levels of parentheses and NOT)");
    }
  }

  private ComparisonNode comparison(@Nullable Token after) {
    int start = peek().position;
    Operand left =
        operand(after == null ? "a condition" : "a condition after '" + after.text + "'");
    String leftText = consumedSince(start);
    int operatorStart = peek().position;
    Operator operator = operator(leftText);
    Operand right = operand("a value after '" + consumedSince(operatorStart) + "'");
    return new ComparisonNode(left, operator, right);
  }

  /** Source text from {@code start} to the end of the last consumed token. */
  private String consumedSince(int start) {
    Token last = tokens.get(index - 1);
    return source.substring(start, last.position + last.text.length());
  }

  private Operator operator(String leftText) {
    Token token = next();
    switch (token.type) {
      case OPERATOR:
        return (Operator) value(token);
      case IN:
        return Operator.IN;
      case HAS:
        return Operator.HAS;
      case CONTAINS:
        return Operator.CONTAINS;
      case NOT:
        Token negated = next();
        if (negated.type == Token.Type.IN
            || negated.type == Token.Type.HAS
            || negated.type == Token.Type.CONTAINS) {
          return Operator.valueOf(negated.type.name()).negated();
        }
        throw error(negated, "IN, HAS or CONTAINS after '" + token.text + "'");
      default:
        throw error(
            token, "a comparison operator after '" + Printer.abbreviate(leftText) + "'");
    }
  }

  private Operand operand(String expected) {
    Token token = peek();
    if (token.type == Token.Type.KEY) {
      next();
      return new KeyOperand((KeyPath) value(token), token.position);
    }
    if (token.type == Token.Type.LEFT_BRACKET) {
      return new LiteralOperand(array());
    }
    if (!isScalar(token)) {
      throw error(token, expected);
    }
    next();
    return new LiteralOperand(scalar(token));
  }

  private List<@Nullable Object> array() {
    Token open = next();
    List<@Nullable Object> elements = new ArrayList<>();
    if (peek().type == Token.Type.RIGHT_BRACKET) {
      next();
      return Collections.unmodifiableList(elements);
    }
    while (true) {
      Token element = peek();
      if (!isScalar(element)) {
        throw error(element, elements.isEmpty() ? SCALAR_OR_CLOSE : SCALAR + " after ','");
      }
      next();
      elements.add(scalar(element));
      Token separator = next();
      if (separator.type == Token.Type.RIGHT_BRACKET) {
        return Collections.unmodifiableList(elements);
      }
      if (separator.type != Token.Type.COMMA) {
        throw error(separator, closing("',' or ']'", separator, open));
      }
    }
  }

  /** What was expected before {@code found}; at the end of input, says what is left open. */
  private static String closing(String expected, Token found, Token open) {
    return found.type == Token.Type.END
        ? expected + " to close the '" + open.text + "' at position " + open.position
        : expected;
  }

  private static boolean isScalar(Token token) {
    switch (token.type) {
      case STRING:
      case NUMBER:
      case TRUE:
      case FALSE:
      case NULL:
        return true;
      default:
        return false;
    }
  }

  private static @Nullable Object scalar(Token token) {
    switch (token.type) {
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      case NULL:
        return null;
      default:
        return token.value; // the String or BigDecimal the lexer parsed
    }
  }

  private static Object value(Token token) {
    Object value = token.value;
    if (value == null) {
      throw new IllegalStateException("token without value: " + token.type);
    }
    return value;
  }

  private Token peek() {
    return tokens.get(index);
  }

  /** Consumes the current token; the END token is never consumed past. */
  private Token next() {
    Token token = tokens.get(index);
    if (token.type != Token.Type.END) {
      index++;
    }
    return token;
  }

  private ExpressionException error(Token found, String expected) {
    return new ExpressionException(source, found.position, expected, found.describe());
  }
}
