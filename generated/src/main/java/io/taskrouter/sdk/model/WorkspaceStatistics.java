// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.RequiredFields;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Real-time and cumulative statistics of a Workspace.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkspaceStatistics {

  private @Nullable WorkspaceRealTimeStatistics realtime;

  private @Nullable WorkspaceCumulativeStatistics cumulative;

  private @Nullable String accountSid;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkspaceStatistics() {}


  /**
   * Real-time statistics of the Workspace.
   *
   * @return the value, or null
   */
  public @Nullable WorkspaceRealTimeStatistics getRealtime() {
    return realtime;
  }


  /**
   * Cumulative statistics of the Workspace over the requested window.
   *
   * @return the value, or null
   */
  public @Nullable WorkspaceCumulativeStatistics getCumulative() {
    return cumulative;
  }


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
    return accountSid;
  }


  /**
   * SID of the Workspace that contains the resource.
   *
   * @return the value (always sent)
   */
  public String getWorkspaceSid() {
    return workspaceSid;
  }


  /**
   * Absolute URL of this statistics resource.
   *
   * @return the value (always sent)
   */
  public String getUrl() {
    return url;
  }


  /**
   * Reads and writes {@link WorkspaceStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkspaceStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "realtime",
        "cumulative",
        "account_sid",
        "workspace_sid",
        "url");
    private final JsonAdapter<WorkspaceRealTimeStatistics> realtimeAdapter;
    private final JsonAdapter<WorkspaceCumulativeStatistics> cumulativeAdapter;

    Adapter(Moshi moshi) {
      this.realtimeAdapter = moshi.adapter(WorkspaceRealTimeStatistics.class);
      this.cumulativeAdapter = moshi.adapter(WorkspaceCumulativeStatistics.class);
    }

    @Override
    public WorkspaceStatistics fromJson(JsonReader reader) throws IOException {
      WorkspaceStatistics model = new WorkspaceStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.realtime = realtimeAdapter.fromJson(reader);
            break;
          case 1:
            model.cumulative = cumulativeAdapter.fromJson(reader);
            break;
          case 2:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "WorkspaceStatistics", "account_sid");
      RequiredFields.check(reader, model.workspaceSid, "WorkspaceStatistics", "workspace_sid");
      RequiredFields.check(reader, model.url, "WorkspaceStatistics", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable WorkspaceStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.realtime != null) {
        writer.name("realtime");
        realtimeAdapter.toJson(writer, model.realtime);
      }
      if (model.cumulative != null) {
        writer.name("cumulative");
        cumulativeAdapter.toJson(writer, model.cumulative);
      }
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkspaceStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkspaceStatistics)) {
      return false;
    }
    WorkspaceStatistics that = (WorkspaceStatistics) other;
    return Objects.equals(realtime, that.realtime)
        && Objects.equals(cumulative, that.cumulative)
        && Objects.equals(accountSid, that.accountSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(realtime, cumulative, accountSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkspaceStatistics{"
        + "realtime=" + realtime
        + ", cumulative=" + cumulative
        + ", accountSid=" + accountSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

