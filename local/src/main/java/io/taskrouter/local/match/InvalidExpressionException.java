package io.taskrouter.local.match;

/** An expression that is malformed, or beyond what the configured matcher understands. */
public final class InvalidExpressionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidExpressionException(String message) {
    super(message, null, false, false);
  }
}
