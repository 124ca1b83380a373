// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.internal.ETagCarrier;
import io.taskrouter.sdk.internal.Checks;
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

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "age")
  private @Nullable Integer age;

  @Json(name = "assignment_status")
  private @Nullable String assignmentStatus;

  @Json(name = "attributes")
  private @Nullable String attributes;

  @Json(name = "addons")
  private @Nullable String addons;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_updated")
  private @Nullable OffsetDateTime dateUpdated;

  @Json(name = "task_queue_entered_date")
  private @Nullable OffsetDateTime taskQueueEnteredDate;

  @Json(name = "priority")
  private @Nullable Integer priority;

  @Json(name = "reason")
  private @Nullable String reason;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "task_queue_sid")
  private @Nullable String taskQueueSid;

  @Json(name = "task_queue_friendly_name")
  private @Nullable String taskQueueFriendlyName;

  @Json(name = "task_channel_sid")
  private @Nullable String taskChannelSid;

  @Json(name = "task_channel_unique_name")
  private @Nullable String taskChannelUniqueName;

  @Json(name = "timeout")
  private @Nullable Integer timeout;

  @Json(name = "workflow_sid")
  private @Nullable String workflowSid;

  @Json(name = "workflow_friendly_name")
  private @Nullable String workflowFriendlyName;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "links")
  private @Nullable Map<String, String> links;

  @Json(name = "virtual_start_time")
  private @Nullable OffsetDateTime virtualStartTime;

  @Json(name = "ignore_capacity")
  private @Nullable Boolean ignoreCapacity;

  @Json(name = "routing_target")
  private @Nullable String routingTarget;

  private transient @Nullable String etag;

  /** Models are read from JSON (Moshi uses this constructor). */
  Task() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
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
   * @return the value, or null
   */
  public @Nullable String getSid() {
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

