package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.ErrorBodySource;
import io.taskrouter.local.wire.generated.ErrorBodyWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one place a refusal becomes the API's error body {@code {code, message, more_info, status}}
 * (written by the generated {@link ErrorBodyWriter}): for the API's own refusals and for the
 * protocol errors Jetty's parser reports.
 */
final class ErrorBody {
  private ErrorBody() {}

  private record View(int code, String message, String moreInfo, int status) implements ErrorBodySource {}

  static WireResponse response(ApiException e) {
    WireResponse response = new WireResponse(e.status(), json(e), Map.of());
    return e.status() == 401 ? withHeader(response, "WWW-Authenticate", "Basic realm=\"TaskRouter API\"") : response;
  }

  /** The body as bytes, for answers written outside the dispatcher (protocol errors). */
  static byte[] bytes(ApiException e) {
    return json(e).getBytes(StandardCharsets.UTF_8);
  }

  private static String json(ApiException e) {
    return ErrorBodyWriter.toJson(new View(e.code(), e.getMessage(), e.moreInfo(), e.status()));
  }

  /**
   * A refusal known only by its HTTP status. TaskRouter documents codes for 401, 404, 405 and 500;
   * any other refusal (including 505, a version the client should not have sent) is a bad request
   * (20001).
   */
  static ApiException forStatus(int status, String message) {
    int code = switch (status) {
      case 401 -> ApiException.AUTHENTICATION_FAILED;
      case 404 -> ApiException.NOT_FOUND;
      case 405 -> ApiException.METHOD_NOT_ALLOWED;
      case 500 -> ApiException.INTERNAL_ERROR;
      default -> ApiException.INVALID_PARAMETER;
    };
    return new ApiException(status, code, message);
  }

  static WireResponse withHeader(WireResponse response, String name, String value) {
    return response.withHeader(name, value);
  }
}
