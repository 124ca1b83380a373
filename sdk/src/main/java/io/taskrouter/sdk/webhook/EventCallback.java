package io.taskrouter.sdk.webhook;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.model.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * The POST TaskRouter sends to a workspace's {@code event_callback_url} for each event: the common
 * {@code EventType}, {@code EventDescription}, {@code ResourceType}, {@code ResourceSid},
 * {@code WorkspaceName}, {@code Timestamp}, and the task, worker, queue or channel fields of that
 * kind of event. Answer it with 204 within 15 seconds.
 *
 * <p>Event types stay strings ({@code reservation.accepted}, {@code worker.activity.update}, ...):
 * a type the service adds later parses like any other. Fields of an event that have no getter
 * here are read with {@link #getParameter(String)}.
 *
 * <p>{@code AccountSid} and {@code WorkspaceSid}, which every event carries, have non-null getters
 * (from Kotlin: {@code client.workspace(event.workspaceSid)} without {@code !!}); one that is absent
 * throws an {@link IllegalStateException} naming it. The other getters return null when absent.
 */
public final class EventCallback extends TaskRouterCallback {
  private EventCallback(FormParameters params) {
    super(params, "event");
  }

  /**
   * @param params the POST parameters: {@link FormParameters#parse(String)} of the body, or
   *     {@link FormParameters#of(java.util.Map)} of what a framework decoded
   * @return the event
   */
  public static EventCallback from(FormParameters params) {
    return new EventCallback(Checks.required("params", params));
  }

  /**
   * @param body the raw form-encoded body
   * @return the event
   */
  public static EventCallback fromBody(String body) {
    return from(FormParameters.parse(body));
  }

  /** @return {@code EventType}, e.g. {@code reservation.created} */
  public @Nullable String getEventType() {
    return getParameter("EventType");
  }

  /** @return {@code EventDescription} */
  public @Nullable String getEventDescription() {
    return getParameter("EventDescription");
  }

  /**
   * @return {@code ResourceType}: the kind of resource the event is about, as sent (public
   *     examples show both {@code Task} and {@code task}: compare ignoring case)
   */
  public @Nullable String getResourceType() {
    return getParameter("ResourceType");
  }

  /** @return {@code ResourceSid}: the SID of that resource */
  public @Nullable String getResourceSid() {
    return getParameter("ResourceSid");
  }

  /** @return {@code TimestampMs}: when the event was sent, in Unix milliseconds, or null */
  public @Nullable Long getTimestampMs() {
    return longInteger("TimestampMs");
  }

  /** @return {@code WorkspaceName} */
  public @Nullable String getWorkspaceName() {
    return getParameter("WorkspaceName");
  }

  /** @return {@code TaskAssignmentStatus}, {@link TaskStatus#UNKNOWN} when absent or not known to this SDK */
  public TaskStatus getTaskAssignmentStatus() {
    return TaskStatus.fromValue(getParameter("TaskAssignmentStatus"));
  }

  /** @return {@code TaskCanceledReason} */
  public @Nullable String getTaskCanceledReason() {
    return getParameter("TaskCanceledReason");
  }

  /** @return {@code TaskCompletedReason} */
  public @Nullable String getTaskCompletedReason() {
    return getParameter("TaskCompletedReason");
  }

  /** @return {@code TaskQueueName} */
  public @Nullable String getTaskQueueName() {
    return getParameter("TaskQueueName");
  }

  /** @return {@code TaskQueueTargetExpression} */
  public @Nullable String getTaskQueueTargetExpression() {
    return getParameter("TaskQueueTargetExpression");
  }

  /** @return {@code TaskChannelSid} */
  public @Nullable String getTaskChannelSid() {
    return getParameter("TaskChannelSid");
  }

  /** @return {@code TaskChannelUniqueName}, e.g. {@code voice} */
  public @Nullable String getTaskChannelUniqueName() {
    return getParameter("TaskChannelUniqueName");
  }

  /** @return {@code WorkerName} */
  public @Nullable String getWorkerName() {
    return getParameter("WorkerName");
  }

  /** @return {@code WorkerActivitySid} */
  public @Nullable String getWorkerActivitySid() {
    return getParameter("WorkerActivitySid");
  }

  /** @return {@code WorkerActivityName} */
  public @Nullable String getWorkerActivityName() {
    return getParameter("WorkerActivityName");
  }

  /** @return {@code WorkerPreviousActivitySid} (activity changes) */
  public @Nullable String getWorkerPreviousActivitySid() {
    return getParameter("WorkerPreviousActivitySid");
  }

  /** @return {@code WorkerTimeInPreviousActivity} in seconds (activity changes), or null */
  public @Nullable Integer getWorkerTimeInPreviousActivity() {
    return integer("WorkerTimeInPreviousActivity");
  }

  /** @return {@code WorkerTimeInPreviousActivityMs} in milliseconds (activity changes), or null */
  public @Nullable Long getWorkerTimeInPreviousActivityMs() {
    return longInteger("WorkerTimeInPreviousActivityMs");
  }

  /** @return {@code WorkerChannelAvailable} (channel changes), or null */
  public @Nullable Boolean getWorkerChannelAvailable() {
    return bool("WorkerChannelAvailable");
  }

  /** @return {@code WorkerChannelAvailableCapacity} (channel changes), or null */
  public @Nullable Integer getWorkerChannelAvailableCapacity() {
    return integer("WorkerChannelAvailableCapacity");
  }

  /** @return {@code WorkerChannelTaskCount} (channel changes), or null */
  public @Nullable Integer getWorkerChannelTaskCount() {
    return integer("WorkerChannelTaskCount");
  }

  /** SIDs and type only: descriptions and attributes may be personal data. */
  @Override
  public String toString() {
    return "EventCallback{eventType=" + getEventType() + ", resourceSid=" + getResourceSid() + "}";
  }
}
