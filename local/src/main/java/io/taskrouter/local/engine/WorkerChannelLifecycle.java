package io.taskrouter.local.engine;

import java.util.Map;
import java.util.Optional;

/**
 * A worker's channels: opened for every task channel (when either is created), closed with the
 * task channel, and updated in capacity and availability, each change an event.
 */
public final class WorkerChannelLifecycle {
  public static final int MAX_CAPACITY = 1000;

  private WorkerChannelLifecycle() {}

  public record WorkerChannelChanges(Optional<Integer> capacity, Optional<Boolean> available) {}

  static void open(WorkspaceState ws, Worker worker, TaskChannel channel) {
    worker.channels.put(channel.sid, new WorkerChannel(ws.store().newSid(Sids.WORKER_CHANNEL),
        ws.store().nextSequence(), ws.now(), ws.sid(), worker.sid, channel.sid));
  }

  static void close(Worker worker, TaskChannel channel) {
    worker.channels.remove(channel.sid);
  }

  public static void update(WorkspaceState ws, Worker worker, WorkerChannel channel, WorkerChannelChanges changes) {
    String uniqueName = String.valueOf(ws.channelUniqueName(channel.taskChannelSid));
    changes.capacity().filter(c -> c != channel.capacity).ifPresent(c -> {
      String previous = Integer.toString(channel.capacity);
      channel.capacity = c;
      ws.record().worker("worker.capacity.update", worker, "Worker " + worker.friendlyName + " capacity on "
          + uniqueName + " set to " + c, Map.of("task_channel_unique_name", uniqueName,
          "worker_channel_available_capacity", Integer.toString(c), "worker_channel_previous_capacity", previous));
    });
    changes.available().filter(a -> a != channel.available).ifPresent(a -> {
      channel.available = a;
      ws.record().worker("worker.channel.availability.update", worker, "Worker " + worker.friendlyName + " channel "
          + uniqueName + (a ? " enabled" : " disabled"), Map.of("task_channel_unique_name", uniqueName,
          "worker_channel_available", Boolean.toString(a)));
    });
    channel.touch(ws.now());
    ws.routing().worker(worker);
  }
}
