// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.Checks;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Error body returned with every non-2xx status. No field is required: the SDK reads what an error body has (a proxy's JSON error may lack some) and falls back on the status.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class ErrorBody {

  private @Nullable Integer code;

  private @Nullable String message;

  private @Nullable String moreInfo;

  private @Nullable Integer status;


  /** Models are read from JSON (by {@link Adapter}). */
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


  /**
   * Reads and writes {@link ErrorBody} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<ErrorBody> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "code",
        "message",
        "more_info",
        "status");

    Adapter(Moshi moshi) {
    }

    @Override
    public ErrorBody fromJson(JsonReader reader) throws IOException {
      ErrorBody model = new ErrorBody();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.code = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 1:
            model.message = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 2:
            model.moreInfo = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.status = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable ErrorBody model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.code != null) {
        writer.name("code").value(model.code);
      }
      if (model.message != null) {
        writer.name("message").value(model.message);
      }
      if (model.moreInfo != null) {
        writer.name("more_info").value(model.moreInfo);
      }
      if (model.status != null) {
        writer.name("status").value(model.status);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(ErrorBody)";
    }
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

