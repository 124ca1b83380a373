package io.taskrouter.local.wire;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code openapi/taskrouter.yaml} read independently of the generator, so that the tests check the
 * generated code against the spec itself: every operation with its parameters (location, required,
 * resolved schema), and the response schemas.
 */
@SuppressWarnings("rawtypes")
final class Spec {
  static final OpenAPI API = new OpenAPIV3Parser().read(
      Path.of(System.getProperty("taskrouter.spec", "../openapi/taskrouter.yaml")).toAbsolutePath().toString());

  /** One parameter: where it goes, whether it is required, and its schema with references resolved. */
  record Param(String name, ParamSpec.In in, boolean required, Schema schema, Schema raw, boolean joined) {
    boolean isArray() {
      return schema.getItems() != null;
    }

    /** An array sent as one comma-separated value ({@code explode: false}), not as the name repeated. */
    boolean isJoined() {
      return joined;
    }

    /** Items may arrive comma-separated, trimmed, blank ones skipped ({@code explode: false} or x-server-comma-joined). */
    boolean isCommaSeparated() {
      return joined || raw.getExtensions() != null && raw.getExtensions().get("x-server-comma-joined") != null;
    }

    /** The schema of one value: the items of an array, the schema itself otherwise. */
    Schema value() {
      return isArray() ? resolve(schema.getItems()) : schema;
    }

    Object extension(String key) {
      Object onRaw = raw.getExtensions() == null ? null : raw.getExtensions().get(key);
      return onRaw != null ? onRaw : value().getExtensions() == null ? null : value().getExtensions().get(key);
    }
  }

  record Op(String id, String method, String path, Operation operation, List<Param> params) {
    String body() {
      if (params.stream().anyMatch(p -> p.in() == ParamSpec.In.JSON)) {
        return "JSON";
      }
      return params.stream().anyMatch(p -> p.in() == ParamSpec.In.FORM) || operation.getRequestBody() != null
          ? "FORM" : "NONE";
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private Spec() {}

  static List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    API.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
        ops.add(new Op(operation.getOperationId(), method.name(), path, operation, params(operation)))));
    return ops;
  }

  private static List<Param> params(Operation operation) {
    List<Param> params = new ArrayList<>();
    if (operation.getParameters() != null) {
      for (Parameter p : operation.getParameters()) {
        params.add(new Param(p.getName(), ParamSpec.In.valueOf(p.getIn().toUpperCase(Locale.ROOT)),
            Boolean.TRUE.equals(p.getRequired()), resolve(p.getSchema()), p.getSchema(),
            Boolean.FALSE.equals(p.getExplode()) && p.getSchema().getItems() != null));
      }
    }
    if (operation.getRequestBody() != null) {
      for (Map.Entry<String, MediaType> content : operation.getRequestBody().getContent().entrySet()) {
        ParamSpec.In in = content.getKey().contains("json") ? ParamSpec.In.JSON : ParamSpec.In.FORM;
        Schema body = resolve(content.getValue().getSchema());
        List<?> required = body.getRequired() == null ? List.of() : body.getRequired();
        ((Map<String, Schema>) body.getProperties()).forEach((name, schema) ->
            params.add(new Param(name, in, required.contains(name), resolve(schema), schema, false)));
      }
    }
    return params;
  }

  /** Follows $ref and single-element allOf (a nullable reference). */
  static Schema resolve(Schema schema) {
    Schema current = schema;
    while (true) {
      if (current.get$ref() != null) {
        current = API.getComponents().getSchemas().get(refName(current));
      } else if (current.getAllOf() != null && current.getAllOf().size() == 1) {
        current = (Schema) current.getAllOf().get(0);
      } else {
        return current;
      }
    }
  }

  static String refName(Schema schema) {
    if (schema.get$ref() != null) {
      return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    }
    if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
      return refName((Schema) schema.getAllOf().get(0));
    }
    return null;
  }

  /** Object schemas the server renders: every named schema but enums and request bodies. */
  static Map<String, Schema> responseSchemas() {
    Set<String> requestBodies = new java.util.HashSet<>();
    for (PathItem item : API.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        if (operation.getRequestBody() != null) {
          operation.getRequestBody().getContent().values().forEach(m -> {
            if (m.getSchema().get$ref() != null) {
              requestBodies.add(refName(m.getSchema()));
            }
          });
        }
      }
    }
    Map<String, Schema> out = new java.util.LinkedHashMap<>();
    API.getComponents().getSchemas().forEach((name, schema) -> {
      if ((schema.getEnum() == null || schema.getEnum().isEmpty()) && !requestBodies.contains(name)) {
        out.put(name, schema);
      }
    });
    return out;
  }

  /** {@code WorkspaceSid} -> {@code workspaceSid}, as Java names are derived from wire names. */
  static String lowerCamel(String wireName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : wireName.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        out.append(out.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
