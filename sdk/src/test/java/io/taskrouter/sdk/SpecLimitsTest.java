package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit the spec states ({@code maxLength}, {@code minimum}, {@code maximum} on a query or
 * form parameter the SDK offers) is enforced by the SDK: the value at the bound is sent as given, the value just
 * past it is refused naming the parameter, with nothing sent. The limits are read from the spec
 * here, never restated, so a limit added to the spec is tested without a new line.
 */
class SpecLimitsTest extends MockApi {
  private static final Pattern SID_PATTERN = Pattern.compile("\\^([A-Z]{2})\\[0-9a-fA-F\\]\\{32\\}\\$");
  /** Outside the Basic Multilingual Plane: one character to the service, two UTF-16 units to Java. */
  private static final String WIDE = new String(Character.toChars(0x1F600));

  /** One limited parameter of one operation, and the values at and past its bound. */
  record Limit(Operation operation, Map<String, Object> param, String wireName, Object atBound,
      Object pastBound) {
    @Override
    public String toString() {
      return operation.id + " " + wireName + " = " + describe(atBound) + " sent, " + describe(pastBound) + " refused";
    }

    private static String describe(Object value) {
      return value instanceof String text ? text.codePointCount(0, text.length()) + " characters" : value.toString();
    }
  }

  /** What the test needs of an operation: where it sits in the facade and its parameters. */
  record Operation(String id, String path, String method, String accessor, boolean list, String listKey,
      int status, Map<String, Map<String, Object>> params, List<String> required, boolean form) {}

  static Stream<Arguments> limits() {
    List<Arguments> out = new ArrayList<>();
    for (Operation operation : operations()) {
      operation.params.forEach((name, param) -> {
        Map<String, Object> schema = schema(param);
        if (Boolean.TRUE.equals(schema.get("x-sdk-internal"))) {
          return; // no setter: the SDK keeps it (Page) to itself
        }
        if (schema.get("maxLength") instanceof Integer max) {
          out.add(Arguments.of(new Limit(operation, param, name, text(schema, max), text(schema, max + 1))));
        }
        if (schema.get("minimum") instanceof Number min) {
          past(min.longValue() - 1, schema).ifPresent(past ->
              out.add(Arguments.of(new Limit(operation, param, name, min.longValue(), past))));
        }
        if (schema.get("maximum") instanceof Number max) {
          past(max.longValue() + 1, schema).ifPresent(past ->
              out.add(Arguments.of(new Limit(operation, param, name, max.longValue(), past))));
        }
      });
    }
    return out.stream();
  }

