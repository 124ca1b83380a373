package io.taskrouter.sdk;

/** The resource does not exist (HTTP 404): an unknown SID, or one deleted since. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorDetails details) {
    super(details);
  }
}
