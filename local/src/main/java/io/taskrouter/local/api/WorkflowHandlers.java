package io.taskrouter.local.api;

import io.taskrouter.local.engine.ReferenceGuard;
import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkflowConfigurationParser;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Task;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.model.Workflow;
import io.taskrouter.local.model.WorkflowConfiguration;
import java.util.Optional;
import java.util.stream.Stream;

final class WorkflowHandlers {
  static final int MAX_RESERVATION_TIMEOUT = 86_400;
  static final Kind<Workflow> KIND = new Kind<>("workflows", ws -> ws.workflows,
      Kind.bySid(Sids.WORKFLOW, ws -> ws.workflows), (render, ws, w) -> render.workflow(w), false);

  private WorkflowHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "Workflows", "Workflow", KIND, WorkflowHandlers::select,
        WorkflowHandlers::create, WorkflowHandlers::update, (ws, workflow) -> {
          ReferenceGuard.checkWorkflowDeletable(ws, workflow);
          ws.removeWorkflow(workflow);
        });
  }

  private static Stream<Workflow> select(Call call, WorkspaceState ws) {
    Optional<String> name = call.query().string("FriendlyName");
    return ws.workflows.stream().filter(w -> name.isEmpty() || w.friendlyName.equals(name.get()));
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    String name = form.required("FriendlyName");
    String configuration = form.required("Configuration");
    WorkflowConfiguration parsed = WorkflowConfigurationParser.parse(configuration, ws);
    Callbacks callbacks = Callbacks.read(form);
    Workflow workflow = new Workflow(call.store().newSid(Sids.WORKFLOW), call.now(), ws.sid(), name, configuration,
        parsed);
    callbacks.applyTo(workflow);
    ws.addWorkflow(workflow);
    return KIND.respond(201, call, ws, workflow);
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Workflow workflow = KIND.find(call, ws);
    Params form = call.form();
    Optional<String> name = form.rename("FriendlyName", Integer.MAX_VALUE);
    Optional<String> configuration = form.string("Configuration");
    Optional<WorkflowConfiguration> parsed = configuration.map(c -> WorkflowConfigurationParser.parse(c, ws));
    Callbacks callbacks = Callbacks.read(form);
    boolean reEvaluate = form.bool("ReEvaluateTasks").orElse(false);

    name.ifPresent(n -> workflow.friendlyName = n);
    configuration.ifPresent(c -> workflow.configuration = c);
    parsed.ifPresent(p -> workflow.parsed = p);
    callbacks.applyTo(workflow);
    workflow.touch(call.now());
    ws.record().workflow("workflow.updated", workflow, "Workflow " + workflow.friendlyName + " updated");
    if (reEvaluate) {
      for (Task task : ws.tasks.list()) {
        if (workflow.sid.equals(task.workflowSid) && task.status == TaskStatus.PENDING) {
          Routing.reevaluate(ws, task);
        }
      }
    }
    return KIND.respond(200, call, ws, workflow);
  }

  /** The settings create and update share, all optional; an empty URL clears it. */
  private record Callbacks(Optional<String> assignmentUrl, Optional<String> fallbackUrl,
      Optional<Integer> reservationTimeout) {

    static Callbacks read(Params form) {
      return new Callbacks(form.url("AssignmentCallbackUrl"), form.url("FallbackAssignmentCallbackUrl"),
          form.integer("TaskReservationTimeout", 1, MAX_RESERVATION_TIMEOUT));
    }

    void applyTo(Workflow workflow) {
      assignmentUrl.ifPresent(url -> workflow.assignmentCallbackUrl = url.isEmpty() ? null : url);
      fallbackUrl.ifPresent(url -> workflow.fallbackAssignmentCallbackUrl = url.isEmpty() ? null : url);
      reservationTimeout.ifPresent(timeout -> workflow.taskReservationTimeout = timeout);
    }
  }
}
