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
 * Counters of one TaskQueue over a time window. The same shape is used for the {@code cumulative} part of the combined TaskQueue statistics, where the identifying fields are absent.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueCumulativeStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "avg_task_acceptance_time")
  private @Nullable Integer avgTaskAcceptanceTime;

  @Json(name = "start_time")
  private @Nullable OffsetDateTime startTime;

  @Json(name = "end_time")
  private @Nullable OffsetDateTime endTime;

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

  @Json(name = "split_by_wait_time")
  private @Nullable Map<String, WaitTimeSplit> splitByWaitTime;

  @Json(name = "task_queue_sid")
  private @Nullable String taskQueueSid;

  @Json(name = "wait_duration_until_accepted")
  private @Nullable WaitDurationStatistics waitDurationUntilAccepted;

  @Json(name = "wait_duration_until_canceled")
  private @Nullable WaitDurationStatistics waitDurationUntilCanceled;

  @Json(name = "wait_duration_in_queue_until_accepted")
  private @Nullable WaitDurationStatistics waitDurationInQueueUntilAccepted;

  @Json(name = "tasks_canceled")
  private @Nullable Integer tasksCanceled;

  @Json(name = "tasks_completed")
  private @Nullable Integer tasksCompleted;

  @Json(name = "tasks_deleted")
  private @Nullable Integer tasksDeleted;

  @Json(name = "tasks_entered")
  private @Nullable Integer tasksEntered;

  @Json(name = "tasks_moved")
  private @Nullable Integer tasksMoved;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  TaskQueueCumulativeStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Average seconds from Task creation to acceptance.
   *
   * @return the value, {@code 0} when absent
   */
  public int getAvgTaskAcceptanceTime() {
    return avgTaskAcceptanceTime == null ? 0 : avgTaskAcceptanceTime;
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
   * Canceled Tasks and accepted Reservations below and above each threshold requested with {@code SplitByWaitTime}, keyed by the threshold in seconds.
   *
   * @return the value, or null
   */
  public @Nullable Map<String, WaitTimeSplit> getSplitByWaitTime() {
    return splitByWaitTime;
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
   * Wait time, counted from Task creation, of the Tasks accepted in the window.
   *
   * @return the value, or null
   */
  public @Nullable WaitDurationStatistics getWaitDurationUntilAccepted() {
    return waitDurationUntilAccepted;
  }


  /**
   * Wait time of the Tasks canceled in the window.
   *
   * @return the value, or null
   */
  public @Nullable WaitDurationStatistics getWaitDurationUntilCanceled() {
    return waitDurationUntilCanceled;
  }


  /**
   * Wait time, counted from entering the queue, of the Tasks accepted in the window.
   *
   * @return the value, or null
   */
  public @Nullable WaitDurationStatistics getWaitDurationInQueueUntilAccepted() {
    return waitDurationInQueueUntilAccepted;
  }


  /**
   * Tasks canceled in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksCanceled() {
    return tasksCanceled == null ? 0 : tasksCanceled;
  }


  /**
   * Tasks completed in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksCompleted() {
    return tasksCompleted == null ? 0 : tasksCompleted;
  }


  /**
   * Tasks deleted in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksDeleted() {
    return tasksDeleted == null ? 0 : tasksDeleted;
  }


  /**
   * Tasks that entered the TaskQueue or Workflow during the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksEntered() {
    return tasksEntered == null ? 0 : tasksEntered;
  }


  /**
   * Tasks moved to another queue in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksMoved() {
    return tasksMoved == null ? 0 : tasksMoved;
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
    if (!(other instanceof TaskQueueCumulativeStatistics)) {
      return false;
    }
    TaskQueueCumulativeStatistics that = (TaskQueueCumulativeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(avgTaskAcceptanceTime, that.avgTaskAcceptanceTime)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(endTime, that.endTime)
        && Objects.equals(reservationsCreated, that.reservationsCreated)
        && Objects.equals(reservationsAccepted, that.reservationsAccepted)
        && Objects.equals(reservationsRejected, that.reservationsRejected)
        && Objects.equals(reservationsTimedOut, that.reservationsTimedOut)
        && Objects.equals(reservationsCanceled, that.reservationsCanceled)
        && Objects.equals(reservationsRescinded, that.reservationsRescinded)
        && Objects.equals(splitByWaitTime, that.splitByWaitTime)
        && Objects.equals(taskQueueSid, that.taskQueueSid)
        && Objects.equals(waitDurationUntilAccepted, that.waitDurationUntilAccepted)
        && Objects.equals(waitDurationUntilCanceled, that.waitDurationUntilCanceled)
        && Objects.equals(waitDurationInQueueUntilAccepted, that.waitDurationInQueueUntilAccepted)
        && Objects.equals(tasksCanceled, that.tasksCanceled)
        && Objects.equals(tasksCompleted, that.tasksCompleted)
        && Objects.equals(tasksDeleted, that.tasksDeleted)
        && Objects.equals(tasksEntered, that.tasksEntered)
        && Objects.equals(tasksMoved, that.tasksMoved)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, avgTaskAcceptanceTime, startTime, endTime, reservationsCreated, reservationsAccepted, reservationsRejected, reservationsTimedOut, reservationsCanceled, reservationsRescinded, splitByWaitTime, taskQueueSid, waitDurationUntilAccepted, waitDurationUntilCanceled, waitDurationInQueueUntilAccepted, tasksCanceled, tasksCompleted, tasksDeleted, tasksEntered, tasksMoved, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "TaskQueueCumulativeStatistics{"
        + "accountSid=" + accountSid
        + ", avgTaskAcceptanceTime=" + avgTaskAcceptanceTime
        + ", startTime=" + startTime
        + ", endTime=" + endTime
        + ", reservationsCreated=" + reservationsCreated
        + ", reservationsAccepted=" + reservationsAccepted
        + ", reservationsRejected=" + reservationsRejected
        + ", reservationsTimedOut=" + reservationsTimedOut
        + ", reservationsCanceled=" + reservationsCanceled
        + ", reservationsRescinded=" + reservationsRescinded
        + ", splitByWaitTime=" + splitByWaitTime
        + ", taskQueueSid=" + taskQueueSid
        + ", waitDurationUntilAccepted=" + waitDurationUntilAccepted
        + ", waitDurationUntilCanceled=" + waitDurationUntilCanceled
        + ", waitDurationInQueueUntilAccepted=" + waitDurationInQueueUntilAccepted
        + ", tasksCanceled=" + tasksCanceled
        + ", tasksCompleted=" + tasksCompleted
        + ", tasksDeleted=" + tasksDeleted
        + ", tasksEntered=" + tasksEntered
        + ", tasksMoved=" + tasksMoved
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

