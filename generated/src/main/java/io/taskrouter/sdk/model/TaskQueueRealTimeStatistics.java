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
 * Current state of one TaskQueue. The same shape is used for the {@code realtime} part of the combined TaskQueue statistics and for the entries of a bulk request, where some identifying fields are absent.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueRealTimeStatistics {

  private @Nullable String accountSid;

  private @Nullable List<ActivityStatistic> activityStatistics;

  private @Nullable Integer longestTaskWaitingAge;

  private @Nullable String longestTaskWaitingSid;

  private @Nullable Integer longestRelativeTaskAgeInQueue;

  private @Nullable String longestRelativeTaskSidInQueue;

  private @Nullable String taskQueueSid;

  private @Nullable Map<String, Integer> tasksByPriority;

  private @Nullable TasksByStatus tasksByStatus;

  private @Nullable Integer totalAvailableWorkers;

  private @Nullable Integer totalEligibleWorkers;

  private @Nullable Integer totalTasks;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  TaskQueueRealTimeStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Number of Workers currently in each Activity.
   *
   * @return the value, or null
   */
  public @Nullable List<ActivityStatistic> getActivityStatistics() {
    return activityStatistics;
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
   * Seconds the longest waiting Task has spent in this queue.
   *
   * @return the value, {@code 0} when absent
   */
  public int getLongestRelativeTaskAgeInQueue() {
    return longestRelativeTaskAgeInQueue == null ? 0 : longestRelativeTaskAgeInQueue;
  }


  /**
   * SID of the Task that has waited longest in this queue.
   *
   * @return the value, or null
   */
  public @Nullable String getLongestRelativeTaskSidInQueue() {
    return longestRelativeTaskSidInQueue;
  }


  /**
   * SID of the TaskQueue the statistics describe.
   *
   * @return the value, or null
   */
  public @Nullable String getTaskQueueSid() {
    return taskQueueSid;
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
   * Queue members whose Activity is currently available.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTotalAvailableWorkers() {
    return totalAvailableWorkers == null ? 0 : totalAvailableWorkers;
  }


  /**
   * Queue members regardless of their Activity.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTotalEligibleWorkers() {
    return totalEligibleWorkers == null ? 0 : totalEligibleWorkers;
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
   * Reads and writes {@link TaskQueueRealTimeStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TaskQueueRealTimeStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "activity_statistics",
        "longest_task_waiting_age",
        "longest_task_waiting_sid",
        "longest_relative_task_age_in_queue",
        "longest_relative_task_sid_in_queue",
        "task_queue_sid",
        "tasks_by_priority",
        "tasks_by_status",
        "total_available_workers",
        "total_eligible_workers",
        "total_tasks",
        "workspace_sid",
        "url");
    private final JsonAdapter<List<ActivityStatistic>> activityStatisticsAdapter;
    private final JsonAdapter<Map<String, Integer>> tasksByPriorityAdapter;
    private final JsonAdapter<TasksByStatus> tasksByStatusAdapter;

    Adapter(Moshi moshi) {
      this.activityStatisticsAdapter = moshi.adapter(Types.newParameterizedType(List.class, ActivityStatistic.class));
      this.tasksByPriorityAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Integer.class));
      this.tasksByStatusAdapter = moshi.adapter(TasksByStatus.class);
    }

    @Override
    public TaskQueueRealTimeStatistics fromJson(JsonReader reader) throws IOException {
      TaskQueueRealTimeStatistics model = new TaskQueueRealTimeStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.activityStatistics = activityStatisticsAdapter.fromJson(reader);
            break;
          case 2:
            model.longestTaskWaitingAge = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 3:
            model.longestTaskWaitingSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.longestRelativeTaskAgeInQueue = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 5:
            model.longestRelativeTaskSidInQueue = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 6:
            model.taskQueueSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 7:
            model.tasksByPriority = tasksByPriorityAdapter.fromJson(reader);
            break;
          case 8:
            model.tasksByStatus = tasksByStatusAdapter.fromJson(reader);
            break;
          case 9:
            model.totalAvailableWorkers = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 10:
            model.totalEligibleWorkers = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 11:
            model.totalTasks = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 12:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 13:
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
    public void toJson(JsonWriter writer, @Nullable TaskQueueRealTimeStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.activityStatistics != null) {
        writer.name("activity_statistics");
        activityStatisticsAdapter.toJson(writer, model.activityStatistics);
      }
      if (model.longestTaskWaitingAge != null) {
        writer.name("longest_task_waiting_age").value(model.longestTaskWaitingAge);
      }
      if (model.longestTaskWaitingSid != null) {
        writer.name("longest_task_waiting_sid").value(model.longestTaskWaitingSid);
      }
      if (model.longestRelativeTaskAgeInQueue != null) {
        writer.name("longest_relative_task_age_in_queue").value(model.longestRelativeTaskAgeInQueue);
      }
      if (model.longestRelativeTaskSidInQueue != null) {
        writer.name("longest_relative_task_sid_in_queue").value(model.longestRelativeTaskSidInQueue);
      }
      if (model.taskQueueSid != null) {
        writer.name("task_queue_sid").value(model.taskQueueSid);
      }
      if (model.tasksByPriority != null) {
        writer.name("tasks_by_priority");
        tasksByPriorityAdapter.toJson(writer, model.tasksByPriority);
      }
      if (model.tasksByStatus != null) {
        writer.name("tasks_by_status");
        tasksByStatusAdapter.toJson(writer, model.tasksByStatus);
      }
      if (model.totalAvailableWorkers != null) {
        writer.name("total_available_workers").value(model.totalAvailableWorkers);
      }
      if (model.totalEligibleWorkers != null) {
        writer.name("total_eligible_workers").value(model.totalEligibleWorkers);
      }
      if (model.totalTasks != null) {
        writer.name("total_tasks").value(model.totalTasks);
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
      return "JsonAdapter(TaskQueueRealTimeStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueueRealTimeStatistics)) {
      return false;
    }
    TaskQueueRealTimeStatistics that = (TaskQueueRealTimeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(activityStatistics, that.activityStatistics)
        && Objects.equals(longestTaskWaitingAge, that.longestTaskWaitingAge)
        && Objects.equals(longestTaskWaitingSid, that.longestTaskWaitingSid)
        && Objects.equals(longestRelativeTaskAgeInQueue, that.longestRelativeTaskAgeInQueue)
        && Objects.equals(longestRelativeTaskSidInQueue, that.longestRelativeTaskSidInQueue)
        && Objects.equals(taskQueueSid, that.taskQueueSid)
        && Objects.equals(tasksByPriority, that.tasksByPriority)
        && Objects.equals(tasksByStatus, that.tasksByStatus)
        && Objects.equals(totalAvailableWorkers, that.totalAvailableWorkers)
        && Objects.equals(totalEligibleWorkers, that.totalEligibleWorkers)
        && Objects.equals(totalTasks, that.totalTasks)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, activityStatistics, longestTaskWaitingAge, longestTaskWaitingSid, longestRelativeTaskAgeInQueue, longestRelativeTaskSidInQueue, taskQueueSid, tasksByPriority, tasksByStatus, totalAvailableWorkers, totalEligibleWorkers, totalTasks, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "TaskQueueRealTimeStatistics{"
        + "accountSid=" + accountSid
        + ", activityStatistics=" + activityStatistics
        + ", longestTaskWaitingAge=" + longestTaskWaitingAge
        + ", longestTaskWaitingSid=" + longestTaskWaitingSid
        + ", longestRelativeTaskAgeInQueue=" + longestRelativeTaskAgeInQueue
        + ", longestRelativeTaskSidInQueue=" + longestRelativeTaskSidInQueue
        + ", taskQueueSid=" + taskQueueSid
        + ", tasksByPriority=" + tasksByPriority
        + ", tasksByStatus=" + tasksByStatus
        + ", totalAvailableWorkers=" + totalAvailableWorkers
        + ", totalEligibleWorkers=" + totalEligibleWorkers
        + ", totalTasks=" + totalTasks
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

