package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Worker;
import io.taskrouter.local.model.WorkerChannel;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/** A worker's channels: one per task channel, so they are listed and updated, never created. */
final class WorkerChannelHandlers {
  private static final String COLLECTION = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels";
  static final int MAX_CAPACITY = 1000;

  private WorkerChannelHandlers() {}

  static void register(Registry registry) {
    registry.register("GET", COLLECTION, "ListWorkerChannel", call -> {
      WorkspaceState ws = call.workspace();
      Worker worker = worker(call, ws);
      return ApiResponse.ok(ListPage.render(call, "channels", new ArrayList<>(worker.channels.values()),
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
    Optional<Integer> capacity = call.form().integer("Capacity", 0, MAX_CAPACITY);
    Optional<Boolean> available = call.form().bool("Available");
    String uniqueName = String.valueOf(ws.channelUniqueName(channel.taskChannelSid));
    capacity.filter(c -> c != channel.capacity).ifPresent(c -> {
      String previous = Integer.toString(channel.capacity);
      channel.capacity = c;
      ws.record().worker("worker.capacity.update", worker, "Worker " + worker.friendlyName + " capacity on "
          + uniqueName + " set to " + c, Map.of("task_channel_unique_name", uniqueName,
          "worker_channel_available_capacity", Integer.toString(c), "worker_channel_previous_capacity", previous));
    });
    available.filter(a -> a != channel.available).ifPresent(a -> {
      channel.available = a;
      ws.record().worker("worker.channel.availability.update", worker, "Worker " + worker.friendlyName + " channel "
          + uniqueName + (a ? " enabled" : " disabled"), Map.of("task_channel_unique_name", uniqueName,
          "worker_channel_available", Boolean.toString(a)));
    });
    channel.touch(call.now());
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
      return call.found(worker.channels.values().stream().filter(c -> c.sid.equals(sid)).findFirst());
    }
    return call.found(ws.taskChannel(id).map(c -> worker.channels.get(c.sid)));
  }
}
