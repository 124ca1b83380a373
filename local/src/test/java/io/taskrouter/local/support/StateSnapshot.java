package io.taskrouter.local.support;

import java.util.List;
import java.util.Map;

/**
 * Everything the API shows about the server's state, read through the API: used to prove that a
 * refused request changed nothing.
 */
public final class StateSnapshot {
  private StateSnapshot() {}

  public static String take(ApiClient api, Workspace ws) {
    StringBuilder state = new StringBuilder();
    state.append(api.get("/v1/Workspaces", "PageSize", "1000").body()).append('\n');
    for (String collection : List.of("Activities", "TaskChannels", "TaskQueues", "Workflows", "Workers", "Tasks")) {
      state.append(api.get(ws.path(collection), "PageSize", "1000").body()).append('\n');
    }
    Reply workers = api.get(ws.path("Workers"), "PageSize", "1000");
    for (Map<String, Object> worker : workers.list("workers")) {
      state.append(api.get(ws.path("Workers/" + worker.get("sid") + "/Channels")).body()).append('\n');
    }
    Reply tasks = api.get(ws.path("Tasks"), "PageSize", "1000");
    for (Map<String, Object> task : tasks.list("tasks")) {
      state.append(api.get(ws.path("Tasks/" + task.get("sid"))).header("ETag")).append('\n');
    }
    state.append(api.get(ws.path("Events"), "Minutes", "43200", "PageSize", "1000").body()).append('\n');
    return state.toString();
  }
}
