package io.taskrouter.local.engine;

import io.taskrouter.local.json.Json;
import io.taskrouter.local.match.AttributeMatcher;
import io.taskrouter.local.match.InvalidExpressionException;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.model.WorkflowConfiguration;
import io.taskrouter.local.model.WorkflowConfiguration.Target;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where routing decisions are made. Today it does the part that needs no worker: a task entering
 * its workflow is matched against the filters (first match wins, else the default filter) and
 * waits in the first target's queue, taking the target's priority if it sets one. Reservations,
 * step timeouts, skip_if and worker selection belong to the routing issue and hook in at
 * {@link #settle}, which the engine runs after every command and every timer, on the engine thread.
 */
public final class Routing {
  private Routing() {}

  /**
   * The state after a change, brought to what follows from it. Nothing follows yet: without
   * reservations no task is offered to a worker. The routing issue matches waiting tasks against
   * available workers here.
   */
  static void settle(Store store) {
    // No step of routing needs a worker yet; see the class comment.
  }

  /** A new task: into {@code directQueue} if given, else through its workflow. */
  static void enter(WorkspaceState ws, Task task, @Nullable TaskQueue directQueue) {
    if (directQueue != null) {
      place(ws, task, directQueue.sid, null);
      return;
    }
    Workflow workflow = task.workflowSid == null ? null : ws.workflows.find(task.workflowSid).orElse(null);
    if (workflow == null) {
      return; // routed to a worker directly: waits for the router
    }
    ws.record().task("workflow.entered", task, "Task " + task.sid + " entered Workflow " + workflow.friendlyName,
        Map.of());
    select(ws, workflow.parsed, task).ifPresent(target -> place(ws, task, target.queueSid(), target));
  }

  /**
   * The task's attributes or its workflow changed while it waits: route it again. It keeps its age;
   * if the workflow now sends it to another queue it moves there.
   */
  static void reevaluate(WorkspaceState ws, Task task) {
    if (task.status != TaskStatus.PENDING || task.workflowSid == null) {
      return;
    }
    Optional<Workflow> workflow = ws.workflows.find(task.workflowSid);
    if (workflow.isEmpty()) {
      return;
    }
    Optional<Target> target = select(ws, workflow.get().parsed, task);
    if (target.isEmpty()) {
      return;
    }
    String previous = task.taskQueueSid;
    if (Objects.equals(previous, target.get().queueSid())) {
      if (target.get().priority() != null) {
        task.priority = target.get().priority();
        ws.tasks.changed();
      }
      return;
    }
    place(ws, task, target.get().queueSid(), target.get());
    if (previous != null) {
      ws.record().task("task-queue.moved", task, "Task " + task.sid + " moved to TaskQueue " + task.taskQueueSid,
          Map.of("previous_task_queue_sid", previous));
    }
  }

  /** Whether the queue's target_workers expression holds for the worker. */
  public static boolean isMember(AttributeMatcher matcher, TaskQueue queue, Map<String, ?> workerAttributes) {
    if (queue.targetWorkers.isBlank()) {
      return false; // an empty expression makes nobody eligible
    }
    try {
      return matcher.matches(queue.targetWorkers, workerAttributes);
    } catch (InvalidExpressionException e) {
      return false;
    }
  }

  public static boolean isMember(WorkspaceState ws, TaskQueue queue, Worker worker) {
    return isMember(ws.store().matcher(), queue, Json.parseObject(worker.attributes));
  }

  private static Optional<Target> select(WorkspaceState ws, WorkflowConfiguration configuration, Task task) {
    Map<String, Object> attributes = Json.parseObject(task.attributes);
    for (WorkflowConfiguration.Filter filter : configuration.filters()) {
      if (holds(ws.store().matcher(), filter.expression(), attributes)) {
        return Optional.of(filter.targets().get(0));
      }
    }
    return configuration.defaultFilter();
  }

  private static boolean holds(AttributeMatcher matcher, String expression, Map<String, ?> attributes) {
    try {
      return matcher.matches(expression, attributes);
    } catch (InvalidExpressionException e) {
      return false; // an expression the matcher cannot read matches nothing
    }
  }

  private static void place(WorkspaceState ws, Task task, String queueSid, @Nullable Target target) {
    if (target != null && target.priority() != null) {
      task.priority = target.priority();
    }
    task.taskQueueSid = queueSid;
    task.taskQueueEnteredDate = ws.now();
    ws.tasks.changed();
    if (target != null) {
      ws.record().task("workflow.target-matched", task, "Task " + task.sid + " matched a workflow target",
          Map.of());
    }
    ws.record().task("task-queue.entered", task, "Task " + task.sid + " entered TaskQueue "
        + ws.queueName(queueSid), Map.of());
  }
}
