package io.taskrouter.expression;

/** One side of a comparison: a {@link KeyOperand} or a {@link LiteralOperand}. */
public abstract class Operand {

  Operand() {}

  /** Canonical text of this operand. */
  @Override
  public abstract String toString();
}
