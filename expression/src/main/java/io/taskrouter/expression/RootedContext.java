package io.taskrouter.expression;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a key through the root it names ({@code task}, {@code worker}, {@code taskrouter}, ...)
 * when one is bound, otherwise through the unprefixed attributes.
 */
final class RootedContext implements EvaluationContext {

  private final Map<String, @Nullable Object> roots;
  private final Map<String, ?> attributes;

  RootedContext(Map<String, @Nullable Object> roots, Map<String, ?> attributes) {
    this.roots = roots;
    this.attributes = attributes;
  }

  @Override
  public @Nullable Object resolve(KeyPath key) {
    String root = key.root();
    if (roots.containsKey(root)) {
      return key.resolveIn(roots.get(root), 1);
    }
    return key.resolveIn(attributes, 0);
  }
}
