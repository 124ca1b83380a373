package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkflowConfigurationParser;
import io.taskrouter.local.engine.WorkflowLifecycle;
import io.taskrouter.local.engine.WorkflowLifecycle.Callbacks;
import io.taskrouter.local.engine.WorkflowLifecycle.Configuration;
import io.taskrouter.local.engine.WorkflowLifecycle.WorkflowChanges;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.WorkflowConfiguration;
import io.taskrouter.local.render.WorkflowViews.WorkflowList;
import io.taskrouter.local.render.WorkflowViews.WorkflowView;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.CreateWorkflowRequest;
import io.taskrouter.local.wire.generated.DeleteWorkflowRequest;
import io.taskrouter.local.wire.generated.FetchWorkflowRequest;
import io.taskrouter.local.wire.generated.ListWorkflowRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.UpdateWorkflowRequest;
import io.taskrouter.local.wire.generated.WorkflowListWriter;
import io.taskrouter.local.wire.generated.WorkflowWriter;
import java.util.Optional;

interface WorkflowHandlers extends OperationHandlers<Call> {

  private static Workflow workflow(Call call, WorkspaceState ws, String sid) {
    return call.found(ws.workflows.find(Sids.normalize(sid)));
  }

  private static String json(Call call, WorkspaceState ws, Workflow workflow) {
    return WorkflowWriter.toJson(new WorkflowView(call.links(), ws, workflow));
  }

  @Override
  default WireResponse listWorkflow(ListWorkflowRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    ListPage.Page<Workflow> page = ListPage.page(call, WorkflowListWriter.KEY, ws.workflows.stream()
            .filter(w -> request.friendlyName().isEmpty() || w.friendlyName().equals(request.friendlyName().get())),
        ListOrder.creation(), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(WorkflowListWriter.toJson(
        new WorkflowList(page.map(w -> new WorkflowView(call.links(), ws, w)), page.meta())));
  }

  @Override
  default WireResponse createWorkflow(CreateWorkflowRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    WorkflowConfiguration parsed = WorkflowConfigurationParser.parse(request.configuration(), ws);
    Callbacks callbacks = new Callbacks(request.assignmentCallbackUrl(), request.fallbackAssignmentCallbackUrl(),
        Optional.of(request.taskReservationTimeout()));
    return WireResponse.created(json(call, ws,
        WorkflowLifecycle.create(ws, request.friendlyName(), request.configuration(), parsed, callbacks)));
  }

  @Override
  default WireResponse fetchWorkflow(FetchWorkflowRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return WireResponse.ok(json(call, ws, workflow(call, ws, request.sid())));
  }

  @Override
  default WireResponse updateWorkflow(UpdateWorkflowRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Workflow workflow = workflow(call, ws, request.sid());
    Optional<Configuration> configuration = request.configuration()
        .map(c -> new Configuration(c, WorkflowConfigurationParser.parse(c, ws)));
    Callbacks callbacks = new Callbacks(request.assignmentCallbackUrl(), request.fallbackAssignmentCallbackUrl(),
        request.taskReservationTimeout());
    WorkflowLifecycle.update(ws, workflow, new WorkflowChanges(
        Names.rename(UpdateWorkflowRequest.FRIENDLY_NAME, request.friendlyName()), configuration, callbacks,
        request.reEvaluateTasks().orElse(false)));
    return WireResponse.ok(json(call, ws, workflow));
  }

  @Override
  default WireResponse deleteWorkflow(DeleteWorkflowRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    WorkflowLifecycle.delete(ws, workflow(call, ws, request.sid()));
    return WireResponse.noContent();
  }
}
