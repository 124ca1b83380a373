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
 * Real-time and cumulative statistics of one TaskQueue, as listed for a whole Workspace.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueuesStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "cumulative")
  private @Nullable TaskQueueCumulativeStatistics cumulative;

  @Json(name = "realtime")
  private @Nullable TaskQueueRealTimeStatistics realtime;

  @Json(name = "task_queue_sid")
  private @Nullable String taskQueueSid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;


  /** Models are read from JSON (Moshi uses this constructor). */
  TaskQueuesStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
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
   * @return the value, or null
   */
  public @Nullable String getTaskQueueSid() {
    return taskQueueSid;
  }


  /**
   * SID of the Workspace that contains the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkspaceSid() {
    return workspaceSid;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueuesStatistics)) {
      return false;
    }
    TaskQueuesStatistics that = (TaskQueuesStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(cumulative, that.cumulative)
        && Objects.equals(realtime, that.realtime)
        && Objects.equals(taskQueueSid, that.taskQueueSid)
        && Objects.equals(workspaceSid, that.workspaceSid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, cumulative, realtime, taskQueueSid, workspaceSid);
  }

  @Override
  public String toString() {
    return "TaskQueuesStatistics{"
        + "accountSid=" + accountSid
        + ", cumulative=" + cumulative
        + ", realtime=" + realtime
        + ", taskQueueSid=" + taskQueueSid
        + ", workspaceSid=" + workspaceSid
        + "}";
  }
}

