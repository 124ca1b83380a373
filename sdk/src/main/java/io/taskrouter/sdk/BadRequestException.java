package io.taskrouter.sdk;

/** The API refused the request as invalid (HTTP 400): a parameter, a state transition or a reference it does not accept. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorDetails details) {
    super(details);
  }
}
