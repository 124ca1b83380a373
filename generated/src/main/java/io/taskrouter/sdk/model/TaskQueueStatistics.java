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
 * Real-time and cumulative statistics of one TaskQueue.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueStatistics {

  private @Nullable String accountSid;

  private @Nullable TaskQueueCumulativeStatistics cumulative;

  private @Nullable TaskQueueRealTimeStatistics realtime;

  private @Nullable String taskQueueSid;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  TaskQueueStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
    return accountSid;
  }


  /**
   * Cumulative statistics of the TaskQueue over the requested window.
   *
   * @return the value, or null
   */
  public @Nullable TaskQueueCumulativeStatistics getCumulative() {
    return cumulative;
  }


  /**
   * Real-time statistics of the TaskQueue.
   *
   * @return the value, or null
   */
  public @Nullable TaskQueueRealTimeStatistics getRealtime() {
    return realtime;
  }


  /**
   * SID of the TaskQueue the statistics describe.
   *
   * @return the value (always sent)
   */
  public String getTaskQueueSid() {
    return taskQueueSid;
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
   * Reads and writes {@link TaskQueueStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TaskQueueStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "cumulative",
        "realtime",
        "task_queue_sid",
        "workspace_sid",
        "url");
    private final JsonAdapter<TaskQueueCumulativeStatistics> cumulativeAdapter;
    private final JsonAdapter<TaskQueueRealTimeStatistics> realtimeAdapter;

    Adapter(Moshi moshi) {
      this.cumulativeAdapter = moshi.adapter(TaskQueueCumulativeStatistics.class);
      this.realtimeAdapter = moshi.adapter(TaskQueueRealTimeStatistics.class);
    }

    @Override
    public TaskQueueStatistics fromJson(JsonReader reader) throws IOException {
      TaskQueueStatistics model = new TaskQueueStatistics();
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
            model.taskQueueSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
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
      RequiredFields.check(reader, model.accountSid, "TaskQueueStatistics", "account_sid");
      RequiredFields.check(reader, model.taskQueueSid, "TaskQueueStatistics", "task_queue_sid");
      RequiredFields.check(reader, model.workspaceSid, "TaskQueueStatistics", "workspace_sid");
      RequiredFields.check(reader, model.url, "TaskQueueStatistics", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable TaskQueueStatistics model) throws IOException {
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
      if (model.taskQueueSid != null) {
        writer.name("task_queue_sid").value(model.taskQueueSid);
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
      return "JsonAdapter(TaskQueueStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueueStatistics)) {
      return false;
    }
    TaskQueueStatistics that = (TaskQueueStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(cumulative, that.cumulative)
        && Objects.equals(realtime, that.realtime)
        && Objects.equals(taskQueueSid, that.taskQueueSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, cumulative, realtime, taskQueueSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "TaskQueueStatistics{"
        + "accountSid=" + accountSid
        + ", cumulative=" + cumulative
        + ", realtime=" + realtime
        + ", taskQueueSid=" + taskQueueSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

