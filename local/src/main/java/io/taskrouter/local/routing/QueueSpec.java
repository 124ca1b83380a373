package io.taskrouter.local.routing;

import io.taskrouter.expression.Expression;
import org.jspecify.annotations.Nullable;

/**
 * What routing needs to know of a task queue.
 *
 * @param targetWorkers the {@code target_workers} expression (worker context); null when empty,
 *     which makes no worker a member
 * @param maxReservedWorkers how many workers one task is offered to at once, 1 to 50
 */
public record QueueSpec(
    String sid, @Nullable Expression targetWorkers, TaskOrder taskOrder, int maxReservedWorkers) {

  public QueueSpec {
    if (maxReservedWorkers < 1 || maxReservedWorkers > 50) {
      throw new IllegalArgumentException(
          "max_reserved_workers must be between 1 and 50, but was " + maxReservedWorkers);
    }
  }
}
