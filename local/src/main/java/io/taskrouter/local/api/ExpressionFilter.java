package io.taskrouter.local.api;

import io.taskrouter.local.json.Json;
import io.taskrouter.local.match.InvalidExpressionException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list filter given as an expression over each record's attributes (EvaluateTaskAttributes,
 * TargetWorkersExpression). An expression the matcher cannot evaluate is the caller's mistake: a
 * 400 naming the parameter.
 */
final class ExpressionFilter {
  private ExpressionFilter() {}

  /** Keeps every record when the parameter is absent. */
  static <T> Predicate<T> of(Call call, String param, Function<T, String> attributes) {
    Optional<String> expression = call.query().string(param);
    if (expression.isEmpty()) {
      return record -> true;
    }
    return record -> {
      try {
        return call.store().matcher().matches(expression.get(), Json.parseObject(attributes.apply(record)));
      } catch (InvalidExpressionException e) {
        throw Params.invalid(param, e.getMessage());
      }
    };
  }
}
