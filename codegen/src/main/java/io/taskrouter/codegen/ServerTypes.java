package io.taskrouter.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * How the local server sees a schema: the Java types it decodes parameters into and renders fields
 * from (the SDK's types differ: it keeps dates as {@code OffsetDateTime} and enums as generated
 * enums). Enum schemas stay strings, checked against their values.
 */
final class ServerTypes {
  private final OpenAPI openAPI;

  ServerTypes(OpenAPI openAPI) {
    this.openAPI = openAPI;
  }

  /** The schema a reference, or a single-element {@code allOf} (a nullable reference), stands for. */
  @SuppressWarnings("rawtypes")
  Schema resolve(Schema schema) {
    Schema current = schema;
    while (true) {
      if (current.get$ref() != null) {
        current = ModelUtils.getReferencedSchema(openAPI, current);
      } else if (current.getAllOf() != null && current.getAllOf().size() == 1) {
        current = (Schema) current.getAllOf().get(0);
      } else {
        return current;
      }
    }
  }

  /** The component name a schema refers to (through a single-element allOf too), or null. */
  @SuppressWarnings("rawtypes")
  String refName(Schema schema) {
    if (schema.get$ref() != null) {
      return ModelUtils.getSimpleRef(schema.get$ref());
    }
    if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
      return refName((Schema) schema.getAllOf().get(0));
    }
    return null;
  }

  /** A named schema that the server renders with a writer (an object, not an enum). */
  @SuppressWarnings("rawtypes")
  boolean isObjectSchema(String name) {
    Schema schema = openAPI.getComponents().getSchemas().get(name);
    return schema != null && (schema.getEnum() == null || schema.getEnum().isEmpty());
  }

  @SuppressWarnings("rawtypes")
  List<?> enumValues(Schema schema) {
    Schema resolved = resolve(schema);
    return resolved.getEnum();
  }

  /** The decoding type of a scalar: {@code STRING}, {@code INT32}, ... (names of ParamSpec.Type). */
  @SuppressWarnings("rawtypes")
  String scalarKind(Schema schema) {
    Schema resolved = resolve(schema);
    String type = resolved.getType() != null ? resolved.getType()
        : resolved.getTypes() != null && !resolved.getTypes().isEmpty() ? (String) resolved.getTypes().iterator().next()
        : "string";
    switch (type) {
      case "integer":
        return "int64".equals(resolved.getFormat()) ? "INT64" : "INT32";
      case "number":
        return "NUMBER";
      case "boolean":
        return "BOOLEAN";
      case "string":
        return "date-time".equals(resolved.getFormat()) ? "DATE_TIME" : "STRING";
      default:
        throw new IllegalArgumentException("no scalar server type for schema type " + type);
    }
  }

  static String boxed(String kind) {
    return Map.of("INT32", "Integer", "INT64", "Long", "NUMBER", "Double", "BOOLEAN", "Boolean",
        "DATE_TIME", "Instant", "STRING", "String").get(kind);
  }

  static String plain(String kind) {
    return Map.of("INT32", "int", "INT64", "long", "NUMBER", "double", "BOOLEAN", "boolean",
        "DATE_TIME", "Instant", "STRING", "String").get(kind);
  }

  /** The ParamDecoder method reading one value of this kind. */
  static String decoderMethod(String kind) {
    return Map.of("INT32", "int32", "INT64", "int64", "NUMBER", "number", "BOOLEAN", "bool",
        "DATE_TIME", "dateTime", "STRING", "string").get(kind);
  }

  @SuppressWarnings("rawtypes")
  static boolean isArray(Schema schema) {
    return "array".equals(schema.getType()) || schema.getItems() != null;
  }

  @SuppressWarnings("rawtypes")
  static boolean isMap(Schema schema) {
    return "object".equals(schema.getType()) && (schema.getProperties() == null || schema.getProperties().isEmpty())
        && schema.getAdditionalProperties() != null;
  }
}
