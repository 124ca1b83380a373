package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Table;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.Resource;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.Workflow;
import java.util.Optional;

/**
 * Parameters that name another resource of the workspace. A SID of the wrong shape or one that
 * does not exist is a 400 naming the parameter (the resource addressed by the path exists; it is
 * the parameter that is wrong), never a 404.
 */
public final class References {
  private References() {}

  public static Optional<Activity> activity(Params params, String name, WorkspaceState ws) {
    return existing(params, name, Sids.ACTIVITY, ws.activities, "Activity", ws);
  }

  public static Optional<TaskQueue> taskQueue(Params params, String name, WorkspaceState ws) {
    return existing(params, name, Sids.TASK_QUEUE, ws.taskQueues, "TaskQueue", ws);
  }

  public static Optional<Workflow> workflow(Params params, String name, WorkspaceState ws) {
    return existing(params, name, Sids.WORKFLOW, ws.workflows, "Workflow", ws);
  }

  public static Optional<Worker> worker(Params params, String name, WorkspaceState ws) {
    return existing(params, name, Sids.WORKER, ws.workers, "Worker", ws);
  }

  /** A task channel by SID or unique name. */
  public static Optional<TaskChannel> taskChannel(Params params, String name, WorkspaceState ws) {
    return params.string(name).map(value -> ws.taskChannel(value).orElseThrow(() ->
        Params.invalid(name, "TaskChannel '" + value + "' does not exist in workspace " + ws.sid())));
  }

  private static <T extends Resource> Optional<T> existing(Params params, String name, String prefix,
      Table<T> table, String noun, WorkspaceState ws) {
    return params.sid(name, prefix).map(sid -> table.find(sid).orElseThrow(() ->
        Params.invalid(name, noun + " " + sid + " does not exist in workspace " + ws.sid())));
  }
}
