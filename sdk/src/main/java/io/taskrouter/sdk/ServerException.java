package io.taskrouter.sdk;

/** The API failed (HTTP 5xx). */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  ServerException(ErrorDetails details) {
    super(details);
  }
}
