package io.taskrouter.sdk;

/** The resource changed since it was read (HTTP 412): the {@code If-Match} ETag is stale. Fetch it again and retry. */
public class PreconditionFailedException extends ApiException {
  private static final long serialVersionUID = 1L;

  PreconditionFailedException(ErrorDetails details) {
    super(details);
  }
}
