package io.taskrouter.expression;

import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The data an expression is evaluated against: resolves a key to a JSON-like Java value ({@code
 * Map<String, ?>}, {@code List<?>}, {@code String}, {@code Number}, {@code Boolean} or null).
 *
 * <p>Use {@link #of(Map)} for unprefixed keys (queue {@code target_workers}: worker attributes;
 * workflow filters: task attributes; {@code skip_if}: a map such as {@code {"workers":
 * {"available": 2}}}), and {@link #builder()} to bind {@code task}, {@code worker} and the
 * {@code taskrouter} time variables for target expressions.
 */
public interface EvaluationContext {

  /**
   * The value of {@code key}, or null when it is missing. Implementations should not throw:
   * {@link Expression#evaluate(EvaluationContext)} passes on whatever this throws.
   */
  @Nullable Object resolve(KeyPath key);

  /** A context whose keys are looked up in {@code attributes} (read, not copied). */
  static EvaluationContext of(Map<String, ?> attributes) {
    return new RootedContext(Collections.<String, @Nullable Object>emptyMap(), attributes);
  }

  /** A builder for contexts with {@code task}, {@code worker} and {@code taskrouter} roots. */
  static EvaluationContextBuilder builder() {
    return new EvaluationContextBuilder();
  }
}
