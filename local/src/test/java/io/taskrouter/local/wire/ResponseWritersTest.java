package io.taskrouter.local.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.media.Schema;
import io.taskrouter.local.json.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each generated writer, fed by a source whose values are derived from the schema, renders a JSON
 * document with exactly the schema's fields, in spec order, each of the schema's type; nullable
 * fields render as null, and a null where the spec forbids one is refused naming the field.
 */
@SuppressWarnings("rawtypes")
class ResponseWritersTest {
  private static final String PACKAGE = "io.taskrouter.local.wire.generated.";

  static List<String> schemas() {
    return new ArrayList<>(Spec.responseSchemas().keySet());
  }

  /** The generators rename one schema, so that it does not shadow java.lang.Error. */
  private static String javaName(String schema) {
    return schema.equals("Error") ? "ErrorBody" : schema;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void aWriterRendersExactlyTheSchemasFieldsWithTheirTypes(String name) throws Exception {
    String json = write(name, (field, schema) -> sample(field, schema, false));

    List<String> problems = new ArrayList<>();
    conforms(problems, name, Json.parse(json), Spec.API.getComponents().getSchemas().get(name), false);
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void nullableFieldsRenderAsJsonNull(String name) throws Exception {
    String json = write(name, (field, schema) -> sample(field, schema, true));

    List<String> problems = new ArrayList<>();
    conforms(problems, name, Json.parse(json), Spec.API.getComponents().getSchemas().get(name), true);
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void aNullWhereTheSpecForbidsOneIsRefusedNamingTheField(String name) {
    Map<String, Schema> properties = properties(Spec.API.getComponents().getSchemas().get(name));
    properties.forEach((field, schema) -> {
      Method accessor = accessor(name, field);
      if (!Boolean.TRUE.equals(schema.getNullable()) && !accessor.getReturnType().isPrimitive()) {
        assertThatThrownBy(() -> write(name, (f, s) -> f.equals(field) ? null : sample(f, s, false)))
            .hasRootCauseInstanceOf(IllegalStateException.class)
            .rootCause().hasMessageContaining(name + "." + field);
      }
    });
  }

  // ------------------------------------------------------------------ sources built from the spec

  interface Values extends BiFunction<String, Schema, Object> {}

  private static String write(String schemaName, Values values) throws Exception {
    Class<?> writer = Class.forName(PACKAGE + javaName(schemaName) + "Writer");
    Object source = source(schemaName, values);
    try {
      return (String) Arrays.stream(writer.getMethods()).filter(m -> m.getName().equals("toJson")).findFirst()
          .orElseThrow().invoke(null, source);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("writing " + schemaName, e.getCause());
    }
  }

  private static Method accessor(String schemaName, String field) {
    try {
      return Class.forName(PACKAGE + javaName(schemaName) + "Source").getMethod(Spec.lowerCamel(field));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(schemaName + "Source has no accessor for " + field, e);
    }
  }

  /** A source of {@code schemaName} answering each accessor with the value for its spec field. */
  private static Object source(String schemaName, Values values) throws ClassNotFoundException {
    Class<?> type = Class.forName(PACKAGE + javaName(schemaName) + "Source");
    Map<String, Schema> properties = properties(Spec.API.getComponents().getSchemas().get(schemaName));
    assertThat(type.getDeclaredMethods()).as(schemaName + " accessors").hasSameSizeAs(properties.keySet());
    Map<String, String> fieldOf = new java.util.HashMap<>();
    properties.keySet().forEach(field -> fieldOf.put(accessor(schemaName, field).getName(), field));
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      String field = fieldOf.get(method.getName());
      Object value = values.apply(field, properties.get(field));
      return adapt(value, method.getReturnType());
    });
  }

  /** Numbers in the accessor's own type. */
  private static Object adapt(Object value, Class<?> type) {
    if (value instanceof Number n) {
      if (type == int.class || type == Integer.class) {
        return n.intValue();
      }
      if (type == long.class || type == Long.class) {
        return n.longValue();
      }
      return n.doubleValue();
    }
    return value;
  }

  /** A value of the field's schema: null for a nullable one when {@code nulls}. */
  private static Object sample(String field, Schema raw, boolean nulls) {
    if (nulls && Boolean.TRUE.equals(raw.getNullable())) {
      return null;
    }
    Schema schema = Spec.resolve(raw);
    String ref = Spec.refName(raw);
    try {
      if (ref != null && schema.getProperties() != null) {
        return source(ref, (f, s) -> sample(f, s, nulls));
      }
      if (schema.getItems() != null) {
        return List.of(sample(field, schema.getItems(), false));
      }
      if (schema.getAdditionalProperties() instanceof Schema additional) {
        return Map.of("key", sample(field, additional, false));
      }
      if (schema.getAdditionalProperties() != null) {
        return Map.of("text", "v", "number", 1.5, "nested", Map.of("list", List.of(true)));
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return String.valueOf(schema.getEnum().get(0));
    }
    return switch (Samples.type(schema)) {
      case "integer" -> 3;
      case "number" -> 2.5;
      case "boolean" -> true;
      default -> "date-time".equals(schema.getFormat()) ? Instant.parse("2026-11-24T15:00:00Z")
          : "uri".equals(schema.getFormat()) ? "https://example.com/v1/Workspaces"
          : schema.getPattern() != null ? Samples.sidMatching(schema.getPattern())
          : "text with \"quotes\", a tab\t, \u00fc and \u2028";
    };
  }

  // ------------------------------------------------------------------ the document against the spec

  @SuppressWarnings("unchecked")
  private static Map<String, Schema> properties(Schema schema) {
    return schema.getProperties() == null ? Map.of() : schema.getProperties();
  }

  /** Adds to {@code problems} every way {@code value} differs from what the schema says. */
  private static void conforms(List<String> problems, String where, Object value, Schema raw, boolean nulls) {
    Schema schema = Spec.resolve(raw);
    if (value == null) {
      check(problems, nulls && Boolean.TRUE.equals(raw.getNullable()), where + " is null");
    } else if (schema.getProperties() != null) {
      Map<String, Schema> properties = properties(schema);
      if (check(problems, value instanceof Map, where + " is not an object: " + value)) {
        Map<?, ?> map = (Map<?, ?>) value;
        List<String> keys = map.keySet().stream().map(String::valueOf).toList();
        check(problems, keys.equals(new ArrayList<>(properties.keySet())),
            where + " has fields " + keys + ", the spec " + properties.keySet());
        properties.forEach((field, fieldSchema) -> conforms(problems, where + "." + field, map.get(field), fieldSchema, nulls));
      }
    } else if (schema.getItems() != null) {
      if (check(problems, value instanceof List<?> list && !list.isEmpty(), where + " is not a non-empty array: " + value)) {
        ((List<?>) value).forEach(item -> conforms(problems, where + "[]", item, schema.getItems(), false));
      }
    } else if (schema.getAdditionalProperties() != null) {
      if (check(problems, value instanceof Map, where + " is not an object: " + value)
          && schema.getAdditionalProperties() instanceof Schema additional) {
        ((Map<?, ?>) value).values().forEach(item -> conforms(problems, where + "{}", item, additional, false));
      }
    } else {
      scalar(problems, where, value, schema);
    }
  }

  private static void scalar(List<String> problems, String where, Object value, Schema schema) {
    switch (Samples.type(schema)) {
      case "integer" -> check(problems, value instanceof Double d && d % 1 == 0, where + " is not an integer: " + value);
      case "number" -> check(problems, value instanceof Double, where + " is not a number: " + value);
      case "boolean" -> check(problems, value instanceof Boolean, where + " is not a boolean: " + value);
      default -> {
        if (check(problems, value instanceof String, where + " is not a string: " + value)) {
          String text = (String) value;
          check(problems, schema.getPattern() == null || Pattern.compile(schema.getPattern()).matcher(text).matches(),
              where + " does not match " + schema.getPattern() + ": " + text);
          check(problems, schema.getEnum() == null || schema.getEnum().contains(text), where + " is off the enum: " + text);
          check(problems, !"date-time".equals(schema.getFormat()) || text.equals("2026-11-24T15:00:00Z"),
              where + " is not the date written: " + text);
        }
      }
    }
  }

  private static boolean check(List<String> problems, boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
    return ok;
  }
}
