package io.taskrouter.local.engine;

import io.taskrouter.local.json.Json;
import io.taskrouter.local.match.AttributeMatcher;
import io.taskrouter.local.match.InvalidExpressionException;
import java.util.Map;

/**
 * Queue membership as the API's list filters ask it. Routing itself settles in {@link Store#settle}
 * (after every command and every timer, on the engine thread): each workspace whose routing core
 * ({@link WorkspaceRouting}) has decisions to make makes its offers.
 */
public final class Routing {
  private Routing() {}

  /** Whether the queue's target_workers expression holds for the worker (the API's list filters). */
  public static boolean isMember(AttributeMatcher matcher, TaskQueue queue, Map<String, ?> workerAttributes) {
    if (queue.targetWorkers.isBlank()) {
      return false; // an empty expression makes nobody eligible
    }
    try {
      return matcher.matches(queue.targetWorkers, workerAttributes);
    } catch (InvalidExpressionException e) {
      return false;
    }
  }

  public static boolean isMember(WorkspaceState ws, TaskQueue queue, Worker worker) {
    return isMember(ws.store().matcher(), queue, Json.parseObject(worker.attributes));
  }
}
