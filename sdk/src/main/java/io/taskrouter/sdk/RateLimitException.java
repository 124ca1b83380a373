package io.taskrouter.sdk;

/** Too many requests at once for the account (HTTP 429). Nothing was processed; the SDK retries these by itself when its {@link RetryPolicy} allows. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorDetails details) {
    super(details);
  }
}
