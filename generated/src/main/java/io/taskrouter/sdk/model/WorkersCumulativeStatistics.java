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
 * Reservation counters and time per Activity of Workers over a time window. Also the shape of the {@code cumulative} part of WorkerStatistics and WorkerInstanceStatistics, where the identifying fields are absent.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkersCumulativeStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "start_time")
  private @Nullable OffsetDateTime startTime;

  @Json(name = "end_time")
  private @Nullable OffsetDateTime endTime;

  @Json(name = "activity_durations")
  private @Nullable List<ActivityDuration> activityDurations;

  @Json(name = "reservations_created")
  private @Nullable Integer reservationsCreated;

  @Json(name = "reservations_accepted")
  private @Nullable Integer reservationsAccepted;

  @Json(name = "reservations_rejected")
  private @Nullable Integer reservationsRejected;

  @Json(name = "reservations_timed_out")
  private @Nullable Integer reservationsTimedOut;

  @Json(name = "reservations_canceled")
  private @Nullable Integer reservationsCanceled;

  @Json(name = "reservations_rescinded")
  private @Nullable Integer reservationsRescinded;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  WorkersCumulativeStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Start of the window the statistics cover.
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getStartTime() {
    return startTime;
  }


  /**
   * End of the window the statistics cover.
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getEndTime() {
    return endTime;
  }


  /**
   * Time Workers spent in each Activity during the window.
   *
   * @return the value, or null
   */
  public @Nullable List<ActivityDuration> getActivityDurations() {
    return activityDurations;
  }


  /**
   * Reservations created in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsCreated() {
    return reservationsCreated == null ? 0 : reservationsCreated;
  }


  /**
   * Reservations accepted in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsAccepted() {
    return reservationsAccepted == null ? 0 : reservationsAccepted;
  }


  /**
   * Reservations rejected in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsRejected() {
    return reservationsRejected == null ? 0 : reservationsRejected;
  }


  /**
   * Reservations that timed out in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsTimedOut() {
    return reservationsTimedOut == null ? 0 : reservationsTimedOut;
  }


  /**
   * Reservations canceled in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsCanceled() {
    return reservationsCanceled == null ? 0 : reservationsCanceled;
  }


  /**
   * Reservations rescinded in the window (another Worker accepted first).
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsRescinded() {
    return reservationsRescinded == null ? 0 : reservationsRescinded;
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
    if (!(other instanceof WorkersCumulativeStatistics)) {
      return false;
    }
    WorkersCumulativeStatistics that = (WorkersCumulativeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(endTime, that.endTime)
        && Objects.equals(activityDurations, that.activityDurations)
        && Objects.equals(reservationsCreated, that.reservationsCreated)
        && Objects.equals(reservationsAccepted, that.reservationsAccepted)
        && Objects.equals(reservationsRejected, that.reservationsRejected)
        && Objects.equals(reservationsTimedOut, that.reservationsTimedOut)
        && Objects.equals(reservationsCanceled, that.reservationsCanceled)
        && Objects.equals(reservationsRescinded, that.reservationsRescinded)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, startTime, endTime, activityDurations, reservationsCreated, reservationsAccepted, reservationsRejected, reservationsTimedOut, reservationsCanceled, reservationsRescinded, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkersCumulativeStatistics{"
        + "accountSid=" + accountSid
        + ", startTime=" + startTime
        + ", endTime=" + endTime
        + ", activityDurations=" + activityDurations
        + ", reservationsCreated=" + reservationsCreated
        + ", reservationsAccepted=" + reservationsAccepted
        + ", reservationsRejected=" + reservationsRejected
        + ", reservationsTimedOut=" + reservationsTimedOut
        + ", reservationsCanceled=" + reservationsCanceled
        + ", reservationsRescinded=" + reservationsRescinded
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

