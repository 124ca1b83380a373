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
 * Current state of a Workspace. Also the shape of the {@code realtime} part of WorkspaceStatistics.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkspaceRealTimeStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "activity_statistics")
  private @Nullable List<ActivityStatistic> activityStatistics;

  @Json(name = "longest_task_waiting_age")
  private @Nullable Integer longestTaskWaitingAge;

  @Json(name = "longest_task_waiting_sid")
  private @Nullable String longestTaskWaitingSid;

  @Json(name = "tasks_by_priority")
  private @Nullable Map<String, Integer> tasksByPriority;

  @Json(name = "tasks_by_status")
  private @Nullable TasksByStatus tasksByStatus;

  @Json(name = "total_tasks")
  private @Nullable Integer totalTasks;

  @Json(name = "total_workers")
  private @Nullable Integer totalWorkers;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  WorkspaceRealTimeStatistics() {}


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
   * Number of Workers.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTotalWorkers() {
    return totalWorkers == null ? 0 : totalWorkers;
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
    if (!(other instanceof WorkspaceRealTimeStatistics)) {
      return false;
    }
    WorkspaceRealTimeStatistics that = (WorkspaceRealTimeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(activityStatistics, that.activityStatistics)
        && Objects.equals(longestTaskWaitingAge, that.longestTaskWaitingAge)
        && Objects.equals(longestTaskWaitingSid, that.longestTaskWaitingSid)
        && Objects.equals(tasksByPriority, that.tasksByPriority)
        && Objects.equals(tasksByStatus, that.tasksByStatus)
        && Objects.equals(totalTasks, that.totalTasks)
        && Objects.equals(totalWorkers, that.totalWorkers)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, activityStatistics, longestTaskWaitingAge, longestTaskWaitingSid, tasksByPriority, tasksByStatus, totalTasks, totalWorkers, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkspaceRealTimeStatistics{"
        + "accountSid=" + accountSid
        + ", activityStatistics=" + activityStatistics
        + ", longestTaskWaitingAge=" + longestTaskWaitingAge
        + ", longestTaskWaitingSid=" + longestTaskWaitingSid
        + ", tasksByPriority=" + tasksByPriority
        + ", tasksByStatus=" + tasksByStatus
        + ", totalTasks=" + totalTasks
        + ", totalWorkers=" + totalWorkers
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

