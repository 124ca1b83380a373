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
 * Real-time and cumulative statistics of one Workflow.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkflowStatistics {

  private @Nullable String accountSid;

  private @Nullable WorkflowCumulativeStatistics cumulative;

  private @Nullable WorkflowRealTimeStatistics realtime;

  private @Nullable String workflowSid;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkflowStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
    return accountSid;
  }


  /**
   * Cumulative statistics of the Workflow over the requested window.
   *
   * @return the value, or null
   */
  public @Nullable WorkflowCumulativeStatistics getCumulative() {
    return cumulative;
  }


  /**
   * Real-time statistics of the Workflow.
   *
   * @return the value, or null
   */
  public @Nullable WorkflowRealTimeStatistics getRealtime() {
    return realtime;
  }


  /**
   * SID of the Workflow the statistics describe.
   *
   * @return the value (always sent)
   */
  public String getWorkflowSid() {
    return workflowSid;
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
   * Reads and writes {@link WorkflowStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkflowStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "cumulative",
        "realtime",
        "workflow_sid",
        "workspace_sid",
        "url");
    private final JsonAdapter<WorkflowCumulativeStatistics> cumulativeAdapter;
    private final JsonAdapter<WorkflowRealTimeStatistics> realtimeAdapter;

    Adapter(Moshi moshi) {
      this.cumulativeAdapter = moshi.adapter(WorkflowCumulativeStatistics.class);
      this.realtimeAdapter = moshi.adapter(WorkflowRealTimeStatistics.class);
    }

    @Override
    public WorkflowStatistics fromJson(JsonReader reader) throws IOException {
      WorkflowStatistics model = new WorkflowStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.cumulative = cumulativeAdapter.fromJson(reader);
            break;
          case 2:
            model.realtime = realtimeAdapter.fromJson(reader);
            break;
          case 3:
            model.workflowSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 5:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "WorkflowStatistics", "account_sid");
      RequiredFields.check(reader, model.workflowSid, "WorkflowStatistics", "workflow_sid");
      RequiredFields.check(reader, model.workspaceSid, "WorkflowStatistics", "workspace_sid");
      RequiredFields.check(reader, model.url, "WorkflowStatistics", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable WorkflowStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.cumulative != null) {
        writer.name("cumulative");
        cumulativeAdapter.toJson(writer, model.cumulative);
      }
      if (model.realtime != null) {
        writer.name("realtime");
        realtimeAdapter.toJson(writer, model.realtime);
      }
      if (model.workflowSid != null) {
        writer.name("workflow_sid").value(model.workflowSid);
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
      return "JsonAdapter(WorkflowStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkflowStatistics)) {
      return false;
    }
    WorkflowStatistics that = (WorkflowStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(cumulative, that.cumulative)
        && Objects.equals(realtime, that.realtime)
        && Objects.equals(workflowSid, that.workflowSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, cumulative, realtime, workflowSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkflowStatistics{"
        + "accountSid=" + accountSid
        + ", cumulative=" + cumulative
        + ", realtime=" + realtime
        + ", workflowSid=" + workflowSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

