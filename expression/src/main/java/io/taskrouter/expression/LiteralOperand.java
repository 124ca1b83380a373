package io.taskrouter.expression;

import org.jspecify.annotations.Nullable;

/**
 * A constant: a {@code String}, a {@code BigDecimal} number, a {@code Boolean}, {@code null}, or
 * an unmodifiable {@code List} of those (an array literal such as {@code ['en', 'es']}). Numbers
 * are equal when numerically equal ({@code 1} and {@code 1.0}).
 */
public final class LiteralOperand extends Operand {

  private final @Nullable Object value;

  LiteralOperand(@Nullable Object value) {
    this.value = value;
  }

  /** The constant's value, as described on the class. */
  public @Nullable Object value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LiteralOperand && Values.same(value, ((LiteralOperand) other).value);
  }

  @Override
  public int hashCode() {
    return Values.hash(value);
  }

  @Override
  public String toString() {
    return Printer.literal(value);
  }
}
