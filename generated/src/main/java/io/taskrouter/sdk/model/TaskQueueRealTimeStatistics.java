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
 * Current state of one TaskQueue. The same shape is used for the {@code realtime} part of the combined TaskQueue statistics and for the entries of a bulk request, where some identifying fields are absent.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueRealTimeStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "activity_statistics")
  private @Nullable List<ActivityStatistic> activityStatistics;

  @Json(name = "longest_task_waiting_age")
  private @Nullable Integer longestTaskWaitingAge;

  @Json(name = "longest_task_waiting_sid")
  private @Nullable String longestTaskWaitingSid;

  @Json(name = "longest_relative_task_age_in_queue")
  private @Nullable Integer longestRelativeTaskAgeInQueue;

  @Json(name = "longest_relative_task_sid_in_queue")
  private @Nullable String longestRelativeTaskSidInQueue;

  @Json(name = "task_queue_sid")
  private @Nullable String taskQueueSid;

  @Json(name = "tasks_by_priority")
  private @Nullable Map<String, Integer> tasksByPriority;

  @Json(name = "tasks_by_status")
  private @Nullable TasksByStatus tasksByStatus;

  @Json(name = "total_available_workers")
  private @Nullable Integer totalAvailableWorkers;

  @Json(name = "total_eligible_workers")
  private @Nullable Integer totalEligibleWorkers;

  @Json(name = "total_tasks")
  private @Nullable Integer totalTasks;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
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

