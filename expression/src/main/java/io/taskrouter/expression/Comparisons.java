package io.taskrouter.expression;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What each {@link Operator} means for two values. A comparison whose operand types do not suit
 * the operator (a scalar operator on an array, an array operator on two scalars, mixed types) is
 * false, and so is its negated form.
 */
final class Comparisons {

  private Comparisons() {}

  static boolean apply(Operator operator, @Nullable Object left, @Nullable Object right) {
    switch (operator) {
      case EQUALS:
        return is(Values.equal(left, right), true);
      case NOT_EQUALS:
        return is(Values.equal(left, right), false);
      case GREATER:
      case GREATER_OR_EQUAL:
      case LESS:
      case LESS_OR_EQUAL:
        return ordered(operator, Values.order(left, right));
      case CONTAINS:
        return is(contains(left, right), true);
      case NOT_CONTAINS:
        return is(contains(left, right), false);
      case HAS:
        return is(member(left, right), true);
      case NOT_HAS:
        return is(member(left, right), false);
      case IN:
        return is(member(right, left), true);
      case NOT_IN:
        return is(member(right, left), false);
      default:
        return false;
    }
  }

  private static boolean is(@Nullable Boolean result, boolean expected) {
    return result != null && result == expected;
  }

  private static boolean ordered(Operator operator, @Nullable Integer order) {
    if (order == null) {
      return false;
    }
    switch (operator) {
      case GREATER:
        return order > 0;
      case GREATER_OR_EQUAL:
        return order >= 0;
      case LESS:
        return order < 0;
      default:
        return order <= 0;
    }
  }

  /** Substring test on two strings; null when either is not a string. */
  private static @Nullable Boolean contains(@Nullable Object left, @Nullable Object right) {
    if (left instanceof String && right instanceof String) {
      return ((String) left).contains((String) right);
    }
    return null;
  }

  /** Whether the array has the element; null when it is no array or the element is no scalar. */
  private static @Nullable Boolean member(@Nullable Object array, @Nullable Object element) {
    Values.Kind kind = Values.kind(element);
    if (!(array instanceof List) || !(kind == Values.Kind.NULL || Values.isScalar(kind))) {
      return null;
    }
    for (Object candidate : (List<?>) array) {
      if (is(Values.equal(candidate, element), true)) {
        return true;
      }
    }
    return false;
  }
}
