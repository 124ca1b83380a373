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
 * Capacity and availability of one Worker on one TaskChannel.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkerChannel {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "assigned_tasks")
  private @Nullable Integer assignedTasks;

  @Json(name = "available")
  private @Nullable Boolean available;

  @Json(name = "available_capacity_percentage")
  private @Nullable Integer availableCapacityPercentage;

  @Json(name = "configured_capacity")
  private @Nullable Integer configuredCapacity;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_updated")
  private @Nullable OffsetDateTime dateUpdated;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "task_channel_sid")
  private @Nullable String taskChannelSid;

  @Json(name = "task_channel_unique_name")
  private @Nullable String taskChannelUniqueName;

  @Json(name = "worker_sid")
  private @Nullable String workerSid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  WorkerChannel() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Number of accepted Tasks of this channel the Worker currently holds.
   *
   * @return the value, {@code 0} when absent
   */
  public int getAssignedTasks() {
    return assignedTasks == null ? 0 : assignedTasks;
  }


  /**
   * Whether the channel is enabled for the Worker.
   *
   * @return the value, or null
   */
  public @Nullable Boolean getAvailable() {
    return available;
  }


  /**
   * Share of the configured capacity still free, 0 to 100 (pending, accepted and wrapping reservations count as used).
   *
   * @return the value, {@code 0} when absent
   */
  public int getAvailableCapacityPercentage() {
    return availableCapacityPercentage == null ? 0 : availableCapacityPercentage;
  }


  /**
   * Number of Tasks of this channel the Worker can hold at once.
   *
   * @return the value, {@code 0} when absent
   */
  public int getConfiguredCapacity() {
    return configuredCapacity == null ? 0 : configuredCapacity;
  }


  /**
   * When the resource was created (ISO 8601).
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getDateCreated() {
    return dateCreated;
  }


  /**
   * When the resource was last changed (ISO 8601).
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getDateUpdated() {
    return dateUpdated;
  }


  /**
   * Unique SID of the Worker Channel.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * SID of the TaskChannel of the Task.
   *
   * @return the value, or null
   */
  public @Nullable String getTaskChannelSid() {
    return taskChannelSid;
  }


  /**
   * Unique name of the TaskChannel, e.g. {@code voice}.
   *
   * @return the value, or null
   */
  public @Nullable String getTaskChannelUniqueName() {
    return taskChannelUniqueName;
  }


  /**
   * SID of the Worker.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkerSid() {
    return workerSid;
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
   * Absolute URL of this resource.
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
    if (!(other instanceof WorkerChannel)) {
      return false;
    }
    WorkerChannel that = (WorkerChannel) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(assignedTasks, that.assignedTasks)
        && Objects.equals(available, that.available)
        && Objects.equals(availableCapacityPercentage, that.availableCapacityPercentage)
        && Objects.equals(configuredCapacity, that.configuredCapacity)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(sid, that.sid)
        && Objects.equals(taskChannelSid, that.taskChannelSid)
        && Objects.equals(taskChannelUniqueName, that.taskChannelUniqueName)
        && Objects.equals(workerSid, that.workerSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, assignedTasks, available, availableCapacityPercentage, configuredCapacity, dateCreated, dateUpdated, sid, taskChannelSid, taskChannelUniqueName, workerSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkerChannel{"
        + "accountSid=" + accountSid
        + ", assignedTasks=" + assignedTasks
        + ", available=" + available
        + ", availableCapacityPercentage=" + availableCapacityPercentage
        + ", configuredCapacity=" + configuredCapacity
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", sid=" + sid
        + ", taskChannelSid=" + taskChannelSid
        + ", taskChannelUniqueName=" + taskChannelUniqueName
        + ", workerSid=" + workerSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

