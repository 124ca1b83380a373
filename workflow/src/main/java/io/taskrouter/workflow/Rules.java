package io.taskrouter.workflow;

import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every rule a workflow configuration obeys, in one place: the typed builders call these with a
 * key's name ({@code timeout}), the JSON reader with the key's JSON path, so that both refuse the
 * same things with the same words.
 */
final class Rules {
  /** Task priorities run from 0 to the largest 32-bit integer (the reference's bound). */
  static final long MAX_PRIORITY = Integer.MAX_VALUE;
  /** A step's timeout is a positive number of seconds. */
  static final long MIN_TIMEOUT = 1;

  private static final Pattern QUEUE_SID = Pattern.compile("WQ[0-9a-fA-F]{32}");
  private static final String ORDER_CLAUSE = "\\s*worker\\.[A-Za-z_$][A-Za-z0-9_$.]*\\s+(?i:ASC|DESC)\\s*";
  /** {@code worker.<attribute> ASC|DESC}, comma-separated. */
  private static final Pattern ORDER_BY = Pattern.compile(ORDER_CLAUSE + "(," + ORDER_CLAUSE + ")*");
  /** A task attribute path: {@code task.agent_sid}, {@code task.routing.agents[0]}. */
  private static final Pattern TASK_ATTRIBUTE = Pattern.compile("task(\\.[A-Za-z_$][A-Za-z0-9_$]*(\\[\\d+\\])*)+");

  private Rules() {}

  static <T> T required(String name, @Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  static String notBlank(String name, @Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static String queue(String name, @Nullable String sid) {
    if (!QUEUE_SID.matcher(required(name, sid)).matches()) {
      throw new IllegalArgumentException(name + " must be a WQ SID (WQ followed by 32 hex digits), got '" + sid + "'");
    }
    return sid;
  }

  static int priority(String name, long value) {
    return (int) range(name, value, 0, MAX_PRIORITY);
  }

  static int timeout(String name, long value) {
    return (int) range(name, value, MIN_TIMEOUT, Integer.MAX_VALUE);
  }

  private static long range(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /**
   * @throws io.taskrouter.expression.ExpressionException with the position of the problem
   */
  static String expression(String text, ExpressionContext context) {
    Expression.parse(text, context);
    return text;
  }

  static String orderBy(String name, @Nullable String orderBy) {
    if (!ORDER_BY.matcher(required(name, orderBy)).matches()) {
      throw new IllegalArgumentException(name + " must be a comma-separated list of 'worker.<attribute> ASC|DESC',"
          + " got '" + orderBy + "'");
    }
    return orderBy;
  }

  static String knownWorker(String name, @Nullable String taskAttribute) {
    if (!TASK_ATTRIBUTE.matcher(required(name, taskAttribute)).matches()) {
      throw new IllegalArgumentException(name + " must name one task attribute, like task.agent_sid, got '"
          + taskAttribute + "'");
    }
    return taskAttribute;
  }

  static void firstTargetNamesQueue(String name, RoutingTarget first) {
    if (first.queue == null) {
      throw new IllegalArgumentException(name + " must name a queue: the first target of a filter has no queue to inherit");
    }
  }

  static void defaultFilter(String name, RoutingTarget target) {
    if (target.queue == null) {
      throw new IllegalArgumentException(name + " must name a queue");
    }
    if (target.timeout != null) {
      throw new IllegalArgumentException(name + " cannot have a timeout: tasks wait there until accepted");
    }
  }

  static void hasTargets(String name, RoutingFilter filter) {
    if (filter.targets.isEmpty()) {
      throw new IllegalArgumentException(name + ": a filter needs a non-empty targets array (add one with routeTo)");
    }
  }

  static void routesSomething(String name, int filters, @Nullable RoutingTarget defaultFilter) {
    if (filters == 0 && defaultFilter == null) {
      throw new IllegalArgumentException(name + ": a workflow configuration needs at least one filter or a default_filter");
    }
  }
}
