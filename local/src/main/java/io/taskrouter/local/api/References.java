package io.taskrouter.local.api;

import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.Resource;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Table;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.wire.ParamSpec;
import java.util.Optional;

/**
 * Parameters that name another resource of the workspace. The decoder has checked the SID's shape;
 * one that does not exist is a 400 naming the parameter (the resource addressed by the path exists;
 * it is the parameter that is wrong), never a 404.
 */
public final class References {
  private References() {}

  public static Optional<Activity> activity(WorkspaceState ws, ParamSpec param, Optional<String> sid) {
    return sid.map(s -> existing(ws.activities, param, s, "Activity", ws));
  }

  public static Optional<TaskQueue> taskQueue(WorkspaceState ws, ParamSpec param, Optional<String> sid) {
    return sid.map(s -> existing(ws.taskQueues, param, s, "TaskQueue", ws));
  }

  public static Optional<Workflow> workflow(WorkspaceState ws, ParamSpec param, Optional<String> sid) {
    return sid.map(s -> existing(ws.workflows, param, s, "Workflow", ws));
  }

  public static Optional<Worker> worker(WorkspaceState ws, ParamSpec param, Optional<String> sid) {
    return sid.map(s -> existing(ws.workers, param, s, "Worker", ws));
  }

  /** A task channel by SID or unique name. */
  public static TaskChannel taskChannel(WorkspaceState ws, ParamSpec param, String value) {
    return ws.taskChannel(value).orElseThrow(() ->
        invalid(param, "TaskChannel '" + value + "' does not exist in workspace " + ws.sid()));
  }

  public static Optional<TaskChannel> taskChannel(WorkspaceState ws, ParamSpec param, Optional<String> value) {
    return value.map(v -> taskChannel(ws, param, v));
  }

  /** A refusal of a parameter's value for a reason only the handler knows (a rule, the state). */
  public static ApiException invalid(ParamSpec param, String reason) {
    return ApiException.badRequest("Invalid parameter " + param.name() + ": " + reason);
  }

  private static <T extends Resource> T existing(Table<T> table, ParamSpec param, String sid, String noun,
      WorkspaceState ws) {
    String normalized = Sids.normalize(sid);
    return table.find(normalized).orElseThrow(() ->
        invalid(param, noun + " " + normalized + " does not exist in workspace " + ws.sid()));
  }
}
