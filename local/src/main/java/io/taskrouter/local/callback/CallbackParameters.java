package io.taskrouter.local.callback;

import java.util.List;

/**
 * The form parameter names TaskRouter documents for its callbacks, in one place: the assignment
 * callback (behaviour reference §6) and event callbacks (§7). Each name is declared once; the
 * lists say which ones a callback kind carries.
 */
public final class CallbackParameters {
  // Shared by both kinds.
  public static final String TIMESTAMP = "Timestamp";
  /** Event callbacks: the same instant in Unix milliseconds. */
  public static final String TIMESTAMP_MS = "TimestampMs";
  public static final String ACCOUNT_SID = "AccountSid";
  public static final String WORKSPACE_SID = "WorkspaceSid";

  // Tasks, reservations and their routing.
  public static final String WORKFLOW_SID = "WorkflowSid";
  public static final String TASK_QUEUE_SID = "TaskQueueSid";
  public static final String RESERVATION_SID = "ReservationSid";
  public static final String TASK_SID = "TaskSid";
  public static final String TASK_ATTRIBUTES = "TaskAttributes";
  public static final String TASK_AGE = "TaskAge";
  public static final String TASK_PRIORITY = "TaskPriority";
  public static final String TASK_ASSIGNMENT_STATUS = "TaskAssignmentStatus";
  public static final String TASK_CANCELED_REASON = "TaskCanceledReason";
  public static final String TASK_COMPLETED_REASON = "TaskCompletedReason";

  // Workers.
  public static final String WORKER_SID = "WorkerSid";
  public static final String WORKER_NAME = "WorkerName";
  public static final String WORKER_ATTRIBUTES = "WorkerAttributes";
  public static final String WORKER_ACTIVITY_SID = "WorkerActivitySid";
  public static final String WORKER_ACTIVITY_NAME = "WorkerActivityName";
  public static final String WORKER_VERSION = "WorkerVersion";
  public static final String OPERATING_UNIT_SID = "OperatingUnitSid";
  public static final String WORKER_TIME_IN_PREVIOUS_ACTIVITY = "WorkerTimeInPreviousActivity";
  public static final String WORKER_TIME_IN_PREVIOUS_ACTIVITY_MS = "WorkerTimeInPreviousActivityMs";
  public static final String WORKER_PREVIOUS_ACTIVITY_SID = "WorkerPreviousActivitySid";
  public static final String WORKER_CHANNEL_AVAILABLE = "WorkerChannelAvailable";
  public static final String WORKER_CHANNEL_AVAILABLE_CAPACITY = "WorkerChannelAvailableCapacity";
  public static final String WORKER_CHANNEL_PREVIOUS_CAPACITY = "WorkerChannelPreviousCapacity";
  public static final String WORKER_CHANNEL_TASK_COUNT = "WorkerChannelTaskCount";

  // Task channels.
  public static final String TASK_CHANNEL_SID = "TaskChannelSid";
  public static final String TASK_CHANNEL_NAME = "TaskChannelName";
  public static final String TASK_CHANNEL_UNIQUE_NAME = "TaskChannelUniqueName";
  public static final String TASK_CHANNEL_OPTIMIZED_ROUTING = "TaskChannelOptimizedRouting";

  // Task queues.
  public static final String TASK_QUEUE_NAME = "TaskQueueName";
  public static final String TASK_QUEUE_TARGET_EXPRESSION = "TaskQueueTargetExpression";

  // Activities.
  public static final String ACTIVITY_SID = "ActivitySid";
  public static final String ACTIVITY_NAME = "ActivityName";
  public static final String ACTIVITY_AVAILABLE = "ActivityAvailable";

  // Every event callback.
  public static final String EVENT_TYPE = "EventType";
  public static final String WORKSPACE_NAME = "WorkspaceName";
  public static final String EVENT_DESCRIPTION = "EventDescription";
  public static final String RESOURCE_TYPE = "ResourceType";
  public static final String RESOURCE_SID = "ResourceSid";

  /** What every assignment callback carries (§6), in the documented order. */
  public static final List<String> ASSIGNMENT =
      List.of(
          TIMESTAMP,
          ACCOUNT_SID,
          WORKSPACE_SID,
          WORKFLOW_SID,
          TASK_QUEUE_SID,
          WORKER_SID,
          WORKER_ATTRIBUTES,
          TASK_SID,
          TASK_ATTRIBUTES,
          TASK_AGE,
          TASK_PRIORITY,
          RESERVATION_SID);

  /** What every event callback carries (§7); the resource's own fields come on top. */
  public static final List<String> EVENT_COMMON =
      List.of(
          EVENT_TYPE,
          ACCOUNT_SID,
          WORKSPACE_SID,
          WORKSPACE_NAME,
          EVENT_DESCRIPTION,
          RESOURCE_TYPE,
          RESOURCE_SID,
          TIMESTAMP);

  private CallbackParameters() {}

  /**
   * The callback parameter for a key of an event's REST {@code event_data}: the same field,
   * snake_case there and PascalCase here ({@code worker_time_in_previous_activity_ms} is {@code
   * WorkerTimeInPreviousActivityMs}), so the engine can build an event callback from the event it
   * recorded.
   */
  public static String forEventDataKey(String snakeCase) {
    StringBuilder name = new StringBuilder(snakeCase.length());
    boolean upper = true;
    for (char c : snakeCase.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
