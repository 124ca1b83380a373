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
 * Capacity and availability of one Worker on one TaskChannel.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkerChannel {

  private @Nullable String accountSid;

  private @Nullable Integer assignedTasks;

  private @Nullable Boolean available;

  private @Nullable Integer availableCapacityPercentage;

  private @Nullable Integer configuredCapacity;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable String sid;

  private @Nullable String taskChannelSid;

  private @Nullable String taskChannelUniqueName;

  private @Nullable String workerSid;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkerChannel() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
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
   * Unique SID of the Worker Channel.
   *
   * @return the value (always sent)
   */
  public String getSid() {
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
   * Reads and writes {@link WorkerChannel} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkerChannel> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "assigned_tasks",
        "available",
        "available_capacity_percentage",
        "configured_capacity",
        "date_created",
        "date_updated",
        "sid",
        "task_channel_sid",
        "task_channel_unique_name",
        "worker_sid",
        "workspace_sid",
        "url");
    private final JsonAdapter<OffsetDateTime> dateCreatedAdapter;
    private final JsonAdapter<OffsetDateTime> dateUpdatedAdapter;

    Adapter(Moshi moshi) {
      this.dateCreatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.dateUpdatedAdapter = moshi.adapter(OffsetDateTime.class);
    }

    @Override
    public WorkerChannel fromJson(JsonReader reader) throws IOException {
      WorkerChannel model = new WorkerChannel();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.assignedTasks = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 2:
            model.available = reader.peek() == JsonReader.Token.NULL ? reader.<Boolean>nextNull() : reader.nextBoolean();
            break;
          case 3:
            model.availableCapacityPercentage = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 4:
            model.configuredCapacity = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 5:
            model.dateCreated = dateCreatedAdapter.fromJson(reader);
            break;
          case 6:
            model.dateUpdated = dateUpdatedAdapter.fromJson(reader);
            break;
          case 7:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 8:
            model.taskChannelSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 9:
            model.taskChannelUniqueName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 10:
            model.workerSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 11:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 12:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "WorkerChannel", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "WorkerChannel", "date_created");
      RequiredFields.check(reader, model.sid, "WorkerChannel", "sid");
      RequiredFields.check(reader, model.workerSid, "WorkerChannel", "worker_sid");
      RequiredFields.check(reader, model.workspaceSid, "WorkerChannel", "workspace_sid");
      RequiredFields.check(reader, model.url, "WorkerChannel", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable WorkerChannel model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.assignedTasks != null) {
        writer.name("assigned_tasks").value(model.assignedTasks);
      }
      if (model.available != null) {
        writer.name("available").value(model.available);
      }
      if (model.availableCapacityPercentage != null) {
        writer.name("available_capacity_percentage").value(model.availableCapacityPercentage);
      }
      if (model.configuredCapacity != null) {
        writer.name("configured_capacity").value(model.configuredCapacity);
      }
      if (model.dateCreated != null) {
        writer.name("date_created");
        dateCreatedAdapter.toJson(writer, model.dateCreated);
      }
      if (model.dateUpdated != null) {
        writer.name("date_updated");
        dateUpdatedAdapter.toJson(writer, model.dateUpdated);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.taskChannelSid != null) {
        writer.name("task_channel_sid").value(model.taskChannelSid);
      }
      if (model.taskChannelUniqueName != null) {
        writer.name("task_channel_unique_name").value(model.taskChannelUniqueName);
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
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkerChannel)";
    }
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

