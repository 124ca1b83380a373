package io.taskrouter.local.api;

import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskChannelLifecycle;
import io.taskrouter.local.engine.TaskChannelLifecycle.TaskChannelChanges;
import io.taskrouter.local.engine.WorkspaceState;
import java.util.regex.Pattern;

final class TaskChannelHandlers {
  /** Letters, digits, _ and $, not starting with a digit (hyphens are not allowed). */
  private static final Pattern UNIQUE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  static final Kind<TaskChannel> KIND = new Kind<>("channels", ws -> ws.taskChannels,
      (call, ws) -> call.taskChannel(ws, "Sid"), (render, ws, c) -> render.taskChannel(ws, c), false);

  private TaskChannelHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "TaskChannels", "TaskChannel", KIND, (call, ws) -> new ListPage.Selection<>(ws.taskChannels.stream(), ListOrder.creation()),
        TaskChannelHandlers::create, TaskChannelHandlers::update, TaskChannelLifecycle::delete);
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
    boolean optimized = form.bool("ChannelOptimizedRouting").orElse(false);
    return KIND.respond(201, call, ws, TaskChannelLifecycle.create(ws, friendlyName, uniqueName, optimized));
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    TaskChannel channel = KIND.find(call, ws);
    TaskChannelChanges changes = new TaskChannelChanges(call.form().rename("FriendlyName", Integer.MAX_VALUE),
        call.form().bool("ChannelOptimizedRouting"));
    TaskChannelLifecycle.update(ws, channel, changes);
    return KIND.respond(200, call, ws, channel);
  }
}
