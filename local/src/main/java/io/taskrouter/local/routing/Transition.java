package io.taskrouter.local.routing;

import java.util.List;

/** The result of a workflow decision: where the task is now, and what happened on the way. */
public record Transition(Placement placement, List<RoutingEvent> events) {
  public Transition {
    events = List.copyOf(events);
  }
}
