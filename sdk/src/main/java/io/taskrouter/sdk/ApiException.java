package io.taskrouter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Carries the HTTP status and, when the body was the API's
 * JSON error, its {@code code}, {@code message} and {@code more_info}. A body that was not JSON (a
 * proxy's HTML page, say) keeps the status and a short excerpt in the message.
 *
 * <p>Subclasses name the statuses callers handle differently: {@link BadRequestException} (400),
 * {@link AuthenticationException} (401), {@link ForbiddenException} (403),
 * {@link NotFoundException} (404), {@link PreconditionFailedException} (412),
 * {@link RateLimitException} (429) and {@link ServerException} (5xx).
 */
public class ApiException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int status;
  /** The API's error code, or null when the body carried none. */
  private final @Nullable Integer code;
  /** The API's message, or a description of the answer when it sent none. */
  private final String apiMessage;
  /** The link to the error's documentation, or null. */
  private final @Nullable String moreInfo;
  /** The answer's {@code Twilio-Request-Id} header, or null. */
  private final @Nullable String requestId;
  /** The operation and request line. */
  private final String operation;

  ApiException(ErrorDetails details) {
    super(details.describe(), null);
    this.status = details.status;
    this.code = details.code;
    this.apiMessage = details.message;
    this.moreInfo = details.moreInfo;
    this.requestId = details.requestId;
    this.operation = details.operation;
  }

  /** @return the HTTP status of the answer */
  public int status() {
    return status;
  }

  /** @return the API's error code (such as 20404), or null when the body carried none */
  public @Nullable Integer code() {
    return code;
  }

  /** @return the API's message, or a description of the answer when it sent none */
  public String apiMessage() {
    return apiMessage;
  }

  /** @return the link to the error's documentation, or null */
  public @Nullable String moreInfo() {
    return moreInfo;
  }

  /** @return the {@code Twilio-Request-Id} header of the answer, or null */
  public @Nullable String requestId() {
    return requestId;
  }

  /** @return the operation and request line, e.g. {@code FetchTask GET https://.../Tasks/WT...} */
  public String operation() {
    return operation;
  }

  /** @return true when sending the same request again later may succeed (429, 5xx) */
  public boolean isRetryable() {
    return status == 429 || status >= 500;
  }
}
