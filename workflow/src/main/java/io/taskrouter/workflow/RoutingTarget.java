package io.taskrouter.workflow;

import io.taskrouter.expression.ExpressionContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One routing step of a filter (or the default filter): the queue a task waits in, and what
 * applies while it waits there. Immutable; build with {@link #toQueue(String)} or
 * {@link #inheritQueue()} and the {@code with...} methods.
 *
 * <pre>{@code
 * RoutingTarget.toQueue(goldQueue).withPriority(10).withTimeout(30)
 *     .withExpression("task.language IN worker.languages")
 *     .withOrderBy("worker.level DESC");
 * }</pre>
 */
public final class RoutingTarget {
  private static final java.util.Set<String> KNOWN_KEYS = new java.util.HashSet<>(java.util.Arrays.asList(
      "queue", "task_queue_sid", "priority", "timeout", "expression", "order_by", "skip_if", "known_worker_sid",
      "known_worker_friendly_name"));

  final @Nullable String queue;
  final @Nullable Integer priority;
  final @Nullable Integer timeout;
  final @Nullable String expression;
  final @Nullable String orderBy;
  final @Nullable String skipIf;
  final @Nullable String knownWorkerSid;
  final @Nullable String knownWorkerFriendlyName;
  final Map<String, Object> extra;

  RoutingTarget(@Nullable String queue, @Nullable Integer priority, @Nullable Integer timeout,
      @Nullable String expression, @Nullable String orderBy, @Nullable String skipIf,
      @Nullable String knownWorkerSid, @Nullable String knownWorkerFriendlyName, Map<String, Object> extra) {
    this.queue = queue;
    this.priority = priority;
    this.timeout = timeout;
    this.expression = expression;
    this.orderBy = orderBy;
    this.skipIf = skipIf;
    this.knownWorkerSid = knownWorkerSid;
    this.knownWorkerFriendlyName = knownWorkerFriendlyName;
    this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /**
   * @param taskQueueSid the queue ({@code WQ...})
   * @return a step routing to that queue
   */
  public static RoutingTarget toQueue(String taskQueueSid) {
    Rules.queue("queue", taskQueueSid);
    return new RoutingTarget(taskQueueSid, null, null, null, null, null, null, null, Collections.emptyMap());
  }

  /** @return a later step of a filter, which keeps the queue of the step before it */
  public static RoutingTarget inheritQueue() {
    return new RoutingTarget(null, null, null, null, null, null, null, null, Collections.emptyMap());
  }

  /**
   * @param priority the task's priority while at this step (overrides the task's own)
   * @return a copy with the priority
   */
  public RoutingTarget withPriority(int priority) {
    Rules.priority("priority", priority);
    return new RoutingTarget(queue, priority, timeout, expression, orderBy, skipIf, knownWorkerSid,
        knownWorkerFriendlyName, extra);
  }

  /**
   * @param seconds how long the task stays at this step before the next one (counted from task creation)
   * @return a copy with the timeout
   */
  public RoutingTarget withTimeout(int seconds) {
    Rules.timeout("timeout", seconds);
    return new RoutingTarget(queue, priority, seconds, expression, orderBy, skipIf, knownWorkerSid,
        knownWorkerFriendlyName, extra);
  }

  /**
   * @param targetExpression which workers of the queue may take the task; keys start with
   *     {@code task.} or {@code worker.}
   * @return a copy with the expression
   * @throws io.taskrouter.expression.ExpressionException when the expression is invalid
   */
  public RoutingTarget withExpression(String targetExpression) {
    Rules.expression(targetExpression, ExpressionContext.TARGET);
    return new RoutingTarget(queue, priority, timeout, targetExpression, orderBy, skipIf, knownWorkerSid,
        knownWorkerFriendlyName, extra);
  }

  /**
   * @param orderBy how eligible workers are ordered, e.g. {@code worker.level DESC, worker.tenure ASC}
   * @return a copy with the ordering
   */
  public RoutingTarget withOrderBy(String orderBy) {
    Rules.orderBy("order_by", orderBy);
    return new RoutingTarget(queue, priority, timeout, expression, orderBy, skipIf, knownWorkerSid,
        knownWorkerFriendlyName, extra);
  }

  /**
   * @param skipIf when to skip this step at once, over the queue's counters
   *     ({@code workers.available == 0})
   * @return a copy with the condition
   */
  public RoutingTarget withSkipIf(String skipIf) {
    Rules.expression(skipIf, ExpressionContext.SKIP_IF);
    return new RoutingTarget(queue, priority, timeout, expression, orderBy, skipIf, knownWorkerSid,
        knownWorkerFriendlyName, extra);
  }

  /**
   * @param taskAttribute the task attribute naming the worker SID to route to, e.g. {@code task.agent_sid}
   * @return a copy routing to that known worker
   */
  public RoutingTarget withKnownWorkerSid(String taskAttribute) {
    return new RoutingTarget(queue, priority, timeout, expression, orderBy, skipIf,
        Rules.knownWorker("known_worker_sid", taskAttribute), null, extra);
  }

  /**
   * @param taskAttribute the task attribute naming the worker's friendly name, e.g. {@code task.agent_name}
   * @return a copy routing to that known worker
   */
  public RoutingTarget withKnownWorkerFriendlyName(String taskAttribute) {
    return new RoutingTarget(queue, priority, timeout, expression, orderBy, skipIf, null,
        Rules.knownWorker("known_worker_friendly_name", taskAttribute), extra);
  }

  /**
   * @param name a key of the target object this version does not know
   * @param value its JSON value (String, Number, Boolean, Map, List or null)
   * @return a copy carrying it
   */
  public RoutingTarget withExtra(String name, @Nullable Object value) {
    if (KNOWN_KEYS.contains(name)) {
      throw new IllegalArgumentException(name + " has a method of its own; withExtra is for keys this version does not know");
    }
    Map<String, Object> more = new LinkedHashMap<>(extra);
    more.put(Rules.notBlank("name", name), value);
    return new RoutingTarget(queue, priority, timeout, expression, orderBy, skipIf, knownWorkerSid,
        knownWorkerFriendlyName, more);
  }

  /** @return the queue SID, or null when this step inherits the previous step's queue */
  public @Nullable String queue() {
    return queue;
  }

  /** @return the priority set by this step, or null */
  public @Nullable Integer priority() {
    return priority;
  }

  /** @return the step's timeout in seconds, or null for a final step */
  public @Nullable Integer timeout() {
    return timeout;
  }

  /** @return the target expression, or null */
  public @Nullable String expression() {
    return expression;
  }

  /** @return the worker ordering, or null */
  public @Nullable String orderBy() {
    return orderBy;
  }

  /** @return the skip condition, or null */
  public @Nullable String skipIf() {
    return skipIf;
  }

  /** @return the task attribute holding the known worker's SID, or null */
  public @Nullable String knownWorkerSid() {
    return knownWorkerSid;
  }

  /** @return the task attribute holding the known worker's friendly name, or null */
  public @Nullable String knownWorkerFriendlyName() {
    return knownWorkerFriendlyName;
  }

  /** @return keys of the target object that this version does not model, kept for round trips */
  public Map<String, Object> extra() {
    return extra;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RoutingTarget)) {
      return false;
    }
    RoutingTarget that = (RoutingTarget) other;
    return Objects.equals(queue, that.queue) && Objects.equals(priority, that.priority)
        && Objects.equals(timeout, that.timeout) && Objects.equals(expression, that.expression)
        && Objects.equals(orderBy, that.orderBy) && Objects.equals(skipIf, that.skipIf)
        && Objects.equals(knownWorkerSid, that.knownWorkerSid)
        && Objects.equals(knownWorkerFriendlyName, that.knownWorkerFriendlyName) && extra.equals(that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queue, priority, timeout, expression, orderBy, skipIf, knownWorkerSid,
        knownWorkerFriendlyName, extra);
  }

  @Override
  public String toString() {
    return "RoutingTarget" + ConfigurationJson.targetToMap(this);
  }
}
