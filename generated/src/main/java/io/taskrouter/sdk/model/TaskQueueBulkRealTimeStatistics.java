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
 * Real-time statistics of several TaskQueues returned by one bulk request.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueBulkRealTimeStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "task_queue_data")
  private @Nullable List<TaskQueueRealTimeStatistics> taskQueueData;

  @Json(name = "task_queue_response_count")
  private @Nullable Integer taskQueueResponseCount;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  TaskQueueBulkRealTimeStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
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

