package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A task's life: creation (with its time to live), edits and the status changes the API allows,
 * deletion, and the two things the clock does on its own: a waiting task whose TTL runs out is
 * canceled ("Task TTL Exceeded"), and a completed or canceled task is removed 5 minutes later
 * (without a task.deleted event, as in the service). Every command checks all its rules before it
 * changes anything, so a refusal leaves the task as it was.
 */
public final class TaskLifecycle {
  public static final String TTL_REASON = "Task TTL Exceeded";
  static final Duration FINISHED_TASK_RETENTION = Duration.ofMinutes(5);

  private TaskLifecycle() {}

  /**
   * A new task and where it goes: {@code workflow}, or {@code queue} directly, or (neither) straight
   * to the worker named by {@code routingTarget}.
   */
  public record NewTask(String attributes, int timeout, int priority, TaskChannel channel,
      Optional<Instant> virtualStartTime, Optional<Boolean> ignoreCapacity, @Nullable Workflow workflow,
      @Nullable TaskQueue queue, @Nullable String routingTarget) {}

  /** Each field changes only when present. */
  public record TaskChanges(Optional<String> attributes, Optional<TaskStatus> status, Optional<String> reason,
      Optional<Integer> priority, Optional<TaskChannel> channel, Optional<Instant> virtualStartTime) {

    public static TaskChanges status(TaskStatus status, @Nullable String reason) {
      return new TaskChanges(Optional.empty(), Optional.of(status), Optional.ofNullable(reason), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
  }

  public static Task create(WorkspaceState ws, NewTask spec) {
    Task task = new Task(ws.store().newSid(Sids.TASK), ws.store().nextSequence(), ws.now(), ws.sid(),
        spec.attributes(), spec.timeout(), spec.channel().sid);
    task.priority = spec.priority();
    spec.virtualStartTime().ifPresent(start -> task.virtualStartTime = start);
    task.workflowSid = spec.workflow() == null ? null : spec.workflow().sid;
    task.routingTarget = spec.routingTarget();
    // Routing straight to a worker ignores its capacity unless told otherwise (documented default).
    task.ignoreCapacity = spec.ignoreCapacity().orElse(spec.routingTarget() != null
        && spec.routingTarget().startsWith(Sids.WORKER));
    ws.tasks.add(task);
    ws.record().task("task.created", task, "Task " + task.sid + " created", Map.of());
    ws.routing().enter(task, spec.queue());
    String workspaceSid = ws.sid();
    String taskSid = task.sid;
    ws.store().schedule(task.expiresAt(), () -> expire(ws.store(), workspaceSid, taskSid));
    return task;
  }

  public static void update(WorkspaceState ws, Task task, TaskChanges changes) {
    Optional<TaskStatus> status = changes.status();
    if (changes.attributes().isPresent()
        && status.filter(s -> s == TaskStatus.WRAPPING || s == TaskStatus.COMPLETED).isPresent()) {
      throw ApiException.badRequest("Invalid parameter Attributes: cannot change in the same request as "
          + "AssignmentStatus " + status.get().wire() + "; send two requests");
    }
    if (changes.reason().isPresent()
        && status.filter(s -> s == TaskStatus.CANCELED || s == TaskStatus.COMPLETED).isEmpty()) {
      throw ApiException.badRequest("Invalid parameter Reason: is only accepted with AssignmentStatus canceled or "
          + "completed");
    }
    status.ifPresent(s -> checkTransition(task, s));

    boolean attributesChanged = changes.attributes().filter(a -> !a.equals(task.attributes)).isPresent();
    changes.attributes().ifPresent(a -> task.attributes = a);
    changes.priority().ifPresent(p -> task.priority = p);
    changes.channel().ifPresent(c -> task.taskChannelSid = c.sid);
    changes.virtualStartTime().ifPresent(start -> task.virtualStartTime = start);
    if (attributesChanged || changes.priority().isPresent() || changes.channel().isPresent()
        || changes.virtualStartTime().isPresent()) {
      ws.record().task("task.updated", task, "Task " + task.sid + " updated", Map.of());
    }
    if (attributesChanged || changes.priority().isPresent()) {
      ws.routing().reroute(task);
    } else if (changes.channel().isPresent() || changes.virtualStartTime().isPresent()) {
      ws.routing().refresh(task);
    }
    if (status.isPresent()) {
      changeStatus(ws, task, status.get(), changes.reason().orElse(null));
    } else {
      ws.tasks.touch(task, ws.now());
    }
  }

  public static void delete(WorkspaceState ws, Task task) {
    ws.routing().taskLeft(task);
    ReservationLifecycle.taskDeleted(ws, task);
    ws.tasks.remove(task.sid);
    ws.record().task("task.deleted", task, "Task " + task.sid + " deleted", Map.of());
  }

  /** Refuses a status the API may not set now, without changing anything. */
  private static void checkTransition(Task task, TaskStatus target) {
    switch (target) {
      case CANCELED -> {
        if (!task.status.waiting()) {
          throw ApiException.badRequest("Cannot cancel task " + task.sid
              + " because it is not pending or reserved. It is " + task.status.wire() + ".");
        }
      }
      case WRAPPING -> {
        if (task.status != TaskStatus.ASSIGNED) {
          throw ApiException.badRequest("Cannot wrap up a task " + task.sid
              + " because it's not currently assigned. It is " + task.status.wire() + ".");
        }
      }
      case COMPLETED -> {
        if (task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.WRAPPING) {
          throw ApiException.badRequest("Cannot complete task " + task.sid
              + " because it is not assigned or wrapping. It is " + task.status.wire() + ".");
        }
      }
      default -> throw ApiException.badRequest("AssignmentStatus " + target.wire()
          + " cannot be set through the API; only canceled, wrapping and completed can");
    }
  }

  /** Applies a transition that {@link #checkTransition} accepted. */
  private static void changeStatus(WorkspaceState ws, Task task, TaskStatus target, @Nullable String reason) {
    task.status = target;
    task.reason = reason;
    ws.tasks.touch(task, ws.now());
    ws.routing().taskLeft(task);
    switch (target) {
      case CANCELED -> {
        finish(ws, task);
        ws.record().task("task.canceled", task, "Task " + task.sid + " canceled",
            reason == null ? Map.of() : Map.of("task_canceled_reason", reason));
        ReservationLifecycle.taskCanceled(ws, task);
      }
      case COMPLETED -> {
        finish(ws, task);
        ws.record().task("task.completed", task, "Task " + task.sid + " completed",
            reason == null ? Map.of() : Map.of("task_completed_reason", reason));
        ReservationLifecycle.taskCompleted(ws, task);
      }
      case WRAPPING -> {
        ws.record().task("task.wrapup", task, "Task " + task.sid + " wrapping up", Map.of());
        ReservationLifecycle.taskWrapping(ws, task);
      }
      default -> throw new IllegalStateException("unchecked transition to " + target);
    }
  }

  private static void finish(WorkspaceState ws, Task task) {
    task.endedAt = ws.now();
    String workspaceSid = ws.sid();
    String taskSid = task.sid;
    ws.store().schedule(ws.now().plus(FINISHED_TASK_RETENTION), () ->
        ws.store().anyWorkspace(workspaceSid).ifPresent(state -> state.tasks.find(taskSid).ifPresent(gone -> {
          state.tasks.remove(taskSid);
          ReservationLifecycle.taskRemoved(state, gone);
        })));
  }

  /** Routing cancels a task that reached the Max Assignment Count. */
  static void cancel(WorkspaceState ws, Task task, String reason) {
    changeStatus(ws, task, TaskStatus.CANCELED, reason);
  }

  private static void expire(Store store, String workspaceSid, String taskSid) {
    store.anyWorkspace(workspaceSid)
        .flatMap(ws -> ws.tasks.find(taskSid).map(task -> Map.entry(ws, task)))
        .filter(e -> e.getValue().status.waiting() && !e.getValue().expiresAt().isAfter(store.now()))
        .ifPresent(e -> changeStatus(e.getKey(), e.getValue(), TaskStatus.CANCELED, TTL_REASON));
  }
}
