package io.taskrouter.local.wire;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A small streaming JSON writer (RFC 8259) for the generated response writers. Strings are escaped
 * where JSON requires it (quote, backslash, control characters) and also for U+2028/U+2029 and
 * unpaired surrogates, so that the output is valid UTF-8 and safe to embed in JavaScript; other
 * non-ASCII characters are written as they are. Dates are ISO 8601 in UTC to the second, as the API
 * writes them.
 */
public final class JsonWriter {
  /** Room for a typical single resource (a task is about 1.3 KB) without growing. */
  private final StringBuilder out = new StringBuilder(2048);
  /** One entry per open object or array: whether it holds a value already (a comma comes next). */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    open.push(new boolean[] {false});
    return this;
  }

  public JsonWriter endObject() {
    open.pop();
    out.append('}');
    return this;
  }

  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    open.push(new boolean[] {false});
    return this;
  }

  public JsonWriter endArray() {
    open.pop();
    out.append(']');
    return this;
  }

  public JsonWriter name(String name) {
    if (afterName || open.isEmpty()) {
      throw new IllegalStateException("a name must follow a value inside an object: " + name);
    }
    comma();
    string(name);
    out.append(':');
    afterName = true;
    return this;
  }

  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  public JsonWriter value(@Nullable String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    string(value);
    return this;
  }

  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  public JsonWriter value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    beforeValue();
    out.append(value);
    return this;
  }

  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  public JsonWriter value(@Nullable Number value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof Double || value instanceof Float) {
      return value(value.doubleValue());
    }
    beforeValue();
    out.append(value);
    return this;
  }

  public JsonWriter value(@Nullable Boolean value) {
    return value == null ? nullValue() : value(value.booleanValue());
  }

  public JsonWriter value(@Nullable Instant value) {
    return value == null ? nullValue()
        : value(SecondText.of(value));
  }

  /** Any JSON-like value: maps (string keys), lists, strings, numbers, booleans, instants, null. */
  public JsonWriter any(@Nullable Object value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof String text) {
      return value(text);
    }
    if (value instanceof Number number) {
      return value(number);
    }
    if (value instanceof Boolean bool) {
      return value(bool);
    }
    if (value instanceof Instant instant) {
      return value(instant);
    }
    if (value instanceof Map<?, ?> map) {
      beginObject();
      map.forEach((key, item) -> name(String.valueOf(key)).any(item));
      return endObject();
    }
    if (value instanceof List<?> list) {
      beginArray();
      list.forEach(this::any);
      return endArray();
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
  }

  /** An array of objects written by {@code item}, or null. */
  public <T> JsonWriter array(@Nullable List<? extends T> items, BiConsumer<JsonWriter, T> item) {
    if (items == null) {
      return nullValue();
    }
    beginArray();
    items.forEach(value -> item.accept(this, value));
    return endArray();
  }

  /** An object whose values are written by {@code item} (a map keyed by data), or null. */
  public <T> JsonWriter object(@Nullable Map<String, ? extends T> entries, BiConsumer<JsonWriter, T> item) {
    if (entries == null) {
      return nullValue();
    }
    beginObject();
    entries.forEach((key, value) -> {
      name(key);
      item.accept(this, value);
    });
    return endObject();
  }

  /**
   * A value the spec does not allow to be null: a renderer that supplies null is a bug of the
   * server, reported as such rather than written as a response the spec forbids.
   */
  public static <T> T present(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalStateException(field + " is not nullable in the spec, but its source supplied null");
    }
    return value;
  }

  /** The document written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!open.isEmpty()) {
      comma();
    }
  }

  private void comma() {
    boolean[] top = open.peek();
    if (top != null) {
      if (top[0]) {
        out.append(',');
      }
      top[0] = true;
    }
  }

  private void string(String value) {
    out.append('"');
    int plain = 0; // most values need no escape: copy that run at once (the engine thread writes every answer)
    while (plain < value.length() && needsNoEscape(value.charAt(plain))) {
      plain++;
    }
    out.append(value, 0, plain);
    for (int i = plain; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
          if (paired) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean needsNoEscape(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c);
  }

  /**
   * ISO-8601 text of an instant, to the second. The dates of one answer are mostly the same second
   * (created, updated, entered the queue), and so are those of answers close in time: the last one
   * formatted is kept.
   */
  private static final class SecondText {
    private record Cached(long second, String text) {}

    private static volatile Cached last = new Cached(Long.MIN_VALUE, "");

    static String of(Instant instant) {
      long second = instant.getEpochSecond();
      Cached cached = last;
      if (cached.second() != second) {
        cached = new Cached(second, DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(second)));
        last = cached;
      }
      return cached.text();
    }
  }
}
