package io.taskrouter.local.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The {@code Ordering} list parameter: {@code Key:asc|desc}, comma-separated, later keys breaking
 * ties. Each list declares the keys it supports; an unknown key or direction is a 400.
 */
public final class Ordering {
  private Ordering() {}

  public static <T> Optional<List<ListOrder.Key<T>>> parse(Params query, Map<String, ToLongFunction<T>> keys) {
    List<String> clauses = query.list("Ordering");
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    List<String> used = new ArrayList<>();
    List<ListOrder.Key<T>> result = new ArrayList<>();
    for (String clause : clauses) {
      String[] parts = clause.split(":", 2);
      ToLongFunction<T> key = keys.get(parts[0]);
      if (key == null) {
        throw Params.invalid("Ordering", "unknown key '" + parts[0] + "'; use one of " + String.join(", ", keys.keySet()));
      }
      String direction = parts.length == 2 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw Params.invalid("Ordering", "direction must be asc or desc, got '" + parts[1] + "'");
      }
      result.add(new ListOrder.Key<>(parts[0], key, direction.equals("desc")));
      used.add(parts[0]);
    }
    if (used.contains("DateCreated") && used.contains("VirtualStartTime")) {
      throw Params.invalid("Ordering", "DateCreated and VirtualStartTime cannot be combined");
    }
    return Optional.of(result);
  }
}
