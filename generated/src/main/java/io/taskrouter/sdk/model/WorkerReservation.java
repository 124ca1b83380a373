// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.RequiredFields;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An offer of a Task to one Worker, seen from the Worker.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkerReservation {

  private @Nullable String accountSid;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable String reservationStatus;

  private @Nullable String sid;

  private @Nullable String taskSid;

  private @Nullable String workerName;

  private @Nullable String workerSid;

  private @Nullable String workspaceSid;

  private @Nullable String url;

  private @Nullable Map<String, String> links;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkerReservation() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
    return accountSid;
  }


  /**
   * When the resource was created (ISO 8601).
   *
   * @return the value (always sent)
   */
  public OffsetDateTime getDateCreated() {
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
   * @return the value (always sent)
   */
  public String getSid() {
    return sid;
  }


  /**
   * SID of the reserved Task.
   *
   * @return the value (always sent)
   */
  public String getTaskSid() {
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
   * @return the value (always sent)
   */
  public String getWorkerSid() {
    return workerSid;
  }


  /**
   * SID of the Workspace that contains the resource.
   *
   * @return the value (always sent)
   */
  public String getWorkspaceSid() {
    return workspaceSid;
  }


  /**
   * Absolute URL of this resource.
   *
   * @return the value (always sent)
   */
  public String getUrl() {
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


  /**
   * Reads and writes {@link WorkerReservation} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkerReservation> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "date_created",
        "date_updated",
        "reservation_status",
        "sid",
        "task_sid",
        "worker_name",
        "worker_sid",
        "workspace_sid",
        "url",
        "links");
    private final JsonAdapter<OffsetDateTime> dateCreatedAdapter;
    private final JsonAdapter<OffsetDateTime> dateUpdatedAdapter;
    private final JsonAdapter<Map<String, String>> linksAdapter;

    Adapter(Moshi moshi) {
      this.dateCreatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.dateUpdatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.linksAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, String.class));
    }

    @Override
    public WorkerReservation fromJson(JsonReader reader) throws IOException {
      WorkerReservation model = new WorkerReservation();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.dateCreated = dateCreatedAdapter.fromJson(reader);
            break;
          case 2:
            model.dateUpdated = dateUpdatedAdapter.fromJson(reader);
            break;
          case 3:
            model.reservationStatus = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 5:
            model.taskSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 6:
            model.workerName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 7:
            model.workerSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 8:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 9:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 10:
            model.links = linksAdapter.fromJson(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "WorkerReservation", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "WorkerReservation", "date_created");
      RequiredFields.check(reader, model.sid, "WorkerReservation", "sid");
      RequiredFields.check(reader, model.taskSid, "WorkerReservation", "task_sid");
      RequiredFields.check(reader, model.workerSid, "WorkerReservation", "worker_sid");
      RequiredFields.check(reader, model.workspaceSid, "WorkerReservation", "workspace_sid");
      RequiredFields.check(reader, model.url, "WorkerReservation", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable WorkerReservation model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.dateCreated != null) {
        writer.name("date_created");
        dateCreatedAdapter.toJson(writer, model.dateCreated);
      }
      if (model.dateUpdated != null) {
        writer.name("date_updated");
        dateUpdatedAdapter.toJson(writer, model.dateUpdated);
      }
      if (model.reservationStatus != null) {
        writer.name("reservation_status").value(model.reservationStatus);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.taskSid != null) {
        writer.name("task_sid").value(model.taskSid);
      }
      if (model.workerName != null) {
        writer.name("worker_name").value(model.workerName);
      }
      if (model.workerSid != null) {
        writer.name("worker_sid").value(model.workerSid);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      if (model.links != null) {
        writer.name("links");
        linksAdapter.toJson(writer, model.links);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkerReservation)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkerReservation)) {
      return false;
    }
    WorkerReservation that = (WorkerReservation) other;
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
    return "WorkerReservation{"
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

