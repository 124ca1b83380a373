package io.taskrouter.local.api;

import io.taskrouter.local.engine.WorkspaceLifecycle;
import io.taskrouter.local.engine.WorkspaceLifecycle.NewWorkspace;
import io.taskrouter.local.engine.WorkspaceLifecycle.WorkspaceChanges;
import io.taskrouter.local.engine.WorkspaceSetup;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.WorkspaceViews.WorkspaceList;
import io.taskrouter.local.render.WorkspaceViews.WorkspaceView;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.CreateWorkspaceRequest;
import io.taskrouter.local.wire.generated.DeleteWorkspaceRequest;
import io.taskrouter.local.wire.generated.FetchWorkspaceRequest;
import io.taskrouter.local.wire.generated.ListWorkspaceRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.UpdateWorkspaceRequest;
import io.taskrouter.local.wire.generated.WorkspaceListWriter;
import io.taskrouter.local.wire.generated.WorkspaceWriter;
import java.util.List;
import java.util.Locale;

/** Workspaces: the root collection. The store shows each caller only its own account's workspaces. */
interface WorkspaceHandlers extends OperationHandlers<Call> {

  @Override
  default WireResponse listWorkspace(ListWorkspaceRequest request, Call call) {
    ListOrder<WorkspaceState> order = ListOrder.of(
        List.of(new ListOrder.Key<>("Created", ws -> ws.workspace().sequence(), false)), WorkspaceState::sid);
    ListPage.Page<WorkspaceState> page = ListPage.page(call, WorkspaceListWriter.KEY, call.store().workspaces().stream()
            .filter(ws -> request.friendlyName().isEmpty()
                || ws.workspace().friendlyName().equals(request.friendlyName().get())), order,
        new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(WorkspaceListWriter.toJson(
        new WorkspaceList(page.map(ws -> new WorkspaceView(call.links(), ws)), page.meta())));
  }

  @Override
  default WireResponse createWorkspace(CreateWorkspaceRequest request, Call call) {
    // The spec types Template as a free string; the service knows two templates.
    String template = request.template().toUpperCase(Locale.ROOT);
    if (!template.equals(WorkspaceSetup.TEMPLATE_NONE) && !template.equals(WorkspaceSetup.TEMPLATE_FIFO)) {
      throw References.invalid(CreateWorkspaceRequest.TEMPLATE, "must be " + WorkspaceSetup.TEMPLATE_NONE + " or "
          + WorkspaceSetup.TEMPLATE_FIFO + ", got '" + request.template() + "'");
    }
    WorkspaceState ws = WorkspaceLifecycle.create(call.store(), new NewWorkspace(request.friendlyName(),
        request.eventCallbackUrl().filter(url -> !url.isEmpty()).orElse(null), request.eventsFilter().orElse(null),
        request.multiTaskEnabled(), request.prioritizeQueueOrder(), template));
    return WireResponse.created(WorkspaceWriter.toJson(new WorkspaceView(call.links(), ws)));
  }

  @Override
  default WireResponse fetchWorkspace(FetchWorkspaceRequest request, Call call) {
    return WireResponse.ok(WorkspaceWriter.toJson(new WorkspaceView(call.links(), call.workspace(request.sid()))));
  }

  @Override
  default WireResponse updateWorkspace(UpdateWorkspaceRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.sid());
    WorkspaceChanges changes = new WorkspaceChanges(
        Names.rename(UpdateWorkspaceRequest.FRIENDLY_NAME, request.friendlyName()),
        References.activity(ws, UpdateWorkspaceRequest.DEFAULT_ACTIVITY_SID, request.defaultActivitySid()),
        References.activity(ws, UpdateWorkspaceRequest.TIMEOUT_ACTIVITY_SID, request.timeoutActivitySid()),
        request.eventCallbackUrl(), request.eventsFilter(), request.multiTaskEnabled(),
        request.prioritizeQueueOrder());
    WorkspaceLifecycle.update(ws, changes);
    return WireResponse.ok(WorkspaceWriter.toJson(new WorkspaceView(call.links(), ws)));
  }

  @Override
  default WireResponse deleteWorkspace(DeleteWorkspaceRequest request, Call call) {
    WorkspaceLifecycle.delete(call.workspace(request.sid()));
    return WireResponse.noContent();
  }
}
