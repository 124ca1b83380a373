package io.taskrouter.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Classifies JSON-like Java values and compares scalars; the type rules live here. */
final class Values {

  /** JSON types, plus {@code OTHER} for anything that is not JSON-like (or a NaN/infinity). */
  enum Kind {
    NULL,
    STRING,
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT,
    OTHER
  }

  private Values() {}

  static Kind kind(@Nullable Object value) {
    if (value == null) {
      return Kind.NULL;
    }
    if (value instanceof String) {
      return Kind.STRING;
    }
    if (value instanceof Boolean) {
      return Kind.BOOLEAN;
    }
    if (value instanceof Number) {
      return number(value) != null ? Kind.NUMBER : Kind.OTHER;
    }
    if (value instanceof List) {
      return Kind.ARRAY;
    }
    return value instanceof Map ? Kind.OBJECT : Kind.OTHER;
  }

  static boolean isScalar(Kind kind) {
    return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
  }

  /** The exact decimal value of a number, or null for NaN, infinities and non-numbers. */
  static @Nullable BigDecimal number(@Nullable Object value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof AtomicInteger
        || value instanceof AtomicLong) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
    }
    if (value instanceof Number) {
      try {
        return new BigDecimal(value.toString()); // e.g. a lazily parsed JSON number
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Equality under the type rules: {@code TRUE}/{@code FALSE} for two scalars of the same type or
   * when either side is null (null equals only null); {@code null} when the values cannot be
   * compared (different types, arrays, objects).
   */
  static @Nullable Boolean equal(@Nullable Object left, @Nullable Object right) {
    if (left == null || right == null) {
      return left == right;
    }
    Kind kind = kind(left);
    if (!isScalar(kind) || kind != kind(right)) {
      return null;
    }
    if (kind == Kind.NUMBER) {
      return requireNumber(left).compareTo(requireNumber(right)) == 0;
    }
    return left.equals(right);
  }

  /** Ordering of two numbers or two strings (case-sensitive); null for anything else. */
  static @Nullable Integer order(@Nullable Object left, @Nullable Object right) {
    Kind kind = kind(left);
    if (kind != kind(right)) {
      return null;
    }
    if (kind == Kind.NUMBER) {
      return requireNumber(left).compareTo(requireNumber(right));
    }
    if (kind == Kind.STRING) {
      return ((String) requireNonNull(left)).compareTo((String) requireNonNull(right));
    }
    return null;
  }

  /** Structural equality of literal values (arrays element by element). */
  static boolean same(@Nullable Object left, @Nullable Object right) {
    if (left instanceof List && right instanceof List) {
      List<?> a = (List<?>) left;
      List<?> b = (List<?>) right;
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Boolean.TRUE.equals(equal(left, right));
  }

  /** A hash code consistent with {@link #same}. */
  static int hash(@Nullable Object value) {
    if (value instanceof List) {
      int hash = 1;
      for (Object element : (List<?>) value) {
        hash = 31 * hash + hash(element);
      }
      return hash;
    }
    BigDecimal number = number(value);
    if (number != null) {
      return Double.valueOf(number.doubleValue()).hashCode();
    }
    return value == null ? 0 : value.hashCode();
  }

  private static BigDecimal requireNumber(@Nullable Object value) {
    return requireNonNull(number(value));
  }

  private static <T> T requireNonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked before");
    }
    return value;
  }
}
