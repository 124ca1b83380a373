package io.taskrouter.sdk;

/** The credentials are valid but may not do this (HTTP 403). */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(ErrorDetails details) {
    super(details);
  }
}
