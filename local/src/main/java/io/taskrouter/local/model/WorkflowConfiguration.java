package io.taskrouter.local.model;

import io.taskrouter.workflow.RoutingFilter;
import io.taskrouter.workflow.RoutingTarget;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A workflow's {@code task_routing} as routing walks it: the shared model
 * ({@link io.taskrouter.workflow.WorkflowConfiguration}, which checked it) with each step's queue
 * resolved. The raw JSON string stays on {@link Workflow#configuration}.
 */
public record WorkflowConfiguration(List<Filter> filters, Optional<Target> defaultFilter) {

  /** A filter: tasks whose attributes match its expression are routed through {@code targets}. */
  public record Filter(RoutingFilter definition, List<Target> targets) {
    public @Nullable String friendlyName() {
      return definition.friendlyName();
    }

    public String expression() {
      return definition.expression();
    }
  }

  /**
   * A routing step. {@code queueSid} is always filled: a later target without {@code queue}
   * inherits the queue of the step before it, as the service does.
   */
  public record Target(String queueSid, RoutingTarget step) {
    public @Nullable Integer priority() {
      return step.priority();
    }

    public @Nullable Integer timeout() {
      return step.timeout();
    }

    public @Nullable String expression() {
      return step.expression();
    }

    public @Nullable String orderBy() {
      return step.orderBy();
    }

    public @Nullable String skipIf() {
      return step.skipIf();
    }

    public @Nullable String knownWorkerSid() {
      return step.knownWorkerSid();
    }

    public @Nullable String knownWorkerFriendlyName() {
      return step.knownWorkerFriendlyName();
    }
  }

  /** Every queue this configuration can send a task to: a queue in this set must not be deleted. */
  public Set<String> referencedQueues() {
    Set<String> sids = new TreeSet<>();
    for (Filter filter : filters) {
      for (Target target : filter.targets()) {
        sids.add(target.queueSid());
      }
    }
    defaultFilter.ifPresent(target -> sids.add(target.queueSid()));
    return sids;
  }
}
