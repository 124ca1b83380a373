package io.taskrouter.local.api;

import io.taskrouter.local.wire.ParamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The {@code Ordering} list parameter: {@code Key:asc|desc}, comma-separated, later keys breaking
 * ties. Each list says which keys it sorts by and how; an unknown key or direction is a 400.
 */
public final class Ordering {
  private Ordering() {}

  public static <T> Optional<List<ListOrder.Key<T>>> parse(ParamSpec param, Optional<String> value,
      Map<String, ToLongFunction<T>> keys) {
    List<String> clauses = new ArrayList<>();
    value.ifPresent(v -> {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          clauses.add(part.trim());
        }
      }
    });
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    List<String> used = new ArrayList<>();
    List<ListOrder.Key<T>> result = new ArrayList<>();
    for (String clause : clauses) {
      String[] parts = clause.split(":", 2);
      ToLongFunction<T> key = keys.get(parts[0]);
      if (key == null) {
        throw References.invalid(param, "unknown key '" + parts[0] + "'; use one of " + String.join(", ", keys.keySet()));
      }
      String direction = parts.length == 2 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw References.invalid(param, "direction must be asc or desc, got '" + parts[1] + "'");
      }
      result.add(new ListOrder.Key<>(parts[0], key, direction.equals("desc")));
      used.add(parts[0]);
    }
    if (used.contains("DateCreated") && used.contains("VirtualStartTime")) {
      throw References.invalid(param, "DateCreated and VirtualStartTime cannot be combined");
    }
    return Optional.of(result);
  }
}
