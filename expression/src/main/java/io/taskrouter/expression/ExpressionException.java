package io.taskrouter.expression;

/**
 * An expression that cannot be parsed, or that uses a key its context does not allow.
 *
 * <p>This is the only exception {@link Expression#parse(String)} throws, whatever the input. It
 * carries the expression, the 0-based character position of the problem, and what was expected
 * there versus what was found. The message reads like {@code Invalid expression at position 5:
 * expected a value after '==' but found end of input}, followed by the expression and a caret
 * line pointing at the position.
 */
public final class ExpressionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Longest stretch of the expression echoed on either side of the caret. */
  private static final int WINDOW = 60;

  private final String expression;
  private final int position;
  private final String expected;
  private final String found;
  private final String problem;

  ExpressionException(String expression, int position, String expected, String found) {
    this(expression, position, expected, found, "expected " + expected + " but found " + found);
  }

  ExpressionException(
      String expression, int position, String expected, String found, String problem) {
    super(message(expression, position, problem));
    this.expression = expression;
    this.position = position;
    this.expected = expected;
    this.found = found;
    this.problem = problem;
  }

  /** The expression as given; the empty string when it was {@code null}. */
  public String expression() {
    return expression;
  }

  /** 0-based index of the character where the problem is (the length of the text at its end). */
  public int position() {
    return position;
  }

  /** What would have been valid at {@link #position()}, e.g. {@code a value after '=='}. */
  public String expected() {
    return expected;
  }

  /** What is at {@link #position()} instead, e.g. {@code end of input} or {@code ')'}. */
  public String found() {
    return found;
  }

  /** The one-line description of the problem, without position, expression or caret. */
  public String problem() {
    return problem;
  }

  private static String message(String expression, int position, String problem) {
    int from = Math.max(0, position - WINDOW);
    int to = Math.min(expression.length(), position + WINDOW);
    String prefix = from > 0 ? "..." : "";
    String suffix = to < expression.length() ? "..." : "";
    StringBuilder text = new StringBuilder();
    text.append("Invalid expression at position ").append(position).append(": ").append(problem);
    text.append("\n  ").append(prefix);
    for (int i = from; i < to; i++) {
      char c = expression.charAt(i);
      text.append(Character.isISOControl(c) ? ' ' : c);
    }
    text.append(suffix).append("\n  ");
    for (int i = 0; i < prefix.length() + position - from; i++) {
      text.append(' ');
    }
    return text.append('^').toString();
  }
}
