package io.taskrouter.sdk;

import com.squareup.moshi.JsonAdapter;
import io.taskrouter.sdk.internal.ErrorBodyLimit;
import io.taskrouter.sdk.internal.Moshis;
import io.taskrouter.sdk.model.ErrorBody;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;

/** What an error answer says, read once here so that no caller parses error bodies itself. */
final class ErrorDetails {
  /** Error bodies are short; a proxy's page may not be. ErrorBodyLimit keeps no more than this. */
  private static final long MAX_BODY = ErrorBodyLimit.MAX_ERROR_BODY;
  private static final int EXCERPT = 200;
  private static final JsonAdapter<ErrorBody> ADAPTER = Moshis.MOSHI.adapter(ErrorBody.class);

  final int status;
  final @Nullable Integer code;
  final String message;
  final @Nullable String moreInfo;
  final @Nullable String requestId;
  final String operation;

  private ErrorDetails(int status, @Nullable Integer code, String message, @Nullable String moreInfo,
      @Nullable String requestId, String operation) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.moreInfo = moreInfo;
    this.requestId = requestId;
    this.operation = operation;
  }

  static ApiException toException(Response<?> response, String operation) {
    ErrorDetails details = read(response, operation);
    switch (details.status) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new AuthenticationException(details);
      case 403:
        return new ForbiddenException(details);
      case 404:
        return new NotFoundException(details);
      case 412:
        return new PreconditionFailedException(details);
      case 429:
        return new RateLimitException(details);
      default:
        return details.status >= 500 ? new ServerException(details) : new ApiException(details);
    }
  }

  static ErrorDetails read(Response<?> response, String operation) {
    int status = response.code();
    String requestId = response.headers().get("Twilio-Request-Id");
    String text = bodyText(response.errorBody());
    ErrorBody body = isJson(response.errorBody()) || text.trim().startsWith("{") ? parse(text) : null;
    if (body != null && (body.getMessage() != null || body.getCode() != 0)) {
      String message = body.getMessage() != null ? body.getMessage() : "HTTP " + status;
      return new ErrorDetails(status, body.getCode() == 0 ? null : body.getCode(), message, body.getMoreInfo(),
          requestId, operation);
    }
    String reason = response.message() == null || response.message().isEmpty() ? "" : " " + response.message();
    String excerpt = excerpt(text);
    String message = "HTTP " + status + reason + (excerpt.isEmpty() ? " (no error body)" : ": " + excerpt);
    return new ErrorDetails(status, null, message, null, requestId, operation);
  }

  String describe() {
    StringBuilder out = new StringBuilder(operation).append(" failed with HTTP ").append(status);
    if (code != null) {
      out.append(" (code ").append(code).append(')');
    }
    out.append(": ").append(message);
    if (moreInfo != null) {
      out.append(" - see ").append(moreInfo);
    }
    return out.toString();
  }

  private static @Nullable ErrorBody parse(String text) {
    try {
      return ADAPTER.fromJson(text);
    } catch (IOException | RuntimeException notTheApisError) {
      return null;
    }
  }

  private static boolean isJson(@Nullable ResponseBody body) {
    MediaType type = body == null ? null : body.contentType();
    return type != null && type.subtype().contains("json");
  }

  private static String bodyText(@Nullable ResponseBody body) {
    if (body == null) {
      return "";
    }
    try {
      okio.BufferedSource source = body.source();
      source.request(MAX_BODY);
      long size = Math.min(source.getBuffer().size(), MAX_BODY);
      return source.getBuffer().clone().readUtf8(size);
    } catch (IOException e) {
      return "";
    } finally {
      body.close();
    }
  }

  /** The start of a body that is not the API's JSON, with markup removed: enough to recognise it. */
  private static String excerpt(String text) {
    String plain = text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    return plain.length() > EXCERPT ? plain.substring(0, EXCERPT) + "..." : plain;
  }
}