  @Test
  void theSpecStatesLimits() {
    assertThat(limits().map(a -> ((Limit) a.get()[0]).wireName)).contains("FriendlyName", "Attributes", "Timeout",
        "MaxReservedWorkers", "TaskReservationTimeout", "PageSize", "Minutes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void theValueAtTheBoundIsSent(Limit limit) throws Exception {
    Operation op = limit.operation;
    if (op.status == 204) {
      respondNoContent();
    } else {
      respond(op.status, op.list ? "{\"" + op.listKey + "\":[],\"meta\":{\"key\":\"" + op.listKey
          + "\",\"page\":0,\"page_size\":50,\"next_page_url\":null}}" : SpecSchemas.minimalBody(op.id));
    }

    call(op, params(op, limit.wireName, limit.atBound));

    RecordedRequest request = take();
    Map<String, List<String>> sent = op.form && !"query".equals(limit.param.get("in")) ? form(request) : query(request);
    assertThat(sent).containsEntry(limit.wireName, List.of(String.valueOf(limit.atBound)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void theValuePastTheBoundIsRefusedNamingTheParameter(Limit limit) {
    IllegalArgumentException error = catchThrowableOfType(IllegalArgumentException.class,
        () -> call(limit.operation, params(limit.operation, limit.wireName, limit.pastBound)));

    assertThat(error).hasMessageStartingWith(limit.wireName + " must be");
    assertThat(server.getRequestCount()).isZero();
  }

  // ------------------------------------------------------------------ calling an operation by its spec

  /** The operation's params object with the limited value set and every other required one filled. */
  private static Object params(Operation op, String limited, Object value) throws Exception {
    Class<?> type = Class.forName("io.taskrouter.sdk.params." + op.id + "Params");
    Object builder = type.getMethod("builder").invoke(null);
    for (String name : op.required) {
      if (!name.equals(limited)) {
        set(builder, name, filler(schema(op.params.get(name))));
      }
    }
    set(builder, limited, value);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static void set(Object builder, String wireName, Object value) throws Exception {
    String setter = Character.toLowerCase(wireName.charAt(0)) + wireName.substring(1);
    for (Method method : builder.getClass().getMethods()) {
      if (method.getName().equals(setter) && method.getParameterCount() == 1 && accepts(method.getParameterTypes()[0], value)) {
        try {
          method.invoke(builder, convert(method.getParameterTypes()[0], value));
          return;
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof RuntimeException r ? r : e;
        }
      }
    }
    throw new AssertionError("no setter " + setter + " for " + value.getClass().getSimpleName() + " on " + builder.getClass());
  }

  private static boolean accepts(Class<?> type, Object value) {
    if (value instanceof String) {
      return type == String.class;
    }
    return type == int.class || type == long.class || type == Integer.class || type == Long.class;
  }

  private static Object convert(Class<?> type, Object value) {
    return type == int.class || type == Integer.class ? Math.toIntExact((Long) value) : value;
  }

  /** Reaches the resource through the scopes the path names and calls the operation's async method. */
  private void call(Operation op, Object params) throws Exception {
    Object scope = client;
    Matcher names = Pattern.compile("\\{([A-Za-z]+)}").matcher(op.path);
    String sid = null;
    while (names.find()) {
      String name = names.group(1);
      String value = sidFor(op, name);
      if (name.equals("Sid")) {
        sid = value;
      } else {
        String accessor = Character.toLowerCase(name.charAt(0)) + name.substring(1, name.length() - "Sid".length());
        scope = scope.getClass().getMethod(accessor, String.class).invoke(scope, value);
      }
    }
    Object resource = scope.getClass().getMethod(op.accessor).invoke(scope);
    Method method = sid == null ? resource.getClass().getMethod(op.method + "Async", params.getClass())
        : resource.getClass().getMethod(op.method + "Async", String.class, params.getClass());
    try {
      CompletableFuture<?> future = (CompletableFuture<?>) (sid == null ? method.invoke(resource, params)
          : method.invoke(resource, sid, params));
      future.get(5, TimeUnit.SECONDS);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static String sidFor(Operation op, String pathParam) {
    Object pattern = schema(op.params.get(pathParam)).get("pattern");
    Matcher sid = pattern == null ? null : SID_PATTERN.matcher(pattern.toString());
    return sid != null && sid.matches() ? sid.group(1) + "0123456789abcdef0123456789abcdef" : "default";
  }

  /** A valid value for a required parameter the test does not look at. */
  private static Object filler(Map<String, Object> schema) {
    if ("workflow-configuration".equals(schema.get("x-sdk-check"))) {
      return "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + WQ + "\"}}}";
    }
    if (Boolean.TRUE.equals(schema.get("x-sdk-json"))) {
      return "{}";
    }
    Object pattern = schema.get("pattern");
    if (pattern != null) {
      Matcher sid = SID_PATTERN.matcher(pattern.toString());
      return sid.matches() ? sid.group(1) + "0123456789abcdef0123456789abcdef" : "x";
    }
    return "integer".equals(schema.get("type")) ? 1L : "x";
  }

  /** Text of exactly {@code length} characters, counted as the service does; a JSON object when the value is JSON. */
  private static String text(Map<String, Object> schema, int length) {
    if (Boolean.TRUE.equals(schema.get("x-sdk-json"))) {
      String frame = "{\"a\":\"\"}";
      return "{\"a\":\"" + WIDE.repeat(length - frame.length()) + "\"}";
    }
    return WIDE.repeat(length);
  }

  /** The value past a bound, when the parameter's Java type can hold it (an int cannot hold 2^31). */
  private static java.util.Optional<Long> past(long value, Map<String, Object> schema) {
    boolean wide = "int64".equals(schema.get("format"));
    return wide || (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) ? java.util.Optional.of(value)
        : java.util.Optional.empty();
  }

  // ------------------------------------------------------------------ reading the spec

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(Map<String, Object> param) {
    Object schema = param.get("schema");
    return schema == null ? param : (Map<String, Object>) schema;
  }

  @SuppressWarnings("unchecked")
  static List<Operation> operations() {
    Map<String, Object> spec = spec();
    Map<String, Object> accessors = new LinkedHashMap<>();
    for (Map<String, Object> tag : (List<Map<String, Object>>) spec.get("tags")) {
      accessors.put((String) tag.get("name"), tag.get("x-sdk-accessor"));
    }
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
    List<Operation> out = new ArrayList<>();
    ((Map<String, Map<String, Object>>) spec.get("paths")).forEach((path, item) -> item.forEach((verb, raw) -> {
      if (!(raw instanceof Map)) {
        return;
      }
      Map<String, Object> op = (Map<String, Object>) raw;
      Map<String, Map<String, Object>> params = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      for (Map<String, Object> p : (List<Map<String, Object>>) op.getOrDefault("parameters", List.of())) {
        params.put((String) p.get("name"), p);
        if (Boolean.TRUE.equals(p.get("required")) && !"path".equals(p.get("in"))) {
          required.add((String) p.get("name"));
        }
      }
      Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
      Map<String, Object> form = body == null ? null : (Map<String, Object>) ((Map<String, Object>) ((Map<String,
          Object>) body.get("content")).getOrDefault("application/x-www-form-urlencoded", Map.of())).get("schema");
      if (form != null) {
        ((Map<String, Map<String, Object>>) form.get("properties")).forEach(params::put);
        required.addAll((List<String>) form.getOrDefault("required", List.of()));
      }
      Map<String, Object> responses = (Map<String, Object>) op.get("responses");
      String success = responses.keySet().stream().filter(code -> code.startsWith("2")).findFirst().orElseThrow();
      String listKey = listKey((Map<String, Object>) responses.get(success), schemas);
      String tag = ((List<String>) op.get("tags")).get(0);
      out.add(new Operation((String) op.get("operationId"), path, (String) op.get("x-sdk-method"),
          (String) accessors.get(tag), listKey != null, listKey, Integer.parseInt(success), params, required,
          form != null));
    }));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static String listKey(Map<String, Object> response, Map<String, Object> schemas) {
    Map<String, Object> content = (Map<String, Object>) response.get("content");
    if (content == null) {
      return null;
    }
    Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema");
    Object ref = schema.get("$ref");
    if (ref == null) {
      return null;
    }
    Map<String, Object> named = (Map<String, Object>) schemas.get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1));
    return (String) named.get("x-sdk-list-key");
  }

  private static Map<String, Object> spec() {
    return SpecSchemas.spec();
  }
}
