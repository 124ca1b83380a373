package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's own refusals (a request it could not parse, limits it enforces, failures outside the
 * handler) in the API's error shape instead of Jetty's HTML pages.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final int maxHeaderBytes;

  JsonErrorHandler(int maxHeaderBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
  }

  /** Protocol errors found while parsing, before any request object exists. */
  @Override
  public ByteBuffer badMessageError(int status, @Nullable String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(ErrorBody.bytes(refusal(status, reason)));
  }

  /** Errors after parsing (for example a failure Jetty caught around the handler). */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object status = request.getAttribute(ERROR_STATUS);
    Object message = request.getAttribute(ERROR_MESSAGE);
    int code = status instanceof Integer number ? number : response.getStatus();
    byte[] body = ErrorBody.bytes(refusal(code, message == null ? null : message.toString()));
    response.setStatus(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /** Messages that say what the limit is; otherwise Jetty's reason, which names the problem. */
  private ApiException refusal(int status, @Nullable String reason) {
    String message = switch (status) {
      case HttpStatus.URI_TOO_LONG_414 -> "Request line too long: the limit for the request line and headers is "
          + maxHeaderBytes + " bytes";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "Request headers too large: the limit for the request"
          + " line and headers is " + maxHeaderBytes + " bytes";
      case HttpStatus.REQUEST_TIMEOUT_408 -> "The request was not received in time";
      // Jetty's URI parser gives no detail for a target it cannot split (a bad % escape there).
      case HttpStatus.BAD_REQUEST_400 -> "Malformed request: " + (reason == null || reason.equals("Bad Request")
          ? "the request target cannot be parsed (a bad % escape or a character not allowed there)" : reason);
      default -> "Malformed request: " + (reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason);
    };
    return ErrorBody.forStatus(status, message);
  }
}
