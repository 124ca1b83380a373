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
 * A queue in which Tasks wait for an eligible Worker.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueue {

  private @Nullable String accountSid;

  private @Nullable String assignmentActivitySid;

  private @Nullable String assignmentActivityName;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable String friendlyName;

  private @Nullable Integer maxReservedWorkers;

  private @Nullable String reservationActivitySid;

  private @Nullable String reservationActivityName;

  private @Nullable String sid;

  private @Nullable String targetWorkers;

  private @Nullable String taskOrder;

  private @Nullable String url;

  private @Nullable String workspaceSid;

  private @Nullable Map<String, String> links;


  /** Models are read from JSON (by {@link Adapter}). */
  TaskQueue() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
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
   * @return the value (always sent)
   */
  public String getSid() {
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
   * @return the value (always sent)
   */
  public String getUrl() {
    return url;
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
   * URLs of related resources, keyed by relation name.
   *
   * @return the value, or null
   */
  public @Nullable Map<String, String> getLinks() {
    return links;
  }


  /**
   * Reads and writes {@link TaskQueue} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TaskQueue> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "assignment_activity_sid",
        "assignment_activity_name",
        "date_created",
        "date_updated",
        "friendly_name",
        "max_reserved_workers",
        "reservation_activity_sid",
        "reservation_activity_name",
        "sid",
        "target_workers",
        "task_order",
        "url",
        "workspace_sid",
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
    public TaskQueue fromJson(JsonReader reader) throws IOException {
      TaskQueue model = new TaskQueue();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.assignmentActivitySid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 2:
            model.assignmentActivityName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.dateCreated = dateCreatedAdapter.fromJson(reader);
            break;
          case 4:
            model.dateUpdated = dateUpdatedAdapter.fromJson(reader);
            break;
          case 5:
            model.friendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 6:
            model.maxReservedWorkers = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 7:
            model.reservationActivitySid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 8:
            model.reservationActivityName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 9:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 10:
            model.targetWorkers = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 11:
            model.taskOrder = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 12:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 13:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 14:
            model.links = linksAdapter.fromJson(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "TaskQueue", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "TaskQueue", "date_created");
      RequiredFields.check(reader, model.sid, "TaskQueue", "sid");
      RequiredFields.check(reader, model.url, "TaskQueue", "url");
      RequiredFields.check(reader, model.workspaceSid, "TaskQueue", "workspace_sid");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable TaskQueue model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.assignmentActivitySid != null) {
        writer.name("assignment_activity_sid").value(model.assignmentActivitySid);
      }
      if (model.assignmentActivityName != null) {
        writer.name("assignment_activity_name").value(model.assignmentActivityName);
      }
      if (model.dateCreated != null) {
        writer.name("date_created");
        dateCreatedAdapter.toJson(writer, model.dateCreated);
      }
      if (model.dateUpdated != null) {
        writer.name("date_updated");
        dateUpdatedAdapter.toJson(writer, model.dateUpdated);
      }
      if (model.friendlyName != null) {
        writer.name("friendly_name").value(model.friendlyName);
      }
      if (model.maxReservedWorkers != null) {
        writer.name("max_reserved_workers").value(model.maxReservedWorkers);
      }
      if (model.reservationActivitySid != null) {
        writer.name("reservation_activity_sid").value(model.reservationActivitySid);
      }
      if (model.reservationActivityName != null) {
        writer.name("reservation_activity_name").value(model.reservationActivityName);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.targetWorkers != null) {
        writer.name("target_workers").value(model.targetWorkers);
      }
      if (model.taskOrder != null) {
        writer.name("task_order").value(model.taskOrder);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      if (model.links != null) {
        writer.name("links");
        linksAdapter.toJson(writer, model.links);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(TaskQueue)";
    }
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

