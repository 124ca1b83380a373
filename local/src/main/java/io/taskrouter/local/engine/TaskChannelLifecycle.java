package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.model.ResourcePaths;
import java.util.Optional;

/** Task channels: unique names, and every worker gets (and loses) a channel with each of them. */
public final class TaskChannelLifecycle {
  private TaskChannelLifecycle() {}

  public record TaskChannelChanges(Optional<String> friendlyName, Optional<Boolean> channelOptimizedRouting) {}

  public static TaskChannel create(WorkspaceState ws, String friendlyName, String uniqueName, boolean optimized) {
    if (ws.taskChannel(uniqueName).isPresent()) {
      throw ApiException.badRequest("Invalid parameter UniqueName: a TaskChannel named '" + uniqueName
          + "' already exists");
    }
    TaskChannel channel = new TaskChannel(ws.store().newSid(Sids.TASK_CHANNEL), ws.store().nextSequence(), ws.now(),
        ws.sid(), friendlyName, uniqueName, optimized);
    ws.taskChannels.add(channel);
    for (Worker worker : ws.workers.list()) {
      WorkerChannelLifecycle.open(ws, worker, channel);
    }
    ws.routing().allWorkers();
    record(ws, channel, "created");
    return channel;
  }

  public static void update(WorkspaceState ws, TaskChannel channel, TaskChannelChanges changes) {
    changes.friendlyName().ifPresent(name -> channel.friendlyName = name);
    changes.channelOptimizedRouting().ifPresent(value -> channel.channelOptimizedRouting = value);
    ws.taskChannels.touch(channel, ws.now());
    record(ws, channel, "updated");
  }

  public static void delete(WorkspaceState ws, TaskChannel channel) {
    ReferenceGuard.checkTaskChannelDeletable(ws, channel);
    ws.taskChannels.remove(channel.sid);
    for (Worker worker : ws.workers.list()) {
      WorkerChannelLifecycle.close(worker, channel);
    }
    ws.routing().allWorkers();
    record(ws, channel, "deleted");
  }

  private static void record(WorkspaceState ws, TaskChannel channel, String what) {
    ws.record().resource("task-channel." + what, EventRecorder.TASK_CHANNEL, channel.sid,
        ResourcePaths.member(ws.sid(), "TaskChannels", channel.sid), "TaskChannel " + channel.uniqueName + " " + what);
  }
}
