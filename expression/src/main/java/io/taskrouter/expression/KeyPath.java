package io.taskrouter.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The path of a key, such as {@code task.skills[2].name}: names walk JSON objects, indexes walk
 * arrays (zero-based). Keys are case-sensitive.
 */
public final class KeyPath {

  private final List<Object> segments;

  KeyPath(List<Object> segments) {
    this.segments = Collections.unmodifiableList(new ArrayList<>(segments));
  }

  /** The segments in order: a {@code String} for each name, an {@code Integer} for each index. */
  public List<Object> segments() {
    return segments;
  }

  /** How many segments the path has (at least one). */
  public int size() {
    return segments.size();
  }

  /** The first segment, which is always a name ({@code task} in {@code task.skills}). */
  public String root() {
    return (String) segments.get(0);
  }

  /** Whether segment {@code i} is the name {@code name}. */
  public boolean isName(int i, String name) {
    return i < segments.size() && name.equals(segments.get(i));
  }

  /**
   * Walks segments {@code from} onwards through {@code value}: a name looks up a {@link Map}, an
   * index a {@link List}. Anything missing or of the wrong kind yields null; never throws.
   */
  public @Nullable Object resolveIn(@Nullable Object value, int from) {
    Object current = value;
    for (int i = from; i < segments.size() && current != null; i++) {
      current = step(current, segments.get(i));
    }
    return current;
  }

  private static @Nullable Object step(Object current, Object segment) {
    try {
      if (segment instanceof String && current instanceof Map) {
        return ((Map<?, ?>) current).get(segment);
      }
      if (segment instanceof Integer && current instanceof List) {
        List<?> list = (List<?>) current;
        int index = (Integer) segment;
        return index < list.size() ? list.get(index) : null;
      }
      return null;
    } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
      return null; // a map or list with unusual rules: treat the key as missing
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KeyPath && segments.equals(((KeyPath) other).segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** The canonical text, e.g. {@code a.b[2].c}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        text.append('[').append(segment).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(segment);
      }
    }
    return text.toString();
  }
}
