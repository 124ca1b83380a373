// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.ETagCarrier;
import io.taskrouter.sdk.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An offer of a Task to one Worker, seen from the Task.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskReservation implements ETagCarrier {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_updated")
  private @Nullable OffsetDateTime dateUpdated;

  @Json(name = "reservation_status")
  private @Nullable String reservationStatus;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "task_sid")
  private @Nullable String taskSid;

  @Json(name = "worker_name")
  private @Nullable String workerName;

  @Json(name = "worker_sid")
  private @Nullable String workerSid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "links")
  private @Nullable Map<String, String> links;

  private transient @Nullable String etag;

  /** Models are read from JSON (Moshi uses this constructor). */
  TaskReservation() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
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
   * {@code reservation_status}.
   *
   * @return the value, {@link ReservationStatus#UNKNOWN} when it is absent or not known to this SDK
   */
  public ReservationStatus getReservationStatus() {
    return ReservationStatus.fromValue(reservationStatus);
  }

  /** @return {@code reservation_status} exactly as the API sent it, or null */
  public @Nullable String getReservationStatusValue() {
    return reservationStatus;
  }


  /**
   * Unique SID of the Reservation.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * SID of the reserved Task.
   *
   * @return the value, or null
   */
  public @Nullable String getTaskSid() {
    return taskSid;
  }


  /**
   * Friendly name of the Worker the Task is offered to.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkerName() {
    return workerName;
  }


  /**
   * SID of the Worker the Task is offered to.
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


  /**
   * URLs of related resources, keyed by relation name.
   *
   * @return the value, or null
   */
  public @Nullable Map<String, String> getLinks() {
    return links;
  }


  /** @return the {@code ETag} header that came with this response (its revision), or null */
  public @Nullable String getETag() {
    return etag;
  }

  /** Internal: the SDK records the response's {@code ETag} header here. */
  @Override
  public void receiveETag(@Nullable String etag) {
    this.etag = etag;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskReservation)) {
      return false;
    }
    TaskReservation that = (TaskReservation) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(reservationStatus, that.reservationStatus)
        && Objects.equals(sid, that.sid)
        && Objects.equals(taskSid, that.taskSid)
        && Objects.equals(workerName, that.workerName)
        && Objects.equals(workerSid, that.workerSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, dateCreated, dateUpdated, reservationStatus, sid, taskSid, workerName, workerSid, workspaceSid, url, links);
  }

  @Override
  public String toString() {
    return "TaskReservation{"
        + "accountSid=" + accountSid
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", reservationStatus=" + reservationStatus
        + ", sid=" + sid
        + ", taskSid=" + taskSid
        + ", workerName=" + workerName
        + ", workerSid=" + workerSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + ", links=" + links
        + "}";
  }
}

