package io.taskrouter.local.match;

import java.util.Map;

/**
 * Decides whether a TaskRouter expression holds for a set of attributes. Every expression the
 * server evaluates goes through this interface (list filters today, queue membership and workflow
 * filters in routing). The default is the project's full evaluator
 * ({@link ExpressionAttributeMatcher}); {@link SimpleAttributeMatcher} understands single comparisons only.
 */
@FunctionalInterface
public interface AttributeMatcher {

  /**
   * @param expression a TaskRouter expression, e.g. {@code skills HAS 'support'}
   * @param attributes the attributes the expression's keys are looked up in (parsed JSON)
   * @throws InvalidExpressionException if the expression cannot be evaluated by this matcher
   */
  boolean matches(String expression, Map<String, ?> attributes);
}
