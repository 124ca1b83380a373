package io.taskrouter.local.routing;

import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionContext;
import java.time.Instant;
import java.util.Map;

/** Small builders for routing inputs; every instant is relative to {@link #T0}. */
final class Fixtures {
  /** A Monday, 09:00 UTC. */
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  static final String AVAILABLE = "WA" + "a".repeat(32);
  static final String OFFLINE = "WA" + "0".repeat(32);

  private Fixtures() {}

  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  static QueueSpec queue(String sid, String targetWorkers) {
    return new QueueSpec(sid, Expression.parse(targetWorkers, ExpressionContext.WORKER), TaskOrder.FIFO, 1);
  }

  static QueueSpec queue(String sid, String targetWorkers, TaskOrder order, int maxReserved) {
    return new QueueSpec(
        sid, Expression.parse(targetWorkers, ExpressionContext.WORKER), order, maxReserved);
  }

  /** An available worker, idle since {@code idleSince} seconds after T0, one unit of "default". */
  static WorkerSpec worker(String sid, long idleSince, Map<String, ?> attributes) {
    return new WorkerSpec(sid, "name-" + sid, attributes, AVAILABLE, "Available", true,
        Map.of("default", new WorkerSpec.Channel(1, true), "voice", new WorkerSpec.Channel(1, true)),
        at(idleSince));
  }

  static WorkerSpec worker(String sid, long idleSince) {
    return worker(sid, idleSince, Map.of());
  }

  static RoutingTask task(String sid, int priority, long createdAt, Map<String, ?> attributes) {
    return RoutingTask.of(sid, attributes, priority, at(createdAt));
  }

  static RoutingTask task(String sid, long createdAt) {
    return task(sid, 0, createdAt, Map.of());
  }

  static StepTarget target(String queue) {
    return StepTarget.queue(queue);
  }

  static RoutingPlan.Filter filter(String name, String expression, StepTarget... targets) {
    return new RoutingPlan.Filter(
        name, Expression.parse(expression, ExpressionContext.TASK), java.util.List.of(targets));
  }
}
