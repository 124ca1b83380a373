package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkerChannel;
import io.taskrouter.local.engine.WorkerChannelLifecycle;
import io.taskrouter.local.engine.WorkerChannelLifecycle.WorkerChannelChanges;
import io.taskrouter.local.engine.WorkspaceState;
import java.util.Optional;

/** A worker's channels: one per task channel, so they are listed and updated, never created. */
final class WorkerChannelHandlers {
  private static final String COLLECTION = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels";

  private WorkerChannelHandlers() {}

  static void register(Registry registry) {
    registry.register("GET", COLLECTION, "ListWorkerChannel", call -> {
      WorkspaceState ws = call.workspace();
      Worker worker = worker(call, ws);
      return ApiResponse.ok(ListPage.render(call, "channels", worker.channels().stream(), ListOrder.creation(),
          c -> call.render().workerChannel(ws, c)));
    });
    registry.register("GET", COLLECTION + "/{Sid}", "FetchWorkerChannel", call -> {
      WorkspaceState ws = call.workspace();
      return ApiResponse.ok(call.render().workerChannel(ws, channel(call, ws, worker(call, ws))));
    });
    registry.register("POST", COLLECTION + "/{Sid}", "UpdateWorkerChannel", WorkerChannelHandlers::update);
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Worker worker = worker(call, ws);
    WorkerChannel channel = channel(call, ws, worker);
    Optional<Integer> capacity = call.form().integer("Capacity", 0, WorkerChannelLifecycle.MAX_CAPACITY);
    Optional<Boolean> available = call.form().bool("Available");
    WorkerChannelLifecycle.update(ws, worker, channel, new WorkerChannelChanges(capacity, available));
    return ApiResponse.ok(call.render().workerChannel(ws, channel));
  }

  private static Worker worker(Call call, WorkspaceState ws) {
    return call.found(ws.workers.find(call.pathSid("WorkerSid", Sids.WORKER)));
  }

  /** By worker channel SID (WC), task channel SID (TC) or task channel unique name. */
  private static WorkerChannel channel(Call call, WorkspaceState ws, Worker worker) {
    String id = call.request().pathParam("Sid");
    if (Sids.hasShape(id, Sids.WORKER_CHANNEL)) {
      String sid = Sids.normalize(id);
      return call.found(worker.channels().stream().filter(c -> c.sid().equals(sid)).findFirst());
    }
    return call.found(ws.taskChannel(id).map(c -> worker.channel(c.sid())));
  }
}
