package io.taskrouter.local.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An ordered JSON object under construction; null values are kept (and written as null). */
public final class Fields {
  private final Map<String, @Nullable Object> map = new LinkedHashMap<>();

  public Fields put(String name, @Nullable Object value) {
    map.put(name, value);
    return this;
  }

  /** Adds only when {@code value} is not null: for links, whose values must all be URLs. */
  public Fields putPresent(String name, @Nullable Object value) {
    if (value != null) {
      map.put(name, value);
    }
    return this;
  }

  public Map<String, @Nullable Object> map() {
    return map;
  }
}
