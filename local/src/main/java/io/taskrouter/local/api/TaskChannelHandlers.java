package io.taskrouter.local.api;

import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskChannelLifecycle;
import io.taskrouter.local.engine.TaskChannelLifecycle.TaskChannelChanges;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.TaskChannelViews.TaskChannelList;
import io.taskrouter.local.render.TaskChannelViews.TaskChannelView;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.CreateTaskChannelRequest;
import io.taskrouter.local.wire.generated.DeleteTaskChannelRequest;
import io.taskrouter.local.wire.generated.FetchTaskChannelRequest;
import io.taskrouter.local.wire.generated.ListTaskChannelRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.TaskChannelListWriter;
import io.taskrouter.local.wire.generated.TaskChannelWriter;
import io.taskrouter.local.wire.generated.UpdateTaskChannelRequest;

/** Task channels, addressed in the path by SID or by unique name (the API accepts both). */
interface TaskChannelHandlers extends OperationHandlers<Call> {
  private static TaskChannel channel(Call call, WorkspaceState ws, String sidOrName) {
    return call.found(ws.taskChannel(sidOrName));
  }

  private static String json(Call call, WorkspaceState ws, TaskChannel channel) {
    return TaskChannelWriter.toJson(new TaskChannelView(call.links(), ws, channel));
  }

  @Override
  default WireResponse listTaskChannel(ListTaskChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    ListPage.Page<TaskChannel> page = ListPage.page(call, TaskChannelListWriter.KEY, ws.taskChannels.stream(),
        ListOrder.creation(), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(TaskChannelListWriter.toJson(
        new TaskChannelList(page.map(c -> new TaskChannelView(call.links(), ws, c)), page.meta())));
  }

  @Override
  default WireResponse createTaskChannel(CreateTaskChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    TaskChannel channel = TaskChannelLifecycle.create(ws, request.friendlyName(), request.uniqueName(),
        request.channelOptimizedRouting().orElse(false));
    return WireResponse.created(json(call, ws, channel));
  }

  @Override
  default WireResponse fetchTaskChannel(FetchTaskChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return WireResponse.ok(json(call, ws, channel(call, ws, request.sid())));
  }

  @Override
  default WireResponse updateTaskChannel(UpdateTaskChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    TaskChannel channel = channel(call, ws, request.sid());
    TaskChannelLifecycle.update(ws, channel, new TaskChannelChanges(
        Names.rename(UpdateTaskChannelRequest.FRIENDLY_NAME, request.friendlyName()),
        request.channelOptimizedRouting()));
    return WireResponse.ok(json(call, ws, channel));
  }

  @Override
  default WireResponse deleteTaskChannel(DeleteTaskChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    TaskChannelLifecycle.delete(ws, channel(call, ws, request.sid()));
    return WireResponse.noContent();
  }
}
