// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.internal.ETagCarrier;
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
 * A unit of work routed to Workers.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Task implements ETagCarrier {

  private @Nullable String accountSid;

  private @Nullable Integer age;

  private @Nullable String assignmentStatus;

  private @Nullable String attributes;

  private @Nullable String addons;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable OffsetDateTime taskQueueEnteredDate;

  private @Nullable Integer priority;

  private @Nullable String reason;

  private @Nullable String sid;

  private @Nullable String taskQueueSid;

  private @Nullable String taskQueueFriendlyName;

  private @Nullable String taskChannelSid;

  private @Nullable String taskChannelUniqueName;

  private @Nullable Integer timeout;

  private @Nullable String workflowSid;

  private @Nullable String workflowFriendlyName;

  private @Nullable String workspaceSid;

  private @Nullable String url;

  private @Nullable Map<String, String> links;

  private @Nullable OffsetDateTime virtualStartTime;

  private @Nullable Boolean ignoreCapacity;

  private @Nullable String routingTarget;

  private transient @Nullable String etag;

  /** Models are read from JSON (by {@link Adapter}). */
  Task() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
    return accountSid;
  }


  /**
   * Seconds since the Task was created; unchanged when the Task is rerouted.
   *
   * @return the value, {@code 0} when absent
   */
  public int getAge() {
    return age == null ? 0 : age;
  }


  /**
   * {@code assignment_status}.
   *
   * @return the value, {@link TaskStatus#UNKNOWN} when it is absent or not known to this SDK
   */
  public TaskStatus getAssignmentStatus() {
    return TaskStatus.fromValue(assignmentStatus);
  }

  /** @return {@code assignment_status} exactly as the API sent it, or null */
  public @Nullable String getAssignmentStatusValue() {
    return assignmentStatus;
  }


  /**
   * JSON document (as a string) describing the Task. May be null in list results.
   *
   * @return the value, or null
   */
  public @Nullable String getAttributes() {
    return attributes;
  }

  /**
   * {@code attributes} read as a JSON object.
   *
   * @return the object as a Map (numbers as Double), empty when absent
   */
  public Map<String, Object> getAttributesAsMap() {
    return attributes == null ? Collections.emptyMap() : JsonText.readMap("attributes", attributes);
  }

  /**
   * {@code attributes} read as a type of yours, with Moshi.
   *
   * @param type the class to read into
   * @param <T> the type
   * @return the value, or null when absent
   */
  public <T> @Nullable T getAttributesAs(Class<T> type) {
    return attributes == null ? null : JsonText.read("attributes", attributes, type);
  }


  /**
   * JSON document (as a string) with data added by Marketplace add-ons.
   *
   * @return the value, or null
   */
  public @Nullable String getAddons() {
    return addons;
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
   * When the Task entered its current TaskQueue.
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getTaskQueueEnteredDate() {
    return taskQueueEnteredDate;
  }


  /**
   * Routing priority; higher values are served first.
   *
   * @return the value, {@code 0} when absent
   */
  public int getPriority() {
    return priority == null ? 0 : priority;
  }


  /**
   * Reason given when the Task was canceled or completed.
   *
   * @return the value, or null
   */
  public @Nullable String getReason() {
    return reason;
  }


  /**
   * Unique SID of the Task.
   *
   * @return the value (always sent)
   */
  public String getSid() {
    return sid;
  }


  /**
   * SID of the TaskQueue the Task is in.
   *
   * @return the value, or null
   */
  public @Nullable String getTaskQueueSid() {
    return taskQueueSid;
  }


  /**
   * Name of the TaskQueue the Task is in.
   *
   * @return the value, or null
   */
  public @Nullable String getTaskQueueFriendlyName() {
    return taskQueueFriendlyName;
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
   * Time to live of the Task in seconds.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTimeout() {
    return timeout == null ? 0 : timeout;
  }


  /**
   * SID of the Workflow routing the Task.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkflowSid() {
    return workflowSid;
  }


  /**
   * Name of the Workflow routing the Task.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkflowFriendlyName() {
    return workflowFriendlyName;
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
   * Time used to order the Task in its queue; equals {@code date_created} unless set explicitly.
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getVirtualStartTime() {
    return virtualStartTime;
  }


  /**
   * Whether a Task routed to a specific Worker ignores that Worker's channel capacity.
   *
   * @return the value, or null
   */
  public @Nullable Boolean getIgnoreCapacity() {
    return ignoreCapacity;
  }


  /**
   * Worker, TaskQueue or Workflow SID the Task was routed to directly, if any.
   *
   * @return the value, or null
   */
  public @Nullable String getRoutingTarget() {
    return routingTarget;
  }


  /**
   * The revision of this Task, for {@code If-Match}: the {@code ETag} header of the answer it
   * was read from. The answer of an operation on this one object (fetch, update...) carries one; a
   * list's answer has no revision per item, so for an item read from a list this is null: fetch the
   * Task by its SID to get its revision.
   *
   * @return the {@code ETag} header that came with this object's answer, or null
   */
  public @Nullable String getETag() {
    return etag;
  }

  /** Internal: the SDK records the response's {@code ETag} header here. */
  @Override
  public void receiveETag(@Nullable String etag) {
    this.etag = etag;
  }

  /**
   * Reads and writes {@link Task} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<Task> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "age",
        "assignment_status",
        "attributes",
        "addons",
        "date_created",
        "date_updated",
        "task_queue_entered_date",
        "priority",
        "reason",
        "sid",
        "task_queue_sid",
        "task_queue_friendly_name",
        "task_channel_sid",
        "task_channel_unique_name",
        "timeout",
        "workflow_sid",
        "workflow_friendly_name",
        "workspace_sid",
        "url",
        "links",
        "virtual_start_time",
        "ignore_capacity",
        "routing_target");
    private final JsonAdapter<OffsetDateTime> dateCreatedAdapter;
    private final JsonAdapter<OffsetDateTime> dateUpdatedAdapter;
    private final JsonAdapter<OffsetDateTime> taskQueueEnteredDateAdapter;
    private final JsonAdapter<Map<String, String>> linksAdapter;
    private final JsonAdapter<OffsetDateTime> virtualStartTimeAdapter;

    Adapter(Moshi moshi) {
      this.dateCreatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.dateUpdatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.taskQueueEnteredDateAdapter = moshi.adapter(OffsetDateTime.class);
      this.linksAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, String.class));
      this.virtualStartTimeAdapter = moshi.adapter(OffsetDateTime.class);
    }

    @Override
    public Task fromJson(JsonReader reader) throws IOException {
      Task model = new Task();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.age = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 2:
            model.assignmentStatus = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.attributes = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.addons = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 5:
            model.dateCreated = dateCreatedAdapter.fromJson(reader);
            break;
          case 6:
            model.dateUpdated = dateUpdatedAdapter.fromJson(reader);
            break;
          case 7:
            model.taskQueueEnteredDate = taskQueueEnteredDateAdapter.fromJson(reader);
            break;
          case 8:
            model.priority = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 9:
            model.reason = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 10:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 11:
            model.taskQueueSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 12:
            model.taskQueueFriendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 13:
            model.taskChannelSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 14:
            model.taskChannelUniqueName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 15:
            model.timeout = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 16:
            model.workflowSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 17:
            model.workflowFriendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 18:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 19:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 20:
            model.links = linksAdapter.fromJson(reader);
            break;
          case 21:
            model.virtualStartTime = virtualStartTimeAdapter.fromJson(reader);
            break;
          case 22:
            model.ignoreCapacity = reader.peek() == JsonReader.Token.NULL ? reader.<Boolean>nextNull() : reader.nextBoolean();
            break;
          case 23:
            model.routingTarget = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "Task", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "Task", "date_created");
      RequiredFields.check(reader, model.sid, "Task", "sid");
      RequiredFields.check(reader, model.workspaceSid, "Task", "workspace_sid");
      RequiredFields.check(reader, model.url, "Task", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Task model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.age != null) {
        writer.name("age").value(model.age);
      }
      if (model.assignmentStatus != null) {
        writer.name("assignment_status").value(model.assignmentStatus);
      }
      if (model.attributes != null) {
        writer.name("attributes").value(model.attributes);
      }
      if (model.addons != null) {
        writer.name("addons").value(model.addons);
      }
      if (model.dateCreated != null) {
        writer.name("date_created");
        dateCreatedAdapter.toJson(writer, model.dateCreated);
      }
      if (model.dateUpdated != null) {
        writer.name("date_updated");
        dateUpdatedAdapter.toJson(writer, model.dateUpdated);
      }
      if (model.taskQueueEnteredDate != null) {
        writer.name("task_queue_entered_date");
        taskQueueEnteredDateAdapter.toJson(writer, model.taskQueueEnteredDate);
      }
      if (model.priority != null) {
        writer.name("priority").value(model.priority);
      }
      if (model.reason != null) {
        writer.name("reason").value(model.reason);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.taskQueueSid != null) {
        writer.name("task_queue_sid").value(model.taskQueueSid);
      }
      if (model.taskQueueFriendlyName != null) {
        writer.name("task_queue_friendly_name").value(model.taskQueueFriendlyName);
      }
      if (model.taskChannelSid != null) {
        writer.name("task_channel_sid").value(model.taskChannelSid);
      }
      if (model.taskChannelUniqueName != null) {
        writer.name("task_channel_unique_name").value(model.taskChannelUniqueName);
      }
      if (model.timeout != null) {
        writer.name("timeout").value(model.timeout);
      }
      if (model.workflowSid != null) {
        writer.name("workflow_sid").value(model.workflowSid);
      }
      if (model.workflowFriendlyName != null) {
        writer.name("workflow_friendly_name").value(model.workflowFriendlyName);
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
      if (model.virtualStartTime != null) {
        writer.name("virtual_start_time");
        virtualStartTimeAdapter.toJson(writer, model.virtualStartTime);
      }
      if (model.ignoreCapacity != null) {
        writer.name("ignore_capacity").value(model.ignoreCapacity);
      }
      if (model.routingTarget != null) {
        writer.name("routing_target").value(model.routingTarget);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(Task)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Task)) {
      return false;
    }
    Task that = (Task) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(age, that.age)
        && Objects.equals(assignmentStatus, that.assignmentStatus)
        && Objects.equals(attributes, that.attributes)
        && Objects.equals(addons, that.addons)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(taskQueueEnteredDate, that.taskQueueEnteredDate)
        && Objects.equals(priority, that.priority)
        && Objects.equals(reason, that.reason)
        && Objects.equals(sid, that.sid)
        && Objects.equals(taskQueueSid, that.taskQueueSid)
        && Objects.equals(taskQueueFriendlyName, that.taskQueueFriendlyName)
        && Objects.equals(taskChannelSid, that.taskChannelSid)
        && Objects.equals(taskChannelUniqueName, that.taskChannelUniqueName)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(workflowSid, that.workflowSid)
        && Objects.equals(workflowFriendlyName, that.workflowFriendlyName)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url)
        && Objects.equals(links, that.links)
        && Objects.equals(virtualStartTime, that.virtualStartTime)
        && Objects.equals(ignoreCapacity, that.ignoreCapacity)
        && Objects.equals(routingTarget, that.routingTarget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, age, assignmentStatus, attributes, addons, dateCreated, dateUpdated, taskQueueEnteredDate, priority, reason, sid, taskQueueSid, taskQueueFriendlyName, taskChannelSid, taskChannelUniqueName, timeout, workflowSid, workflowFriendlyName, workspaceSid, url, links, virtualStartTime, ignoreCapacity, routingTarget);
  }

  @Override
  public String toString() {
    return "Task{"
        + "accountSid=" + accountSid
        + ", age=" + age
        + ", assignmentStatus=" + assignmentStatus
        + ", attributes=" + attributes
        + ", addons=" + addons
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", taskQueueEnteredDate=" + taskQueueEnteredDate
        + ", priority=" + priority
        + ", reason=" + reason
        + ", sid=" + sid
        + ", taskQueueSid=" + taskQueueSid
        + ", taskQueueFriendlyName=" + taskQueueFriendlyName
        + ", taskChannelSid=" + taskChannelSid
        + ", taskChannelUniqueName=" + taskChannelUniqueName
        + ", timeout=" + timeout
        + ", workflowSid=" + workflowSid
        + ", workflowFriendlyName=" + workflowFriendlyName
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + ", links=" + links
        + ", virtualStartTime=" + virtualStartTime
        + ", ignoreCapacity=" + ignoreCapacity
        + ", routingTarget=" + routingTarget
        + "}";
  }
}

