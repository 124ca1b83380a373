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
 * Reservation counters and time per Activity of Workers over a time window. Also the shape of the {@code cumulative} part of WorkerStatistics and WorkerInstanceStatistics, where the identifying fields are absent.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkersCumulativeStatistics {

  private @Nullable String accountSid;

  private @Nullable OffsetDateTime startTime;

  private @Nullable OffsetDateTime endTime;

  private @Nullable List<ActivityDuration> activityDurations;

  private @Nullable Integer reservationsCreated;

  private @Nullable Integer reservationsAccepted;

  private @Nullable Integer reservationsRejected;

  private @Nullable Integer reservationsTimedOut;

  private @Nullable Integer reservationsCanceled;

  private @Nullable Integer reservationsRescinded;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
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


  /**
   * Reads and writes {@link WorkersCumulativeStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkersCumulativeStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "start_time",
        "end_time",
        "activity_durations",
        "reservations_created",
        "reservations_accepted",
        "reservations_rejected",
        "reservations_timed_out",
        "reservations_canceled",
        "reservations_rescinded",
        "workspace_sid",
        "url");
    private final JsonAdapter<OffsetDateTime> startTimeAdapter;
    private final JsonAdapter<OffsetDateTime> endTimeAdapter;
    private final JsonAdapter<List<ActivityDuration>> activityDurationsAdapter;

    Adapter(Moshi moshi) {
      this.startTimeAdapter = moshi.adapter(OffsetDateTime.class);
      this.endTimeAdapter = moshi.adapter(OffsetDateTime.class);
      this.activityDurationsAdapter = moshi.adapter(Types.newParameterizedType(List.class, ActivityDuration.class));
    }

    @Override
    public WorkersCumulativeStatistics fromJson(JsonReader reader) throws IOException {
      WorkersCumulativeStatistics model = new WorkersCumulativeStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.startTime = startTimeAdapter.fromJson(reader);
            break;
          case 2:
            model.endTime = endTimeAdapter.fromJson(reader);
            break;
          case 3:
            model.activityDurations = activityDurationsAdapter.fromJson(reader);
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
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 11:
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
    public void toJson(JsonWriter writer, @Nullable WorkersCumulativeStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.startTime != null) {
        writer.name("start_time");
        startTimeAdapter.toJson(writer, model.startTime);
      }
      if (model.endTime != null) {
        writer.name("end_time");
        endTimeAdapter.toJson(writer, model.endTime);
      }
      if (model.activityDurations != null) {
        writer.name("activity_durations");
        activityDurationsAdapter.toJson(writer, model.activityDurations);
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
      return "JsonAdapter(WorkersCumulativeStatistics)";
    }
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

