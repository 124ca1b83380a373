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
 * A queue in which Tasks wait for an eligible Worker.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueue {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "assignment_activity_sid")
  private @Nullable String assignmentActivitySid;

  @Json(name = "assignment_activity_name")
  private @Nullable String assignmentActivityName;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_updated")
  private @Nullable OffsetDateTime dateUpdated;

  @Json(name = "friendly_name")
  private @Nullable String friendlyName;

  @Json(name = "max_reserved_workers")
  private @Nullable Integer maxReservedWorkers;

  @Json(name = "reservation_activity_sid")
  private @Nullable String reservationActivitySid;

  @Json(name = "reservation_activity_name")
  private @Nullable String reservationActivityName;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "target_workers")
  private @Nullable String targetWorkers;

  @Json(name = "task_order")
  private @Nullable String taskOrder;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "links")
  private @Nullable Map<String, String> links;


  /** Models are read from JSON (Moshi uses this constructor). */
  TaskQueue() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * SID of the Activity a Worker gets when it accepts a Task from this queue.
   *
   * @return the value, or null
   */
  public @Nullable String getAssignmentActivitySid() {
    return assignmentActivitySid;
  }


  /**
   * Name of the Activity a Worker gets when it accepts a Task from this queue.
   *
   * @return the value, or null
   */
  public @Nullable String getAssignmentActivityName() {
    return assignmentActivityName;
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
   * Display name of the TaskQueue.
   *
   * @return the value, or null
   */
  public @Nullable String getFriendlyName() {
    return friendlyName;
  }


  /**
   * How many Workers may be offered the same Task at once (1 to 50).
   *
   * @return the value, {@code 0} when absent
   */
  public int getMaxReservedWorkers() {
    return maxReservedWorkers == null ? 0 : maxReservedWorkers;
  }


  /**
   * SID of the Activity a Worker gets when it receives a Reservation from this queue.
   *
   * @return the value, or null
   */
  public @Nullable String getReservationActivitySid() {
    return reservationActivitySid;
  }


  /**
   * Name of the Activity a Worker gets when it receives a Reservation from this queue.
   *
   * @return the value, or null
   */
  public @Nullable String getReservationActivityName() {
    return reservationActivityName;
  }


  /**
   * Unique SID of the TaskQueue.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * Expression over worker attributes selecting the members of the queue.
   *
   * @return the value, or null
   */
  public @Nullable String getTargetWorkers() {
    return targetWorkers;
  }


  /**
   * {@code task_order}.
   *
   * @return the value, {@link QueueOrder#UNKNOWN} when it is absent or not known to this SDK
   */
  public QueueOrder getTaskOrder() {
    return QueueOrder.fromValue(taskOrder);
  }

  /** @return {@code task_order} exactly as the API sent it, or null */
  public @Nullable String getTaskOrderValue() {
    return taskOrder;
  }


  /**
   * Absolute URL of this resource.
   *
   * @return the value, or null
   */
  public @Nullable String getUrl() {
    return url;
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
   * URLs of related resources, keyed by relation name.
   *
   * @return the value, or null
   */
  public @Nullable Map<String, String> getLinks() {
    return links;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueue)) {
      return false;
    }
    TaskQueue that = (TaskQueue) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(assignmentActivitySid, that.assignmentActivitySid)
        && Objects.equals(assignmentActivityName, that.assignmentActivityName)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(maxReservedWorkers, that.maxReservedWorkers)
        && Objects.equals(reservationActivitySid, that.reservationActivitySid)
        && Objects.equals(reservationActivityName, that.reservationActivityName)
        && Objects.equals(sid, that.sid)
        && Objects.equals(targetWorkers, that.targetWorkers)
        && Objects.equals(taskOrder, that.taskOrder)
        && Objects.equals(url, that.url)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, assignmentActivitySid, assignmentActivityName, dateCreated, dateUpdated, friendlyName, maxReservedWorkers, reservationActivitySid, reservationActivityName, sid, targetWorkers, taskOrder, url, workspaceSid, links);
  }

  @Override
  public String toString() {
    return "TaskQueue{"
        + "accountSid=" + accountSid
        + ", assignmentActivitySid=" + assignmentActivitySid
        + ", assignmentActivityName=" + assignmentActivityName
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", friendlyName=" + friendlyName
        + ", maxReservedWorkers=" + maxReservedWorkers
        + ", reservationActivitySid=" + reservationActivitySid
        + ", reservationActivityName=" + reservationActivityName
        + ", sid=" + sid
        + ", targetWorkers=" + targetWorkers
        + ", taskOrder=" + taskOrder
        + ", url=" + Checks.maskUserInfo(url)
        + ", workspaceSid=" + workspaceSid
        + ", links=" + links
        + "}";
  }
}

