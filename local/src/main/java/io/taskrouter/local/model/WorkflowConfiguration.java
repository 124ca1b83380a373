package io.taskrouter.local.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A workflow's {@code task_routing}, parsed: the filters in order and the default filter.
 * Routing walks this structure; the raw JSON string stays on {@link Workflow#configuration}.
 */
public record WorkflowConfiguration(List<Filter> filters, Optional<Target> defaultFilter) {

  /** A filter: tasks whose attributes match {@code expression} are routed through {@code targets}. */
  public record Filter(@Nullable String friendlyName, String expression, List<Target> targets) {}

  /**
   * A routing step. {@code queueSid} is always filled: a later target without {@code queue}
   * inherits the queue of the step before it, as the service does.
   */
  public record Target(
      String queueSid,
      @Nullable Integer priority,
      @Nullable Integer timeout,
      @Nullable String expression,
      @Nullable String orderBy,
      @Nullable String skipIf,
      @Nullable String knownWorkerSid,
      @Nullable String knownWorkerFriendlyName) {}

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
