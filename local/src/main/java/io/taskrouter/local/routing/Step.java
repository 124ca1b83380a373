package io.taskrouter.local.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The routing step a task waits in.
 *
 * @param filterIndex index in {@link RoutingPlan#filters()}, or {@link #DEFAULT_FILTER}
 * @param filterName the filter's {@code filter_friendly_name}, if any
 * @param targetIndex index in the filter's targets (0 for the default filter)
 * @param queueSid the step's queue, inherited when the target names none
 * @param priority the task's effective priority in this step
 * @param timesOutAt when the step times out (task creation + the cumulative timeouts of the
 *     filter's steps up to this one); null for a terminal step
 */
public record Step(
    int filterIndex,
    @Nullable String filterName,
    int targetIndex,
    StepTarget target,
    String queueSid,
    int priority,
    @Nullable Instant timesOutAt)
    implements Placement {

  /** The {@link #filterIndex()} of the default filter. */
  public static final int DEFAULT_FILTER = -1;

  /** Whether this is the workflow's default filter. */
  public boolean isDefaultFilter() {
    return filterIndex == DEFAULT_FILTER;
  }

  /** Whether two steps are the same place in the workflow: filter, target and queue. */
  public boolean samePlaceAs(@Nullable Step other) {
    return other != null
        && other.filterIndex == filterIndex
        && other.targetIndex == targetIndex
        && other.queueSid.equals(queueSid);
  }
}
