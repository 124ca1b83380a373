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
import org.assertj.core.api.SoftAssertions;
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

    SoftAssertions softly = new SoftAssertions();
    conforms(softly, name, Json.parse(json), Spec.API.getComponents().getSchemas().get(name), false);
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void nullableFieldsRenderAsJsonNull(String name) throws Exception {
    String json = write(name, (field, schema) -> sample(field, schema, true));

    SoftAssertions softly = new SoftAssertions();
    conforms(softly, name, Json.parse(json), Spec.API.getComponents().getSchemas().get(name), true);
    softly.assertAll();
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

  private static void conforms(SoftAssertions softly, String where, Object value, Schema raw, boolean nulls) {
    Schema schema = Spec.resolve(raw);
    if (value == null) {
      softly.assertThat(nulls && Boolean.TRUE.equals(raw.getNullable())).as(where + " is null").isTrue();
      return;
    }
    if (schema.getProperties() != null) {
      softly.assertThat(value).as(where).isInstanceOf(Map.class);
      if (value instanceof Map<?, ?> map) {
        Map<String, Schema> properties = properties(schema);
        List<String> keys = map.keySet().stream().map(String::valueOf).toList();
        softly.assertThat(keys).as(where + " fields").containsExactlyElementsOf(properties.keySet());
        properties.forEach((field, fieldSchema) ->
            conforms(softly, where + "." + field, map.get(field), fieldSchema, nulls));
      }
      return;
    }
    if (schema.getItems() != null) {
      softly.assertThat(value).as(where).isInstanceOf(List.class);
      if (value instanceof List<?> list) {
        softly.assertThat(list).as(where).isNotEmpty();
        list.forEach(item -> conforms(softly, where + "[]", item, schema.getItems(), false));
      }
      return;
    }
    if (schema.getAdditionalProperties() != null) {
      softly.assertThat(value).as(where).isInstanceOf(Map.class);
      if (schema.getAdditionalProperties() instanceof Schema additional && value instanceof Map<?, ?> map) {
        map.values().forEach(item -> conforms(softly, where + "{}", item, additional, false));
      }
      return;
    }
    switch (Samples.type(schema)) {
      case "integer" -> softly.assertThat(value).as(where).isInstanceOfSatisfying(Double.class,
          d -> assertThat(d % 1).as(where + " is an integer").isZero());
      case "number" -> softly.assertThat(value).as(where).isInstanceOf(Double.class);
      case "boolean" -> softly.assertThat(value).as(where).isInstanceOf(Boolean.class);
      default -> {
        softly.assertThat(value).as(where).isInstanceOf(String.class);
        String text = String.valueOf(value);
        if (schema.getPattern() != null) {
          softly.assertThat(Pattern.compile(schema.getPattern()).matcher(text).matches()).as(where + " pattern").isTrue();
        }
        if (schema.getEnum() != null) {
          softly.assertThat(schema.getEnum()).as(where + " enum").contains(text);
        }
        if ("date-time".equals(schema.getFormat())) {
          softly.assertThat(Instant.parse(text)).as(where).isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
        }
      }
    }
  }
}
