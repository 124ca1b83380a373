package io.taskrouter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The request got no answer: the connection failed or timed out, or the thread was interrupted.
 * Whether a POST reached the API is unknown when this is thrown after it was sent; the SDK never
 * sends such a POST again on its own.
 */
public class TransportException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  /** The operation and request line. */
  private final String operation;

  TransportException(String operation, String message, @Nullable Throwable cause) {
    super(operation + ": " + message, cause);
    this.operation = operation;
  }

  /** @return the operation and request line, e.g. {@code CreateTask POST https://.../Tasks} */
  public String operation() {
    return operation;
  }
}
