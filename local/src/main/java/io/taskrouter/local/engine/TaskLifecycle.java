package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.model.Task;
import io.taskrouter.local.model.TaskQueue;
import io.taskrouter.local.model.TaskStatus;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A task's life: creation (with its time to live), the status changes the API allows, deletion,
 * and the two things the clock does on its own: a waiting task whose TTL runs out is canceled
 * ("Task TTL Exceeded"), and a completed or canceled task is removed 5 minutes later (without a
 * task.deleted event, as in the service).
 */
public final class TaskLifecycle {
  public static final String TTL_REASON = "Task TTL Exceeded";
  static final Duration FINISHED_TASK_RETENTION = Duration.ofMinutes(5);

  private TaskLifecycle() {}

  public static void create(WorkspaceState ws, Task task, @Nullable TaskQueue directQueue) {
    ws.tasks.add(task);
    ws.record().task("task.created", task, "Task " + task.sid + " created", Map.of());
    Routing.enter(ws, task, directQueue);
    String workspaceSid = ws.sid();
    String taskSid = task.sid;
    ws.store().schedule(task.expiresAt(), () -> expire(ws.store(), workspaceSid, taskSid));
  }

  /**
   * Checks that {@code target} is a status the API may set now, without changing anything: the
   * caller validates every parameter before applying any.
   */
  public static void checkTransition(Task task, TaskStatus target) {
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
  public static void changeStatus(WorkspaceState ws, Task task, TaskStatus target, @Nullable String reason) {
    task.status = target;
    task.reason = reason;
    task.touch(ws.now());
    switch (target) {
      case CANCELED -> {
        finish(ws, task);
        ws.record().task("task.canceled", task, "Task " + task.sid + " canceled",
            reason == null ? Map.of() : Map.of("task_canceled_reason", reason));
      }
      case COMPLETED -> {
        finish(ws, task);
        ws.record().task("task.completed", task, "Task " + task.sid + " completed",
            reason == null ? Map.of() : Map.of("task_completed_reason", reason));
      }
      case WRAPPING -> ws.record().task("task.wrapup", task, "Task " + task.sid + " wrapping up", Map.of());
      default -> throw new IllegalStateException("unchecked transition to " + target);
    }
  }

  public static void delete(WorkspaceState ws, Task task) {
    ws.tasks.remove(task.sid);
    ws.reservations.stream().filter(r -> r.taskSid.equals(task.sid)).map(r -> r.sid).toList()
        .forEach(ws.reservations::remove);
    ws.record().task("task.deleted", task, "Task " + task.sid + " deleted", Map.of());
  }

  private static void finish(WorkspaceState ws, Task task) {
    task.endedAt = ws.now();
    String workspaceSid = ws.sid();
    String taskSid = task.sid;
    ws.store().schedule(ws.now().plus(FINISHED_TASK_RETENTION), () ->
        ws.store().workspace(workspaceSid).ifPresent(state -> state.tasks.remove(taskSid)));
  }

  private static void expire(Store store, String workspaceSid, String taskSid) {
    store.workspace(workspaceSid)
        .flatMap(ws -> ws.tasks.find(taskSid).map(task -> Map.entry(ws, task)))
        .filter(e -> e.getValue().status.waiting() && !e.getValue().expiresAt().isAfter(store.now()))
        .ifPresent(e -> changeStatus(e.getKey(), e.getValue(), TaskStatus.CANCELED, TTL_REASON));
  }
}
