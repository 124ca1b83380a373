// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.Checks;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Counters of a Workspace over a time window. Also the shape of the {@code cumulative} part of WorkspaceStatistics.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkspaceCumulativeStatistics {

  private @Nullable String accountSid;

  private @Nullable Integer avgTaskAcceptanceTime;

  private @Nullable OffsetDateTime startTime;

  private @Nullable OffsetDateTime endTime;

  private @Nullable Integer reservationsCreated;

  private @Nullable Integer reservationsAccepted;

  private @Nullable Integer reservationsRejected;

  private @Nullable Integer reservationsTimedOut;

  private @Nullable Integer reservationsCanceled;

  private @Nullable Integer reservationsRescinded;

  private @Nullable Map<String, WaitTimeSplit> splitByWaitTime;

  private @Nullable WaitDurationStatistics waitDurationUntilAccepted;

  private @Nullable WaitDurationStatistics waitDurationUntilCanceled;

  private @Nullable Integer tasksCanceled;

  private @Nullable Integer tasksCompleted;

  private @Nullable Integer tasksCreated;

  private @Nullable Integer tasksDeleted;

  private @Nullable Integer tasksMoved;

  private @Nullable Integer tasksTimedOutInWorkflow;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkspaceCumulativeStatistics() {}


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
   * Tasks created in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksCreated() {
    return tasksCreated == null ? 0 : tasksCreated;
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
   * Tasks moved to another queue in the window.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksMoved() {
    return tasksMoved == null ? 0 : tasksMoved;
  }


  /**
   * Tasks that ran out of Workflow steps in the window and were canceled.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksTimedOutInWorkflow() {
    return tasksTimedOutInWorkflow == null ? 0 : tasksTimedOutInWorkflow;
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


  /**
   * Reads and writes {@link WorkspaceCumulativeStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkspaceCumulativeStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "avg_task_acceptance_time",
        "start_time",
        "end_time",
        "reservations_created",
        "reservations_accepted",
        "reservations_rejected",
        "reservations_timed_out",
        "reservations_canceled",
        "reservations_rescinded",
        "split_by_wait_time",
        "wait_duration_until_accepted",
        "wait_duration_until_canceled",
        "tasks_canceled",
        "tasks_completed",
        "tasks_created",
        "tasks_deleted",
        "tasks_moved",
        "tasks_timed_out_in_workflow",
        "workspace_sid",
        "url");
    private final JsonAdapter<OffsetDateTime> startTimeAdapter;
    private final JsonAdapter<OffsetDateTime> endTimeAdapter;
    private final JsonAdapter<Map<String, WaitTimeSplit>> splitByWaitTimeAdapter;
    private final JsonAdapter<WaitDurationStatistics> waitDurationUntilAcceptedAdapter;
    private final JsonAdapter<WaitDurationStatistics> waitDurationUntilCanceledAdapter;

    Adapter(Moshi moshi) {
      this.startTimeAdapter = moshi.adapter(OffsetDateTime.class);
      this.endTimeAdapter = moshi.adapter(OffsetDateTime.class);
      this.splitByWaitTimeAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, WaitTimeSplit.class));
      this.waitDurationUntilAcceptedAdapter = moshi.adapter(WaitDurationStatistics.class);
      this.waitDurationUntilCanceledAdapter = moshi.adapter(WaitDurationStatistics.class);
    }

    @Override
    public WorkspaceCumulativeStatistics fromJson(JsonReader reader) throws IOException {
      WorkspaceCumulativeStatistics model = new WorkspaceCumulativeStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.avgTaskAcceptanceTime = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 2:
            model.startTime = startTimeAdapter.fromJson(reader);
            break;
          case 3:
            model.endTime = endTimeAdapter.fromJson(reader);
            break;
          case 4:
            model.reservationsCreated = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 5:
            model.reservationsAccepted = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 6:
            model.reservationsRejected = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 7:
            model.reservationsTimedOut = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 8:
            model.reservationsCanceled = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 9:
            model.reservationsRescinded = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 10:
            model.splitByWaitTime = splitByWaitTimeAdapter.fromJson(reader);
            break;
          case 11:
            model.waitDurationUntilAccepted = waitDurationUntilAcceptedAdapter.fromJson(reader);
            break;
          case 12:
            model.waitDurationUntilCanceled = waitDurationUntilCanceledAdapter.fromJson(reader);
            break;
          case 13:
            model.tasksCanceled = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 14:
            model.tasksCompleted = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 15:
            model.tasksCreated = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 16:
            model.tasksDeleted = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 17:
            model.tasksMoved = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 18:
            model.tasksTimedOutInWorkflow = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 19:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 20:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable WorkspaceCumulativeStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.avgTaskAcceptanceTime != null) {
        writer.name("avg_task_acceptance_time").value(model.avgTaskAcceptanceTime);
      }
      if (model.startTime != null) {
        writer.name("start_time");
        startTimeAdapter.toJson(writer, model.startTime);
      }
      if (model.endTime != null) {
        writer.name("end_time");
        endTimeAdapter.toJson(writer, model.endTime);
      }
      if (model.reservationsCreated != null) {
        writer.name("reservations_created").value(model.reservationsCreated);
      }
      if (model.reservationsAccepted != null) {
        writer.name("reservations_accepted").value(model.reservationsAccepted);
      }
      if (model.reservationsRejected != null) {
        writer.name("reservations_rejected").value(model.reservationsRejected);
      }
      if (model.reservationsTimedOut != null) {
        writer.name("reservations_timed_out").value(model.reservationsTimedOut);
      }
      if (model.reservationsCanceled != null) {
        writer.name("reservations_canceled").value(model.reservationsCanceled);
      }
      if (model.reservationsRescinded != null) {
        writer.name("reservations_rescinded").value(model.reservationsRescinded);
      }
      if (model.splitByWaitTime != null) {
        writer.name("split_by_wait_time");
        splitByWaitTimeAdapter.toJson(writer, model.splitByWaitTime);
      }
      if (model.waitDurationUntilAccepted != null) {
        writer.name("wait_duration_until_accepted");
        waitDurationUntilAcceptedAdapter.toJson(writer, model.waitDurationUntilAccepted);
      }
      if (model.waitDurationUntilCanceled != null) {
        writer.name("wait_duration_until_canceled");
        waitDurationUntilCanceledAdapter.toJson(writer, model.waitDurationUntilCanceled);
      }
      if (model.tasksCanceled != null) {
        writer.name("tasks_canceled").value(model.tasksCanceled);
      }
      if (model.tasksCompleted != null) {
        writer.name("tasks_completed").value(model.tasksCompleted);
      }
      if (model.tasksCreated != null) {
        writer.name("tasks_created").value(model.tasksCreated);
      }
      if (model.tasksDeleted != null) {
        writer.name("tasks_deleted").value(model.tasksDeleted);
      }
      if (model.tasksMoved != null) {
        writer.name("tasks_moved").value(model.tasksMoved);
      }
      if (model.tasksTimedOutInWorkflow != null) {
        writer.name("tasks_timed_out_in_workflow").value(model.tasksTimedOutInWorkflow);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkspaceCumulativeStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkspaceCumulativeStatistics)) {
      return false;
    }
    WorkspaceCumulativeStatistics that = (WorkspaceCumulativeStatistics) other;
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
        && Objects.equals(waitDurationUntilAccepted, that.waitDurationUntilAccepted)
        && Objects.equals(waitDurationUntilCanceled, that.waitDurationUntilCanceled)
        && Objects.equals(tasksCanceled, that.tasksCanceled)
        && Objects.equals(tasksCompleted, that.tasksCompleted)
        && Objects.equals(tasksCreated, that.tasksCreated)
        && Objects.equals(tasksDeleted, that.tasksDeleted)
        && Objects.equals(tasksMoved, that.tasksMoved)
        && Objects.equals(tasksTimedOutInWorkflow, that.tasksTimedOutInWorkflow)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, avgTaskAcceptanceTime, startTime, endTime, reservationsCreated, reservationsAccepted, reservationsRejected, reservationsTimedOut, reservationsCanceled, reservationsRescinded, splitByWaitTime, waitDurationUntilAccepted, waitDurationUntilCanceled, tasksCanceled, tasksCompleted, tasksCreated, tasksDeleted, tasksMoved, tasksTimedOutInWorkflow, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkspaceCumulativeStatistics{"
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
        + ", waitDurationUntilAccepted=" + waitDurationUntilAccepted
        + ", waitDurationUntilCanceled=" + waitDurationUntilCanceled
        + ", tasksCanceled=" + tasksCanceled
        + ", tasksCompleted=" + tasksCompleted
        + ", tasksCreated=" + tasksCreated
        + ", tasksDeleted=" + tasksDeleted
        + ", tasksMoved=" + tasksMoved
        + ", tasksTimedOutInWorkflow=" + tasksTimedOutInWorkflow
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

