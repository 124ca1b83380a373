package io.taskrouter.sdk;

/** The credentials were refused (HTTP 401). */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
