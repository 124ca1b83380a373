// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Error body returned with every non-2xx status.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class ErrorBody {

  @Json(name = "code")
  private @Nullable Integer code;

  @Json(name = "message")
  private @Nullable String message;

  @Json(name = "more_info")
  private @Nullable String moreInfo;

  @Json(name = "status")
  private @Nullable Integer status;


  /** Models are read from JSON (Moshi uses this constructor). */
  ErrorBody() {}


  /**
   * Twilio error code, e.g. 20404 (not found) or 20412 (If-Match mismatch).
   *
   * @return the value, {@code 0} when absent
   */
  public int getCode() {
    return code == null ? 0 : code;
  }


  /**
   * Human-readable explanation.
   *
   * @return the value, or null
   */
  public @Nullable String getMessage() {
    return message;
  }


  /**
   * Link to the documentation of the code.
   *
   * @return the value, or null
   */
  public @Nullable String getMoreInfo() {
    return moreInfo;
  }


  /**
   * HTTP status of the response.
   *
   * @return the value, {@code 0} when absent
   */
  public int getStatus() {
    return status == null ? 0 : status;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ErrorBody)) {
      return false;
    }
    ErrorBody that = (ErrorBody) other;
    return Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(moreInfo, that.moreInfo)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, moreInfo, status);
  }

  @Override
  public String toString() {
    return "ErrorBody{"
        + "code=" + code
        + ", message=" + message
        + ", moreInfo=" + Checks.maskUserInfo(moreInfo)
        + ", status=" + status
        + "}";
  }
}

