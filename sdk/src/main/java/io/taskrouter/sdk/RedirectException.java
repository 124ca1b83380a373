package io.taskrouter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The API answered with a redirect the SDK does not follow: of a request other than a GET (following
 * it would change the method and report another request's answer), to another origin (the
 * credentials must not go there), or one redirect too many (a loop). Never retried.
 */
public class RedirectException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  /** The operation and request line. */
  private final String operation;
  /** The redirect's HTTP status. */
  private final int status;
  /** Where it pointed (its Location header), or null. */
  private final @Nullable String location;

  RedirectException(String operation, int status, @Nullable String location, String message, Throwable cause) {
    super(operation + ": " + message, cause);
    this.operation = operation;
    this.status = status;
    this.location = location;
  }

  /** @return the operation and request line */
  public String operation() {
    return operation;
  }

  /** @return the redirect's HTTP status */
  public int status() {
    return status;
  }

  /** @return where it pointed (its Location header), or null when it had none */
  public @Nullable String location() {
    return location;
  }
}
