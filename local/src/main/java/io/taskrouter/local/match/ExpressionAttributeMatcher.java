package io.taskrouter.local.match;

import io.taskrouter.expression.EvaluationContext;
import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's default matcher: the project's full TaskRouter expression language
 * ({@code taskrouter-expression}), the same parser the SDK checks expressions with. Parsed
 * expressions are cached, since the same queue and workflow expressions are evaluated again and
 * again.
 */
public final class ExpressionAttributeMatcher implements AttributeMatcher {
  /** Bounded so that a client sending ever-new filters cannot grow the server without limit. */
  private static final int MAX_CACHED = 10_000;

  private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

  @Override
  public boolean matches(String expression, Map<String, ?> attributes) {
    return parse(expression).evaluate(EvaluationContext.of(attributes));
  }

  private Expression parse(String expression) {
    Expression cached = parsed.get(expression);
    if (cached != null) {
      return cached;
    }
    try {
      Expression fresh = Expression.parse(expression);
      if (parsed.size() < MAX_CACHED) {
        parsed.put(expression, fresh);
      }
      return fresh;
    } catch (ExpressionException e) {
      throw new InvalidExpressionException(e.problem() + " at position " + e.position());
    }
  }
}
