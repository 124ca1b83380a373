package io.taskrouter.local.engine;

import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.model.WorkflowConfiguration;
import io.taskrouter.local.routing.RoutingPlan;
import java.util.Optional;

/**
 * Workflows: created with a parsed configuration, edited (optionally re-routing the pending tasks
 * they hold), deleted when no open task uses them.
 */
public final class WorkflowLifecycle {
  private WorkflowLifecycle() {}

  /** The callback settings create and update share; an empty URL clears it. */
  public record Callbacks(Optional<String> assignmentUrl, Optional<String> fallbackUrl,
      Optional<Integer> reservationTimeout) {

    public static Callbacks none() {
      return new Callbacks(Optional.empty(), Optional.empty(), Optional.empty());
    }

    void applyTo(Workflow workflow) {
      assignmentUrl.ifPresent(url -> workflow.assignmentCallbackUrl = url.isEmpty() ? null : url);
      fallbackUrl.ifPresent(url -> workflow.fallbackAssignmentCallbackUrl = url.isEmpty() ? null : url);
      reservationTimeout.ifPresent(timeout -> workflow.taskReservationTimeout = timeout);
    }
  }

  /** A configuration as sent, with its parsed form (both or neither). */
  public record Configuration(String raw, WorkflowConfiguration parsed) {}

  public record WorkflowChanges(Optional<String> friendlyName, Optional<Configuration> configuration,
      Callbacks callbacks, boolean reEvaluateTasks) {}

  public static Workflow create(WorkspaceState ws, String friendlyName, String configuration,
      WorkflowConfiguration parsed, Callbacks callbacks) {
    RoutingPlan plan = WorkspaceRouting.plan(parsed);
    Workflow workflow = new Workflow(ws.store().newSid(Sids.WORKFLOW), ws.store().nextSequence(), ws.now(), ws.sid(),
        friendlyName, configuration, parsed);
    callbacks.applyTo(workflow);
    ws.workflows.add(workflow);
    ws.routing().workflow(workflow, plan);
    ws.record().workflow("workflow.created", workflow, "Workflow " + workflow.friendlyName + " created");
    return workflow;
  }

  public static void update(WorkspaceState ws, Workflow workflow, WorkflowChanges changes) {
    Optional<RoutingPlan> plan = changes.configuration().map(c -> WorkspaceRouting.plan(c.parsed()));
    changes.friendlyName().ifPresent(n -> workflow.friendlyName = n);
    changes.configuration().ifPresent(c -> {
      workflow.configuration = c.raw();
      workflow.parsed = c.parsed();
    });
    changes.callbacks().applyTo(workflow);
    plan.ifPresent(p -> ws.routing().workflow(workflow, p));
    ws.workflows.touch(workflow, ws.now());
    ws.record().workflow("workflow.updated", workflow, "Workflow " + workflow.friendlyName + " updated");
    if (changes.reEvaluateTasks()) {
      for (Task task : ws.tasks.list()) {
        if (workflow.sid.equals(task.workflowSid) && task.status == TaskStatus.PENDING) {
          ws.routing().reroute(task);
        }
      }
    }
  }

  public static void delete(WorkspaceState ws, Workflow workflow) {
    ReferenceGuard.checkWorkflowDeletable(ws, workflow);
    ws.workflows.remove(workflow.sid);
    ws.routing().workflowRemoved(workflow.sid);
    ws.record().workflow("workflow.deleted", workflow, "Workflow " + workflow.friendlyName + " deleted");
  }
}
