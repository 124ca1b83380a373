package io.taskrouter.local.routing;

/**
 * What happened to a task in its workflow, in order, for the engine to record as events (its
 * resource, actor and {@code event_data} are the engine's to fill in). {@link #type()} is the
 * event type the service writes.
 */
public sealed interface RoutingEvent {

  /** The event type, such as {@code workflow.entered}. */
  String type();

  /** The task entered its workflow (first routing only, not re-evaluation). */
  record WorkflowEntered() implements RoutingEvent {
    @Override
    public String type() {
      return "workflow.entered";
    }
  }

  /** The task landed in a step (a filter's target, or the default filter). */
  record TargetMatched(Step step) implements RoutingEvent {
    @Override
    public String type() {
      return "workflow.target-matched";
    }
  }

  /** The task entered a queue it was not in. */
  record QueueEntered(String queueSid) implements RoutingEvent {
    @Override
    public String type() {
      return "task-queue.entered";
    }
  }

  /** The task went from one queue to another (escalation or re-evaluation). */
  record QueueMoved(String fromQueueSid, String toQueueSid) implements RoutingEvent {
    @Override
    public String type() {
      return "task-queue.moved";
    }
  }

  /** The task's step in this queue timed out. */
  record QueueTimedOut(String queueSid) implements RoutingEvent {
    @Override
    public String type() {
      return "task-queue.timeout";
    }
  }

  /** The task timed out of the workflow's last reachable step; it is to be canceled. */
  record WorkflowTimedOut() implements RoutingEvent {
    @Override
    public String type() {
      return "workflow.timeout";
    }
  }

  /** The task skipped out of the workflow's last reachable step; it is to be canceled. */
  record WorkflowSkipped() implements RoutingEvent {
    @Override
    public String type() {
      return "workflow.skipped";
    }
  }
}
