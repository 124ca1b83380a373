package io.taskrouter.expression;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed TaskRouter expression such as {@code skills HAS 'support' AND level >= 3}.
 *
 * <pre>{@code
 * Expression queue = Expression.parse("languages HAS 'en'", ExpressionContext.WORKER);
 * boolean eligible = queue.evaluate(EvaluationContext.of(workerAttributes));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. {@link #equals(Object)} compares structure (the
 * parsed tree), not text: {@code a = 1} equals {@code (a == 1)}. {@link #toString()} prints the
 * canonical text, which parses back to an equal expression.
 */
public final class Expression {

  private final String source;
  private final Node root;

  private Expression(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /**
   * Parses an expression, checking syntax only.
   *
   * @param text the expression
   * @return the parsed expression
   * @throws ExpressionException for any text that is not a valid expression, including null and
   *     blank text; no other exception is thrown
   */
  public static Expression parse(@Nullable String text) {
    if (text == null) {
      throw new ExpressionException("", 0, "an expression", "null");
    }
    return new Expression(text, Parser.parse(text));
  }

  /**
   * Parses an expression and checks that every key suits {@code context}.
   *
   * @throws ExpressionException for invalid syntax, or for a key the context does not allow (the
   *     exception names the key and its position)
   */
  public static Expression parse(@Nullable String text, ExpressionContext context) {
    return parse(text).validate(context);
  }

  /**
   * Checks that every key suits {@code context}.
   *
   * @return this expression
   * @throws ExpressionException naming the first key that {@code context} does not allow
   */
  public Expression validate(ExpressionContext context) {
    context.check(source, root);
    return this;
  }

  /**
   * Whether the expression matches the data. Never throws, whatever the data (as long as the
   * context itself does not): keys that are missing resolve to null, and comparisons whose types
   * do not suit the operator are false.
   */
  public boolean evaluate(EvaluationContext context) {
    return root.accept(new Evaluator(context));
  }

  /** The canonical text of every distinct key used, in order of first appearance. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (KeyOperand key : KeyCollector.keys(root)) {
      keys.add(key.path().toString());
    }
    return Collections.unmodifiableSet(keys);
  }

  /** The root of the parsed tree. */
  public Node root() {
    return root;
  }

  /** The text this expression was parsed from, as given. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Expression && root.equals(((Expression) other).root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  /** The canonical text: keywords upper-case, aliases replaced, minimal parentheses. */
  @Override
  public String toString() {
    return root.toString();
  }
}
