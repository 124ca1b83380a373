package io.taskrouter.local.api;

/**
 * A request the API refuses. It carries what the error body needs
 * ({@code code, message, more_info, status}) and is thrown before any state changes.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Invalid or missing parameter, or a change the resource's state does not allow. */
  public static final int INVALID_PARAMETER = 20001;
  public static final int AUTHENTICATION_FAILED = 20003;
  public static final int METHOD_NOT_ALLOWED = 20004;
  public static final int NOT_FOUND = 20404;
  public static final int PRECONDITION_FAILED = 20412;
  public static final int INTERNAL_ERROR = 20500;

  private final int status;
  private final int code;

  public ApiException(int status, int code, String message) {
    // No stack trace: these are answers, not bugs, and some tests produce thousands of them.
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, INVALID_PARAMETER, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, NOT_FOUND, message);
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, AUTHENTICATION_FAILED, message);
  }

  public static ApiException methodNotAllowed(String message) {
    return new ApiException(405, METHOD_NOT_ALLOWED, message);
  }

  /**
   * The thing asked for existed but is gone for good (accepting a reservation another worker's
   * acceptance rescinded). The service answers a 410 there; its error code is not documented.
   */
  public static ApiException gone(String message) {
    return new ApiException(410, INVALID_PARAMETER, message);
  }

  public static ApiException preconditionFailed(String message) {
    return new ApiException(412, PRECONDITION_FAILED, message);
  }

  /** No TaskRouter code is documented for an oversized body; 20001 says "bad request". */
  public static ApiException payloadTooLarge(String message) {
    return new ApiException(413, INVALID_PARAMETER, message);
  }

  public static ApiException internal(String message) {
    return new ApiException(500, INTERNAL_ERROR, message);
  }

  public int status() {
    return status;
  }

  public int code() {
    return code;
  }

  public String moreInfo() {
    return "https://www.twilio.com/docs/errors/" + code;
  }
}
