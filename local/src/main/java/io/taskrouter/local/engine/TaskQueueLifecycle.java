package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import java.util.Optional;

/** Task queues: created, edited (a changed target expression is an event), deleted when unused. */
public final class TaskQueueLifecycle {
  public static final int MAX_QUEUES = 5000;

  private TaskQueueLifecycle() {}

  /** The settings create and update share; each applies only when present. */
  public record QueueSettings(Optional<String> targetWorkers, Optional<Integer> maxReservedWorkers,
      Optional<String> taskOrder, Optional<Activity> reservationActivity, Optional<Activity> assignmentActivity) {

    public static QueueSettings none() {
      return new QueueSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }

    void applyTo(TaskQueue queue) {
      targetWorkers.ifPresent(expression -> queue.targetWorkers = expression);
      maxReservedWorkers.ifPresent(max -> queue.maxReservedWorkers = max);
      taskOrder.ifPresent(order -> queue.taskOrder = order);
      reservationActivity.ifPresent(a -> queue.reservationActivitySid = a.sid);
      assignmentActivity.ifPresent(a -> queue.assignmentActivitySid = a.sid);
    }
  }

  public static TaskQueue create(WorkspaceState ws, String friendlyName, QueueSettings settings) {
    if (ws.taskQueues.size() >= MAX_QUEUES) {
      throw ApiException.badRequest("A workspace can have at most " + MAX_QUEUES + " task queues");
    }
    TaskQueue queue = new TaskQueue(ws.store().newSid(Sids.TASK_QUEUE), ws.store().nextSequence(), ws.now(),
        ws.sid(), friendlyName);
    settings.applyTo(queue);
    ws.taskQueues.add(queue);
    ws.routing().queue(queue);
    ws.record().queue("task-queue.created", queue, "TaskQueue " + queue.friendlyName + " created");
    return queue;
  }

  public static void update(WorkspaceState ws, TaskQueue queue, Optional<String> friendlyName, QueueSettings settings) {
    String previousExpression = queue.targetWorkers;
    friendlyName.ifPresent(n -> queue.friendlyName = n);
    settings.applyTo(queue);
    ws.taskQueues.touch(queue, ws.now());
    ws.routing().queue(queue);
    if (!previousExpression.equals(queue.targetWorkers)) {
      ws.record().queue("task-queue.expression.updated", queue, "TaskQueue " + queue.friendlyName
          + " target workers changed");
    }
  }

  public static void delete(WorkspaceState ws, TaskQueue queue) {
    ReferenceGuard.checkTaskQueueDeletable(ws, queue);
    ws.taskQueues.remove(queue.sid);
    ws.routing().queueRemoved(queue.sid);
    ws.record().queue("task-queue.deleted", queue, "TaskQueue " + queue.friendlyName + " deleted");
  }
}
