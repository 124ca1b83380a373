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
 * Current Tasks of one Workflow. Also the shape of the {@code realtime} part of WorkflowStatistics.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkflowRealTimeStatistics {

  private @Nullable String accountSid;

  private @Nullable Integer longestTaskWaitingAge;

  private @Nullable String longestTaskWaitingSid;

  private @Nullable Map<String, Integer> tasksByPriority;

  private @Nullable TasksByStatus tasksByStatus;

  private @Nullable Integer totalTasks;

  private @Nullable String workflowSid;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkflowRealTimeStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Age in seconds of the longest waiting Task.
   *
   * @return the value, {@code 0} when absent
   */
  public int getLongestTaskWaitingAge() {
    return longestTaskWaitingAge == null ? 0 : longestTaskWaitingAge;
  }


  /**
   * SID of the longest waiting Task.
   *
   * @return the value, or null
   */
  public @Nullable String getLongestTaskWaitingSid() {
    return longestTaskWaitingSid;
  }


  /**
   * Number of current Tasks per priority, keyed by the priority value. Counts may be rendered as numeric strings.
   *
   * @return the value, or null
   */
  public @Nullable Map<String, Integer> getTasksByPriority() {
    return tasksByPriority;
  }


  /**
   * Number of current Tasks per status.
   *
   * @return the value, or null
   */
  public @Nullable TasksByStatus getTasksByStatus() {
    return tasksByStatus;
  }


  /**
   * Number of current Tasks.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTotalTasks() {
    return totalTasks == null ? 0 : totalTasks;
  }


  /**
   * SID of the Workflow the statistics describe.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkflowSid() {
    return workflowSid;
  }


  /**
   * SID of the Workspace that contains the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkspaceSid() {
    return workspaceSid;
  }


  /**
   * Absolute URL of this statistics resource.
   *
   * @return the value, or null
   */
  public @Nullable String getUrl() {
    return url;
  }


  /**
   * Reads and writes {@link WorkflowRealTimeStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkflowRealTimeStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "longest_task_waiting_age",
        "longest_task_waiting_sid",
        "tasks_by_priority",
        "tasks_by_status",
        "total_tasks",
        "workflow_sid",
        "workspace_sid",
        "url");
    private final JsonAdapter<Map<String, Integer>> tasksByPriorityAdapter;
    private final JsonAdapter<TasksByStatus> tasksByStatusAdapter;

    Adapter(Moshi moshi) {
      this.tasksByPriorityAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Integer.class));
      this.tasksByStatusAdapter = moshi.adapter(TasksByStatus.class);
    }

    @Override
    public WorkflowRealTimeStatistics fromJson(JsonReader reader) throws IOException {
      WorkflowRealTimeStatistics model = new WorkflowRealTimeStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.longestTaskWaitingAge = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 2:
            model.longestTaskWaitingSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.tasksByPriority = tasksByPriorityAdapter.fromJson(reader);
            break;
          case 4:
            model.tasksByStatus = tasksByStatusAdapter.fromJson(reader);
            break;
          case 5:
            model.totalTasks = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 6:
            model.workflowSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 7:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 8:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
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
    public void toJson(JsonWriter writer, @Nullable WorkflowRealTimeStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.longestTaskWaitingAge != null) {
        writer.name("longest_task_waiting_age").value(model.longestTaskWaitingAge);
      }
      if (model.longestTaskWaitingSid != null) {
        writer.name("longest_task_waiting_sid").value(model.longestTaskWaitingSid);
      }
      if (model.tasksByPriority != null) {
        writer.name("tasks_by_priority");
        tasksByPriorityAdapter.toJson(writer, model.tasksByPriority);
      }
      if (model.tasksByStatus != null) {
        writer.name("tasks_by_status");
        tasksByStatusAdapter.toJson(writer, model.tasksByStatus);
      }
      if (model.totalTasks != null) {
        writer.name("total_tasks").value(model.totalTasks);
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
      return "JsonAdapter(WorkflowRealTimeStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkflowRealTimeStatistics)) {
      return false;
    }
    WorkflowRealTimeStatistics that = (WorkflowRealTimeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(longestTaskWaitingAge, that.longestTaskWaitingAge)
        && Objects.equals(longestTaskWaitingSid, that.longestTaskWaitingSid)
        && Objects.equals(tasksByPriority, that.tasksByPriority)
        && Objects.equals(tasksByStatus, that.tasksByStatus)
        && Objects.equals(totalTasks, that.totalTasks)
        && Objects.equals(workflowSid, that.workflowSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, longestTaskWaitingAge, longestTaskWaitingSid, tasksByPriority, tasksByStatus, totalTasks, workflowSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkflowRealTimeStatistics{"
        + "accountSid=" + accountSid
        + ", longestTaskWaitingAge=" + longestTaskWaitingAge
        + ", longestTaskWaitingSid=" + longestTaskWaitingSid
        + ", tasksByPriority=" + tasksByPriority
        + ", tasksByStatus=" + tasksByStatus
        + ", totalTasks=" + totalTasks
        + ", workflowSid=" + workflowSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

