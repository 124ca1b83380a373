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
 * Current Tasks of one Workflow. Also the shape of the {@code realtime} part of WorkflowStatistics.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkflowRealTimeStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

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

  @Json(name = "workflow_sid")
  private @Nullable String workflowSid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
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

