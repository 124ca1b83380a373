package io.taskrouter.expression;

import org.jspecify.annotations.Nullable;

/**
 * A key such as {@code task.skills[0]}, resolved against the data when evaluating. Equality
 * ignores the source position.
 */
public final class KeyOperand extends Operand {

  private final KeyPath path;
  private final int position;

  KeyOperand(KeyPath path, int position) {
    this.path = path;
    this.position = position;
  }

  /** The key's path. */
  public KeyPath path() {
    return path;
  }

  /** 0-based position of the key in the parsed text. */
  public int position() {
    return position;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KeyOperand && path.equals(((KeyOperand) other).path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
