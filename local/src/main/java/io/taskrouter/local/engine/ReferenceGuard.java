package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.model.TaskStatus;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Deletions that would leave something pointing at nothing are refused with a 400 that says what
 * still uses the resource, so the caller knows what to change first.
 */
final class ReferenceGuard {
  private ReferenceGuard() {}

  static void checkActivityDeletable(WorkspaceState ws, Activity activity) {
    String name = "Activity " + activity.sid + " (" + activity.friendlyName + ")";
    long workers = ws.workers.stream().filter(w -> w.activitySid.equals(activity.sid)).count();
    if (workers > 0) {
      throw refuse(name, workers + " Worker(s) are in this activity; move them to another activity first");
    }
    if (activity.sid.equals(ws.workspace.defaultActivitySid)) {
      throw refuse(name, "it is the workspace's default activity; set DefaultActivitySid to another activity first");
    }
    if (activity.sid.equals(ws.workspace.timeoutActivitySid)) {
      throw refuse(name, "it is the workspace's timeout activity; set TimeoutActivitySid to another activity first");
    }
    for (TaskQueue queue : ws.taskQueues.list()) {
      if (activity.sid.equals(queue.reservationActivitySid) || activity.sid.equals(queue.assignmentActivitySid)) {
        throw refuse(name, "it is the reservation or assignment activity of TaskQueue " + queue.sid + " ("
            + queue.friendlyName + ")");
      }
    }
  }

  static void checkTaskQueueDeletable(WorkspaceState ws, TaskQueue queue) {
    String name = "TaskQueue " + queue.sid + " (" + queue.friendlyName + ")";
    requireNoOpenTasks(ws, name, t -> queue.sid.equals(t.taskQueueSid));
    List<String> workflows = ws.workflows.stream()
        .filter(w -> w.parsed.referencedQueues().contains(queue.sid))
        .map(w -> w.sid + " (" + w.friendlyName + ")")
        .collect(Collectors.toList());
    if (!workflows.isEmpty()) {
      throw refuse(name, "Workflow(s) " + String.join(", ", workflows)
          + " route tasks to it; change or delete them first");
    }
  }

  static void checkWorkflowDeletable(WorkspaceState ws, Workflow workflow) {
    requireNoOpenTasks(ws, "Workflow " + workflow.sid + " (" + workflow.friendlyName + ")",
        t -> workflow.sid.equals(t.workflowSid));
  }

  static void checkWorkerDeletable(WorkspaceState ws, Worker worker) {
    long held = ws.reservations.stream()
        .filter(r -> r.workerSid.equals(worker.sid) && r.status.holdsWorker())
        .count();
    if (held > 0) {
      throw refuse("Worker " + worker.sid + " (" + worker.friendlyName + ")",
          "it has " + held + " pending, accepted or wrapping Reservation(s); answer them or complete their Tasks first");
    }
  }

  static void checkTaskChannelDeletable(WorkspaceState ws, TaskChannel channel) {
    long open = ws.tasks.stream().filter(t -> t.taskChannelSid.equals(channel.sid) && t.status.active()).count();
    if (open > 0) {
      throw refuse("TaskChannel " + channel.sid + " (" + channel.uniqueName + ")",
          "it has " + open + " Task(s) that are not completed or canceled");
    }
  }

  /** Pending, reserved and assigned tasks still need the queue or workflow they were routed by. */
  private static void requireNoOpenTasks(WorkspaceState ws, String name, Predicate<Task> uses) {
    long open = ws.tasks.stream()
        .filter(uses)
        .filter(t -> t.status == TaskStatus.PENDING || t.status == TaskStatus.RESERVED
            || t.status == TaskStatus.ASSIGNED)
        .count();
    if (open > 0) {
      throw refuse(name, "it has " + open + " pending, reserved or assigned Task(s); complete, cancel or delete them first");
    }
  }

  private static ApiException refuse(String name, String reason) {
    return ApiException.badRequest("Cannot delete " + name + ": " + reason);
  }
}
