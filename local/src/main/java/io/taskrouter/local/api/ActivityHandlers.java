package io.taskrouter.local.api;

import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.ActivityLifecycle;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.ActivityViews.ActivityList;
import io.taskrouter.local.render.ActivityViews.ActivityView;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.ActivityListWriter;
import io.taskrouter.local.wire.generated.ActivityWriter;
import io.taskrouter.local.wire.generated.CreateActivityRequest;
import io.taskrouter.local.wire.generated.DeleteActivityRequest;
import io.taskrouter.local.wire.generated.FetchActivityRequest;
import io.taskrouter.local.wire.generated.ListActivityRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.UpdateActivityRequest;

interface ActivityHandlers extends OperationHandlers<Call> {

  private static Activity activity(Call call, WorkspaceState ws, String sid) {
    return call.found(ws.activities.find(Sids.normalize(sid)));
  }

  private static WireResponse one(Call call, WorkspaceState ws, Activity activity, boolean created) {
    String json = ActivityWriter.toJson(new ActivityView(call.links(), ws, activity));
    return created ? WireResponse.created(json) : WireResponse.ok(json);
  }

  @Override
  default WireResponse listActivity(ListActivityRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    ListPage.Page<Activity> page = ListPage.page(call, ActivityListWriter.KEY, ws.activities.stream()
            .filter(a -> request.friendlyName().isEmpty() || a.friendlyName().equals(request.friendlyName().get()))
            .filter(a -> request.available().isEmpty() || a.available() == request.available().get()),
        ListOrder.creation(), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(ActivityListWriter.toJson(
        new ActivityList(page.map(a -> new ActivityView(call.links(), ws, a)), page.meta())));
  }

  @Override
  default WireResponse createActivity(CreateActivityRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return one(call, ws, ActivityLifecycle.create(ws, request.friendlyName(), request.available()), true);
  }

  @Override
  default WireResponse fetchActivity(FetchActivityRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return one(call, ws, activity(call, ws, request.sid()), false);
  }

  @Override
  default WireResponse updateActivity(UpdateActivityRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Activity activity = activity(call, ws, request.sid());
    ActivityLifecycle.update(ws, activity, Names.rename(UpdateActivityRequest.FRIENDLY_NAME, request.friendlyName()));
    return one(call, ws, activity, false);
  }

  @Override
  default WireResponse deleteActivity(DeleteActivityRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    ActivityLifecycle.delete(ws, activity(call, ws, request.sid()));
    return WireResponse.noContent();
  }
}
