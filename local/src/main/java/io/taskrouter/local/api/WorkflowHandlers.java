package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkflowConfigurationParser;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkflowLifecycle;
import io.taskrouter.local.engine.WorkflowLifecycle.Callbacks;
import io.taskrouter.local.engine.WorkflowLifecycle.Configuration;
import io.taskrouter.local.engine.WorkflowLifecycle.WorkflowChanges;
import io.taskrouter.local.model.WorkflowConfiguration;
import java.util.Optional;

final class WorkflowHandlers {
  static final int MAX_RESERVATION_TIMEOUT = 86_400;
  static final Kind<Workflow> KIND = new Kind<>("workflows", ws -> ws.workflows,
      Kind.bySid(Sids.WORKFLOW, ws -> ws.workflows), (render, ws, w) -> render.workflow(ws, w), false);

  private WorkflowHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "Workflows", "Workflow", KIND, WorkflowHandlers::select,
        WorkflowHandlers::create, WorkflowHandlers::update, WorkflowLifecycle::delete);
  }

  private static ListPage.Selection<Workflow> select(Call call, WorkspaceState ws) {
    Optional<String> name = call.query().string("FriendlyName");
    return new ListPage.Selection<>(ws.workflows.stream().filter(w -> name.isEmpty() || w.friendlyName().equals(name.get())), ListOrder.creation());
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    String name = form.required("FriendlyName");
    String configuration = form.required("Configuration");
    WorkflowConfiguration parsed = WorkflowConfigurationParser.parse(configuration, ws);
    Callbacks callbacks = callbacks(form);
    return KIND.respond(201, call, ws, WorkflowLifecycle.create(ws, name, configuration, parsed, callbacks));
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Workflow workflow = KIND.find(call, ws);
    Params form = call.form();
    Optional<String> name = form.rename("FriendlyName", Integer.MAX_VALUE);
    Optional<Configuration> configuration = form.string("Configuration")
        .map(c -> new Configuration(c, WorkflowConfigurationParser.parse(c, ws)));
    Callbacks callbacks = callbacks(form);
    boolean reEvaluate = form.bool("ReEvaluateTasks").orElse(false);
    WorkflowLifecycle.update(ws, workflow, new WorkflowChanges(name, configuration, callbacks, reEvaluate));
    return KIND.respond(200, call, ws, workflow);
  }

  /** The settings create and update share, all optional; an empty URL clears it. */
  private static Callbacks callbacks(Params form) {
    return new Callbacks(form.url("AssignmentCallbackUrl"), form.url("FallbackAssignmentCallbackUrl"),
        form.integer("TaskReservationTimeout", 1, MAX_RESERVATION_TIMEOUT));
  }
}
