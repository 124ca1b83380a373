package io.taskrouter.local.match;

import io.taskrouter.expression.EvaluationContext;
import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionException;
import java.util.Map;

/**
 * The server's default matcher: the project's full TaskRouter expression language
 * ({@code taskrouter-expression}), the same parser the SDK checks expressions with. Parsed
 * expressions are cached, since the same queue and workflow expressions are evaluated again and
 * again.
 */
public final class ExpressionAttributeMatcher implements AttributeMatcher {
  /**
   * The cache is bounded by the total length of the expressions it holds, not only by their number:
   * a client sending ever-new large list filters must not grow the server without limit. A parse
   * tree costs a small multiple of its text, so one million characters keep the cache to tens of
   * megabytes at most, while holding every queue and workflow expression of any real workspace.
   */
  static final int MAX_CACHED_CHARACTERS = 1_000_000;

  private final ExpressionCache cache = new ExpressionCache(MAX_CACHED_CHARACTERS);

  @Override
  public boolean matches(String expression, Map<String, ?> attributes) {
    return parse(expression).evaluate(EvaluationContext.of(attributes));
  }

  /** How many characters of expression text the cache holds now (for tests of its bound). */
  int cachedCharacters() {
    return cache.weight();
  }

  private Expression parse(String expression) {
    Expression cached = cache.get(expression);
    if (cached != null) {
      return cached;
    }
    try {
      Expression fresh = Expression.parse(expression);
      cache.put(expression, fresh);
      return fresh;
    } catch (ExpressionException e) {
      throw new InvalidExpressionException(e.problem() + " at position " + e.position());
    }
  }
}
