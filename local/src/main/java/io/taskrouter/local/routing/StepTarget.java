package io.taskrouter.local.routing;

import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionContext;
import org.jspecify.annotations.Nullable;

/**
 * One routing step of a filter (a workflow target), parsed. {@code queueSid} is null only for a
 * later target that inherits the queue of the filter's first target; {@link RoutingPlan.Filter}
 * fills it in.
 *
 * @param priority overrides the task's priority while it is in this step; null keeps it
 * @param timeoutSeconds how long this step lasts, counted cumulatively against the task's age;
 *     null makes the step terminal
 * @param expression over {@code task.} and {@code worker.} keys (target context)
 * @param skipIf over the queue's {@code workers.*} counters
 */
public record StepTarget(
    @Nullable String queueSid,
    @Nullable Integer priority,
    @Nullable Integer timeoutSeconds,
    @Nullable Expression expression,
    @Nullable OrderBy orderBy,
    @Nullable Expression skipIf,
    @Nullable KnownWorker knownWorker) {

  public StepTarget {
    if (timeoutSeconds != null && timeoutSeconds <= 0) {
      throw new IllegalArgumentException(
          "target timeout must be a positive number of seconds, but was " + timeoutSeconds);
    }
    if (priority != null && priority < 0) {
      throw new IllegalArgumentException("target priority must be 0 or more, but was " + priority);
    }
  }

  /** A target that only names its queue: no override, no timeout, every member eligible. */
  public static StepTarget queue(String queueSid) {
    return new StepTarget(queueSid, null, null, null, null, null, null);
  }

  /**
   * Parses a target from the texts of a workflow configuration; nulls for absent keys.
   *
   * @throws io.taskrouter.expression.ExpressionException for an expression or skip_if that does
   *     not parse or uses keys its context does not allow
   * @throws IllegalArgumentException for a bad order_by, known worker, timeout or priority, or
   *     both known_worker keys at once
   */
  public static StepTarget parse(
      @Nullable String queueSid,
      @Nullable Integer priority,
      @Nullable Integer timeoutSeconds,
      @Nullable String expression,
      @Nullable String orderBy,
      @Nullable String skipIf,
      @Nullable String knownWorkerSid,
      @Nullable String knownWorkerFriendlyName) {
    if (knownWorkerSid != null && knownWorkerFriendlyName != null) {
      throw new IllegalArgumentException(
          "a target takes known_worker_sid or known_worker_friendly_name, not both");
    }
    KnownWorker known =
        knownWorkerSid != null
            ? KnownWorker.parse(KnownWorker.By.SID, knownWorkerSid)
            : knownWorkerFriendlyName != null
                ? KnownWorker.parse(KnownWorker.By.FRIENDLY_NAME, knownWorkerFriendlyName)
                : null;
    return new StepTarget(
        queueSid,
        priority,
        timeoutSeconds,
        expression == null ? null : Expression.parse(expression, ExpressionContext.TARGET),
        orderBy == null ? null : OrderBy.parse(orderBy),
        skipIf == null ? null : Expression.parse(skipIf, ExpressionContext.SKIP_IF),
        known);
  }

  StepTarget inQueue(String queue) {
    return new StepTarget(queue, priority, timeoutSeconds, expression, orderBy, skipIf, knownWorker);
  }
}
