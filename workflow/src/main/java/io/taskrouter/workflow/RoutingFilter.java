package io.taskrouter.workflow;

import io.taskrouter.expression.ExpressionContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One filter of a workflow: the tasks it matches (an expression over task attributes) and the
 * routing steps they go through, in order. Immutable.
 *
 * <pre>{@code
 * RoutingFilter.named("Gold Tickets")
 *     .matching("customer_value == 'Gold' AND type == 'ticket'")
 *     .routeTo(RoutingTarget.toQueue(goldQueue).withPriority(2).withTimeout(60))
 *     .routeTo(RoutingTarget.toQueue(anyQueue));
 * }</pre>
 */
public final class RoutingFilter {
  final @Nullable String friendlyName;
  final String expression;
  final List<RoutingTarget> targets;
  final Map<String, Object> extra;

  RoutingFilter(@Nullable String friendlyName, String expression, List<RoutingTarget> targets,
      Map<String, Object> extra) {
    this.friendlyName = friendlyName;
    this.expression = expression;
    this.targets = Collections.unmodifiableList(new ArrayList<>(targets));
    this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /**
   * @param friendlyName the filter's label ({@code filter_friendly_name})
   * @return a filter matching every task ({@code 1==1}) with no step yet
   */
  public static RoutingFilter named(@Nullable String friendlyName) {
    return new RoutingFilter(friendlyName, "1==1", Collections.emptyList(), Collections.emptyMap());
  }

  /**
   * @param taskExpression which tasks this filter takes, over task attributes
   * @return a copy with the expression
   * @throws io.taskrouter.expression.ExpressionException when the expression is invalid
   */
  public RoutingFilter matching(String taskExpression) {
    Rules.expression(taskExpression, ExpressionContext.TASK);
    return new RoutingFilter(friendlyName, taskExpression, targets, extra);
  }

  /**
   * @param target the next routing step; the first one must name a queue
   * @return a copy with the step appended
   */
  public RoutingFilter routeTo(RoutingTarget target) {
    Objects.requireNonNull(target, "target");
    if (targets.isEmpty()) {
      Rules.firstTargetNamesQueue("the first target of filter '" + friendlyName + "'", target);
    }
    List<RoutingTarget> more = new ArrayList<>(targets);
    more.add(target);
    return new RoutingFilter(friendlyName, expression, more, extra);
  }

  /**
   * @param name a key of the filter object this version does not know
   * @param value its JSON value
   * @return a copy carrying it
   */
  public RoutingFilter withExtra(String name, @Nullable Object value) {
    if (name.equals("filter_friendly_name") || name.equals("friendly_name") || name.equals("expression")
        || name.equals("targets")) {
      throw new IllegalArgumentException(name + " has a method of its own; withExtra is for keys this version does not know");
    }
    Map<String, Object> more = new LinkedHashMap<>(extra);
    more.put(Rules.notBlank("name", name), value);
    return new RoutingFilter(friendlyName, expression, targets, more);
  }

  /** @return the filter's label, or null */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /** @return the expression over task attributes */
  public String expression() {
    return expression;
  }

  /** @return the routing steps, in order */
  public List<RoutingTarget> targets() {
    return targets;
  }

  /** @return keys of the filter object this version does not model, kept for round trips */
  public Map<String, Object> extra() {
    return extra;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RoutingFilter)) {
      return false;
    }
    RoutingFilter that = (RoutingFilter) other;
    return Objects.equals(friendlyName, that.friendlyName) && expression.equals(that.expression)
        && targets.equals(that.targets) && extra.equals(that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(friendlyName, expression, targets, extra);
  }

  @Override
  public String toString() {
    return "RoutingFilter" + ConfigurationJson.filterToMap(this);
  }
}
