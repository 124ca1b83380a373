package io.taskrouter.local.routing;

import io.taskrouter.expression.Expression;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workflow's {@code task_routing}, parsed: filters in order and the default target.
 *
 * @param defaultTarget the {@code default_filter}; null when the workflow has none. Its timeout,
 *     if any, is not used: the default filter is where a task waits until it is taken or expires.
 */
public record RoutingPlan(List<Filter> filters, @Nullable StepTarget defaultTarget) {

  public RoutingPlan {
    filters = List.copyOf(filters);
    if (defaultTarget != null && defaultTarget.queueSid() == null) {
      throw new IllegalArgumentException("the default filter must name a queue");
    }
  }

  /**
   * A filter: tasks whose attributes match {@code expression} (task context) go through {@code
   * targets}. A target without a queue inherits the queue of the target before it.
   */
  public record Filter(@Nullable String name, Expression expression, List<StepTarget> targets) {
    public Filter {
      if (targets.isEmpty()) {
        throw new IllegalArgumentException(
            "filter " + (name == null ? expression.source() : name) + " needs at least one target");
      }
      List<StepTarget> resolved = new ArrayList<>();
      String queue = null;
      for (StepTarget target : targets) {
        queue = target.queueSid() != null ? target.queueSid() : queue;
        if (queue == null) {
          throw new IllegalArgumentException(
              "the first target of filter "
                  + (name == null ? expression.source() : name)
                  + " must name a queue");
        }
        resolved.add(target.queueSid() != null ? target : target.inQueue(queue));
      }
      targets = List.copyOf(resolved);
    }
  }
}
