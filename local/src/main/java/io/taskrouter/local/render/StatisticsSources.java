package io.taskrouter.local.render;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Statistics as the generated writers read them. The statistics are computed as JSON-like maps by
 * {@code io.taskrouter.local.stats}; this presents such a map as any generated {@code Source}
 * interface, each accessor reading the map's entry of the same name in snake_case (nested sources,
 * lists and maps of them likewise). The writer still decides which fields are written: a field of
 * the spec the statistics lack is a server error ({@code JsonWriter.present}), a figure the spec does
 * not have is not written.
 */
public final class StatisticsSources {
  private StatisticsSources() {}

  public static <S> S of(Class<S> source, Map<String, ?> figures) {
    Object proxy = Proxy.newProxyInstance(source.getClassLoader(), new Class<?>[] {source},
        (self, method, args) -> switch (method.getName()) {
          case "toString" -> source.getSimpleName() + figures;
          case "hashCode" -> System.identityHashCode(self);
          case "equals" -> self == args[0];
          default -> read(method, figures.get(snakeCase(method.getName())));
        });
    return source.cast(proxy);
  }

  private static @Nullable Object read(Method accessor, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    return convert(accessor.getGenericReturnType(), value, accessor.getName());
  }

  private static Object convert(Type type, Object value, String field) {
    Class<?> raw = rawClass(type);
    if (raw.isInterface() && raw.getSimpleName().endsWith("Source") && value instanceof Map<?, ?> map) {
      return of(raw, cast(map));
    }
    if (List.class.isAssignableFrom(raw) && value instanceof List<?> list) {
      Type item = typeArgument(type, 0);
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(v == null ? null : convert(item, v, field)));
      return out;
    }
    if (Map.class.isAssignableFrom(raw) && value instanceof Map<?, ?> map) {
      Type item = typeArgument(type, 1);
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : convert(item, v, field)));
      return out;
    }
    if (raw == Instant.class && value instanceof String text) {
      // The statistics give their window's ends already formatted.
      return Instant.parse(text);
    }
    if (value instanceof Number number) {
      if (raw == int.class || raw == Integer.class) {
        return number.intValue();
      }
      if (raw == long.class || raw == Long.class) {
        return number.longValue();
      }
      if (raw == double.class || raw == Double.class) {
        return number.doubleValue();
      }
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return rawClass(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    Type current = type instanceof WildcardType w ? w.getUpperBounds()[0] : type;
    return current instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  /** {@code avgTaskAcceptanceTime} to {@code avg_task_acceptance_time}. */
  static String snakeCase(String accessor) {
    StringBuilder out = new StringBuilder();
    for (char c : accessor.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
