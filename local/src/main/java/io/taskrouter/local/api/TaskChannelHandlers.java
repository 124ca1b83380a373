package io.taskrouter.local.api;

import io.taskrouter.local.engine.EventRecorder;
import io.taskrouter.local.engine.ReferenceGuard;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.model.TaskChannel;
import java.util.Optional;
import java.util.regex.Pattern;

final class TaskChannelHandlers {
  /** Letters, digits, _ and $, not starting with a digit (hyphens are not allowed). */
  private static final Pattern UNIQUE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  static final Kind<TaskChannel> KIND = new Kind<>("channels", ws -> ws.taskChannels,
      (call, ws) -> call.taskChannel(ws, "Sid"), (render, ws, c) -> render.taskChannel(c), false);

  private TaskChannelHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "TaskChannels", "TaskChannel", KIND, (call, ws) -> ws.taskChannels.stream(),
        TaskChannelHandlers::create, TaskChannelHandlers::update, (ws, channel) -> {
          ReferenceGuard.checkTaskChannelDeletable(ws, channel);
          ws.removeTaskChannel(channel);
        });
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    String friendlyName = form.required("FriendlyName");
    String uniqueName = form.required("UniqueName");
    if (!UNIQUE_NAME.matcher(uniqueName).matches()) {
      throw Params.invalid("UniqueName", "may hold letters, digits, _ and $ and must not start with a digit, got '"
          + uniqueName + "'");
    }
    if (ws.taskChannel(uniqueName).isPresent()) {
      throw Params.invalid("UniqueName", "a TaskChannel named '" + uniqueName + "' already exists");
    }
    boolean optimized = form.bool("ChannelOptimizedRouting").orElse(false);
    TaskChannel channel = new TaskChannel(call.store().newSid(Sids.TASK_CHANNEL), call.now(), ws.sid(), friendlyName,
        uniqueName, optimized);
    ws.addTaskChannel(channel);
    return KIND.respond(201, call, ws, channel);
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    TaskChannel channel = KIND.find(call, ws);
    Optional<String> friendlyName = call.form().rename("FriendlyName", Integer.MAX_VALUE);
    Optional<Boolean> optimized = call.form().bool("ChannelOptimizedRouting");
    friendlyName.ifPresent(name -> channel.friendlyName = name);
    optimized.ifPresent(value -> channel.channelOptimizedRouting = value);
    channel.touch(call.now());
    ws.record().resource("task-channel.updated", EventRecorder.TASK_CHANNEL, channel.sid,
        ResourcePaths.member(ws.sid(), "TaskChannels", channel.sid), "TaskChannel " + channel.uniqueName + " updated");
    return KIND.respond(200, call, ws, channel);
  }
}
