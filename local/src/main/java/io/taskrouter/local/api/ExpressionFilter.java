package io.taskrouter.local.api;

import io.taskrouter.local.engine.Store;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.match.InvalidExpressionException;
import io.taskrouter.local.wire.ParamSpec;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list filter given as an expression over each record's attributes (EvaluateTaskAttributes,
 * TargetWorkersExpression). The decoder has parsed it already, so a malformed one is refused even
 * when the list is empty; one the matcher still cannot evaluate is a 400 naming the parameter.
 */
final class ExpressionFilter {
  private ExpressionFilter() {}

  /** Keeps every record when the parameter is absent. */
  static <T> Predicate<T> of(Store store, ParamSpec param, Optional<String> expression,
      Function<T, String> attributes) {
    if (expression.isEmpty()) {
      return record -> true;
    }
    return record -> {
      try {
        return store.matcher().matches(expression.get(), Json.parseObject(attributes.apply(record)));
      } catch (InvalidExpressionException e) {
        throw References.invalid(param, e.getMessage());
      }
    };
  }
}
