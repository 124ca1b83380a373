package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkerChannel;
import io.taskrouter.local.engine.WorkerChannelLifecycle;
import io.taskrouter.local.engine.WorkerChannelLifecycle.WorkerChannelChanges;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.WorkerViews.WorkerChannelList;
import io.taskrouter.local.render.WorkerViews.WorkerChannelView;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.FetchWorkerChannelRequest;
import io.taskrouter.local.wire.generated.ListWorkerChannelRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.UpdateWorkerChannelRequest;
import io.taskrouter.local.wire.generated.WorkerChannelListWriter;
import io.taskrouter.local.wire.generated.WorkerChannelWriter;

/** A worker's channels: one per task channel, so they are listed and updated, never created. */
interface WorkerChannelHandlers extends OperationHandlers<Call> {

  private static Worker worker(Call call, WorkspaceState ws, String sid) {
    return call.found(ws.workers.find(Sids.normalize(sid)));
  }

  /** By worker channel SID (WC), task channel SID (TC) or task channel unique name. */
  private static WorkerChannel channel(Call call, WorkspaceState ws, Worker worker, String id) {
    if (Sids.hasShape(id, Sids.WORKER_CHANNEL)) {
      String sid = Sids.normalize(id);
      return call.found(worker.channels().stream().filter(c -> c.sid().equals(sid)).findFirst());
    }
    return call.found(ws.taskChannel(id).map(c -> worker.channel(c.sid())));
  }

  private static String json(Call call, WorkspaceState ws, WorkerChannel channel) {
    return WorkerChannelWriter.toJson(new WorkerChannelView(call.links(), ws, channel));
  }

  @Override
  default WireResponse listWorkerChannel(ListWorkerChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Worker worker = worker(call, ws, request.workerSid());
    ListPage.Page<WorkerChannel> page = ListPage.page(call, WorkerChannelListWriter.KEY, worker.channels().stream(),
        ListOrder.creation(), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(WorkerChannelListWriter.toJson(
        new WorkerChannelList(page.map(c -> new WorkerChannelView(call.links(), ws, c)), page.meta())));
  }

  @Override
  default WireResponse fetchWorkerChannel(FetchWorkerChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Worker worker = worker(call, ws, request.workerSid());
    return WireResponse.ok(json(call, ws, channel(call, ws, worker, request.sid())));
  }

  @Override
  default WireResponse updateWorkerChannel(UpdateWorkerChannelRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Worker worker = worker(call, ws, request.workerSid());
    WorkerChannel channel = channel(call, ws, worker, request.sid());
    // A capacity counts tasks: never negative, and bounded by what this server holds per channel.
    request.capacity().filter(c -> c < 0 || c > WorkerChannelLifecycle.MAX_CAPACITY).ifPresent(c -> {
      throw References.invalid(UpdateWorkerChannelRequest.CAPACITY, "must be between 0 and "
          + WorkerChannelLifecycle.MAX_CAPACITY + ", got " + c);
    });
    WorkerChannelLifecycle.update(ws, worker, channel,
        new WorkerChannelChanges(request.capacity(), request.available()));
    return WireResponse.ok(json(call, ws, channel));
  }
}
