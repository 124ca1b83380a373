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
 * Real-time statistics of several TaskQueues returned by one bulk request.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueBulkRealTimeStatistics {

  private @Nullable String accountSid;

  private @Nullable String workspaceSid;

  private @Nullable List<TaskQueueRealTimeStatistics> taskQueueData;

  private @Nullable Integer taskQueueResponseCount;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  TaskQueueBulkRealTimeStatistics() {}


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
   * One real-time statistics entry per requested TaskQueue.
   *
   * @return the value, or null
   */
  public @Nullable List<TaskQueueRealTimeStatistics> getTaskQueueData() {
    return taskQueueData;
  }


  /**
   * Number of entries in {@code task_queue_data}.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTaskQueueResponseCount() {
    return taskQueueResponseCount == null ? 0 : taskQueueResponseCount;
  }


  /**
   * Absolute URL of the bulk statistics endpoint.
   *
   * @return the value (always sent)
   */
  public String getUrl() {
    return url;
  }


  /**
   * Reads and writes {@link TaskQueueBulkRealTimeStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TaskQueueBulkRealTimeStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "workspace_sid",
        "task_queue_data",
        "task_queue_response_count",
        "url");
    private final JsonAdapter<List<TaskQueueRealTimeStatistics>> taskQueueDataAdapter;

    Adapter(Moshi moshi) {
      this.taskQueueDataAdapter = moshi.adapter(Types.newParameterizedType(List.class, TaskQueueRealTimeStatistics.class));
    }

    @Override
    public TaskQueueBulkRealTimeStatistics fromJson(JsonReader reader) throws IOException {
      TaskQueueBulkRealTimeStatistics model = new TaskQueueBulkRealTimeStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 2:
            model.taskQueueData = taskQueueDataAdapter.fromJson(reader);
            break;
          case 3:
            model.taskQueueResponseCount = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 4:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "TaskQueueBulkRealTimeStatistics", "account_sid");
      RequiredFields.check(reader, model.workspaceSid, "TaskQueueBulkRealTimeStatistics", "workspace_sid");
      RequiredFields.check(reader, model.url, "TaskQueueBulkRealTimeStatistics", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable TaskQueueBulkRealTimeStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      if (model.taskQueueData != null) {
        writer.name("task_queue_data");
        taskQueueDataAdapter.toJson(writer, model.taskQueueData);
      }
      if (model.taskQueueResponseCount != null) {
        writer.name("task_queue_response_count").value(model.taskQueueResponseCount);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(TaskQueueBulkRealTimeStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueueBulkRealTimeStatistics)) {
      return false;
    }
    TaskQueueBulkRealTimeStatistics that = (TaskQueueBulkRealTimeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(taskQueueData, that.taskQueueData)
        && Objects.equals(taskQueueResponseCount, that.taskQueueResponseCount)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, workspaceSid, taskQueueData, taskQueueResponseCount, url);
  }

  @Override
  public String toString() {
    return "TaskQueueBulkRealTimeStatistics{"
        + "accountSid=" + accountSid
        + ", workspaceSid=" + workspaceSid
        + ", taskQueueData=" + taskQueueData
        + ", taskQueueResponseCount=" + taskQueueResponseCount
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

