package io.taskrouter.workflow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.taskrouter.expression.ExpressionContext;
import io.taskrouter.expression.ExpressionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a workflow configuration: written in the service's key order; read with every
 * check of {@link Rules}, each failure naming the JSON path it concerns.
 */
final class ConfigurationJson {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private ConfigurationJson() {}

  static String write(WorkflowConfiguration configuration) {
    Map<String, Object> routing = new LinkedHashMap<>();
    if (!configuration.filters.isEmpty()) {
      routing.put("filters", configuration.filters.stream().map(ConfigurationJson::filterToMap)
          .collect(java.util.stream.Collectors.toList()));
    }
    if (configuration.defaultFilter != null) {
      routing.put("default_filter", targetToMap(configuration.defaultFilter));
    }
    routing.putAll(configuration.extraRouting);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("task_routing", routing);
    root.putAll(configuration.extra);
    return JSON.toJson(root);
  }

  static Map<String, Object> filterToMap(RoutingFilter filter) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfSet(out, "filter_friendly_name", filter.friendlyName);
    out.put("expression", filter.expression);
    out.put("targets", filter.targets.stream().map(ConfigurationJson::targetToMap)
        .collect(java.util.stream.Collectors.toList()));
    out.putAll(filter.extra);
    return out;
  }

  static Map<String, Object> targetToMap(RoutingTarget target) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfSet(out, "queue", target.queue);
    putIfSet(out, "priority", target.priority);
    putIfSet(out, "timeout", target.timeout);
    putIfSet(out, "expression", target.expression);
    putIfSet(out, "order_by", target.orderBy);
    putIfSet(out, "skip_if", target.skipIf);
    putIfSet(out, "known_worker_sid", target.knownWorkerSid);
    putIfSet(out, "known_worker_friendly_name", target.knownWorkerFriendlyName);
    out.putAll(target.extra);
    return out;
  }

  private static void putIfSet(Map<String, Object> out, String key, @Nullable Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads text that must be one JSON object. */
  static Map<String, ?> read(String json) {
    Object root;
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(Rules.required("configuration", json)));
      root = JSON.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("more follows the JSON object");
      }
    } catch (IOException | JsonDataException e) {
      throw new WorkflowConfigurationException("$", -1, "$ is not valid JSON: " + e.getMessage(), e);
    }
    return object(root, "$");
  }

  static WorkflowConfiguration parse(Map<String, ?> root) {
    Map<String, Object> rest = new LinkedHashMap<>(object(root, "$"));
    String routingPath = "$.task_routing";
    Map<String, Object> routing = new LinkedHashMap<>(object(rest.remove("task_routing"), routingPath));
    List<RoutingFilter> filters = new ArrayList<>();
    Object rawFilters = routing.remove("filters");
    if (rawFilters != null) {
      List<?> list = list(rawFilters, routingPath + ".filters");
      for (int i = 0; i < list.size(); i++) {
        String path = routingPath + ".filters[" + i + "]";
        filters.add(filter(object(list.get(i), path), path));
      }
    }
    RoutingTarget defaultFilter = null;
    Object rawDefault = routing.remove("default_filter");
    if (rawDefault != null) {
      String path = routingPath + ".default_filter";
      RoutingTarget target = target(object(rawDefault, path), path);
      at(path, () -> {
        Rules.defaultFilter(path, target);
        return target;
      });
      defaultFilter = target;
    }
    RoutingTarget chosenDefault = defaultFilter;
    at(routingPath, () -> {
      Rules.routesSomething(routingPath, filters.size(), chosenDefault);
      return chosenDefault;
    });
    return new WorkflowConfiguration(filters, defaultFilter, routing, rest);
  }

  private static RoutingFilter filter(Map<String, ?> json, String path) {
    Map<String, Object> rest = new LinkedHashMap<>(json);
    String nameKey = rest.containsKey("filter_friendly_name") ? "filter_friendly_name" : "friendly_name";
    Object name = rest.remove(nameKey);
    rest.remove("friendly_name");
    String friendlyName = name == null ? null : text(name, path + "." + nameKey);
    String expressionPath = path + ".expression";
    String expression = text(required(rest.remove("expression"), expressionPath,
        "a filter needs an expression over task attributes"), expressionPath);
    at(expressionPath, () -> Rules.expression(expression, ExpressionContext.TASK));
    String targetsPath = path + ".targets";
    List<?> rawTargets = list(required(rest.remove("targets"), targetsPath,
        "a filter needs a non-empty targets array"), targetsPath);
    List<RoutingTarget> targets = new ArrayList<>();
    for (int i = 0; i < rawTargets.size(); i++) {
      String targetPath = targetsPath + "[" + i + "]";
      RoutingTarget target = target(object(rawTargets.get(i), targetPath), targetPath);
      if (i == 0) {
        at(targetPath + ".queue", () -> {
          Rules.firstTargetNamesQueue(targetPath + ".queue", target);
          return target;
        });
      }
      targets.add(target);
    }
    RoutingFilter filter = new RoutingFilter(friendlyName, expression, targets, rest);
    at(targetsPath, () -> {
      Rules.hasTargets(targetsPath, filter);
      return filter;
    });
    return filter;
  }

  private static RoutingTarget target(Map<String, ?> json, String path) {
    Map<String, Object> rest = new LinkedHashMap<>(json);
    String queueKey = rest.containsKey("queue") ? "queue" : "task_queue_sid";
    Object rawQueue = rest.remove(queueKey);
    rest.remove("task_queue_sid");
    String queuePath = path + "." + queueKey;
    String queue = rawQueue == null ? null : at(queuePath, () -> Rules.queue(queuePath, text(rawQueue, queuePath)));
    Integer priority = number(rest.remove("priority"), path + ".priority", true);
    Integer timeout = number(rest.remove("timeout"), path + ".timeout", false);
    String expression = expression(rest.remove("expression"), path + ".expression", ExpressionContext.TARGET);
    Object rawOrderBy = rest.remove("order_by");
    String orderByPath = path + ".order_by";
    String orderBy = rawOrderBy == null ? null
        : at(orderByPath, () -> Rules.orderBy(orderByPath, text(rawOrderBy, orderByPath)));
    String skipIf = expression(rest.remove("skip_if"), path + ".skip_if", ExpressionContext.SKIP_IF);
    String knownSid = knownWorker(rest.remove("known_worker_sid"), path + ".known_worker_sid");
    String knownName = knownWorker(rest.remove("known_worker_friendly_name"), path + ".known_worker_friendly_name");
    if (knownSid != null && knownName != null) {
      throw new WorkflowConfigurationException(path, -1,
          path + ": set known_worker_sid or known_worker_friendly_name, not both", null);
    }
    return new RoutingTarget(queue, priority, timeout, expression, orderBy, skipIf, knownSid, knownName, rest);
  }

  private static @Nullable Integer number(@Nullable Object value, String path, boolean priority) {
    if (value == null) {
      return null;
    }
    long number = integer(value, path);
    return at(path, () -> priority ? Rules.priority(path, number) : Rules.timeout(path, number));
  }

  private static @Nullable String expression(@Nullable Object value, String path, ExpressionContext context) {
    if (value == null) {
      return null;
    }
    String text = text(value, path);
    return at(path, () -> Rules.expression(text, context));
  }

  private static @Nullable String knownWorker(@Nullable Object value, String path) {
    return value == null ? null : at(path, () -> Rules.knownWorker(path, text(value, path)));
  }

  /**
   * Runs a rule on the value at {@code path}; its refusal becomes a
   * {@link WorkflowConfigurationException} for that path, with the position of an expression's problem.
   */
  private static <T> T at(String path, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (WorkflowConfigurationException e) {
      throw e;
    } catch (ExpressionException e) {
      throw new WorkflowConfigurationException(path, e.position(),
          path + ": invalid expression at position " + e.position() + ": " + e.problem(), e);
    } catch (IllegalArgumentException e) {
      throw new WorkflowConfigurationException(path, -1, String.valueOf(e.getMessage()), e);
    }
  }

  private static Object required(@Nullable Object value, String path, String why) {
    if (value == null) {
      throw invalid(path, "is required: " + why);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> object(@Nullable Object value, String path) {
    if (value == null) {
      throw invalid(path, "must be an object, but it is missing");
    }
    if (!(value instanceof Map)) {
      throw invalid(path, "must be an object, got " + describe(value));
    }
    return (Map<String, ?>) value;
  }

  private static List<?> list(Object value, String path) {
    if (!(value instanceof List)) {
      throw invalid(path, "must be an array, got " + describe(value));
    }
    return (List<?>) value;
  }

  private static String text(Object value, String path) {
    if (!(value instanceof String)) {
      throw invalid(path, "must be a string, got " + describe(value));
    }
    return (String) value;
  }

  /** Numbers may arrive as JSON numbers or as numeric strings ({@code "2"}); both are accepted. */
  private static long integer(Object value, String path) {
    double number;
    if (value instanceof Number) {
      number = ((Number) value).doubleValue();
    } else if (value instanceof String) {
      try {
        number = Double.parseDouble(((String) value).trim());
      } catch (NumberFormatException e) {
        throw invalid(path, "must be a whole number, got '" + value + "'");
      }
    } else {
      throw invalid(path, "must be a whole number, got " + describe(value));
    }
    if (number != Math.rint(number) || Math.abs(number) > Long.MAX_VALUE / 2) {
      throw invalid(path, "must be a whole number, got " + value);
    }
    return (long) number;
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return value instanceof String ? "a string" : value instanceof Boolean ? "a boolean" : "a number";
  }

  private static WorkflowConfigurationException invalid(String path, String problem) {
    return new WorkflowConfigurationException(path, -1, path + " " + problem, null);
  }
}
