package io.taskrouter.sdk.workflow;

import com.squareup.moshi.JsonAdapter;
import io.taskrouter.sdk.internal.Moshis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON form of a workflow configuration: written in the service's key order, read leniently. */
final class ConfigurationJson {
  private static final JsonAdapter<Object> WRITER = Moshis.MOSHI.adapter(Object.class);

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
    return WRITER.toJson(root);
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

  static WorkflowConfiguration parse(Map<String, Object> root) {
    Map<String, Object> rest = new LinkedHashMap<>(root);
    Map<String, Object> routing = object(rest.remove("task_routing"), "$.task_routing");
    WorkflowConfiguration.Builder builder = WorkflowConfiguration.builder();
    Object filters = routing.remove("filters");
    if (filters != null) {
      List<?> list = list(filters, "$.task_routing.filters");
      for (int i = 0; i < list.size(); i++) {
        builder.filter(filter(object(list.get(i), "$.task_routing.filters[" + i + "]"),
            "$.task_routing.filters[" + i + "]"));
      }
    }
    Object defaultFilter = routing.remove("default_filter");
    if (defaultFilter != null) {
      String path = "$.task_routing.default_filter";
      Map<String, Object> defaultJson = object(defaultFilter, path);
      RoutingTarget target = at(path, () -> target(defaultJson, path));
      at(path, () -> builder.defaultFilter(target));
    }
    return builder.extraRouting(routing).extra(rest).build();
  }

  private static RoutingFilter filter(Map<String, Object> json, String path) {
    Map<String, Object> rest = new LinkedHashMap<>(json);
    Object name = rest.containsKey("filter_friendly_name") ? rest.remove("filter_friendly_name") : rest.remove("friendly_name");
    RoutingFilter filter = RoutingFilter.named(name == null ? null : text(name, path + ".filter_friendly_name"));
    Object expression = rest.remove("expression");
    if (expression != null) {
      String text = text(expression, path + ".expression");
      RoutingFilter unmatched = filter;
      filter = at(path + ".expression", () -> unmatched.matching(text));
    }
    List<?> targets = list(require(rest.remove("targets"), path + ".targets"), path + ".targets");
    for (int i = 0; i < targets.size(); i++) {
      String targetPath = path + ".targets[" + i + "]";
      Map<String, Object> targetJson = object(targets.get(i), targetPath);
      RoutingFilter before = filter;
      filter = at(targetPath, () -> before.routeTo(target(targetJson, targetPath)));
    }
    for (Map.Entry<String, Object> extra : rest.entrySet()) {
      filter = filter.withExtra(extra.getKey(), extra.getValue());
    }
    return filter;
  }

  private static RoutingTarget target(Map<String, Object> json, String path) {
    Map<String, Object> rest = new LinkedHashMap<>(json);
    Object queue = rest.containsKey("queue") ? rest.remove("queue") : rest.remove("task_queue_sid");
    RoutingTarget target = queue == null ? RoutingTarget.inheritQueue()
        : RoutingTarget.toQueue(text(queue, path + ".queue"));
    Object priority = rest.remove("priority");
    if (priority != null) {
      target = target.withPriority(integer(priority, path + ".priority"));
    }
    Object timeout = rest.remove("timeout");
    if (timeout != null) {
      target = target.withTimeout(integer(timeout, path + ".timeout"));
    }
    Object expression = rest.remove("expression");
    if (expression != null) {
      target = target.withExpression(text(expression, path + ".expression"));
    }
    Object orderBy = rest.remove("order_by");
    if (orderBy != null) {
      target = target.withOrderBy(text(orderBy, path + ".order_by"));
    }
    Object skipIf = rest.remove("skip_if");
    if (skipIf != null) {
      target = target.withSkipIf(text(skipIf, path + ".skip_if"));
    }
    Object knownSid = rest.remove("known_worker_sid");
    Object knownName = rest.remove("known_worker_friendly_name");
    if (knownSid != null && knownName != null) {
      throw new IllegalArgumentException(path + ": set known_worker_sid or known_worker_friendly_name, not both");
    }
    if (knownSid != null) {
      target = target.withKnownWorkerSid(text(knownSid, path + ".known_worker_sid"));
    }
    if (knownName != null) {
      target = target.withKnownWorkerFriendlyName(text(knownName, path + ".known_worker_friendly_name"));
    }
    for (Map.Entry<String, Object> extra : rest.entrySet()) {
      target = target.withExtra(extra.getKey(), extra.getValue());
    }
    return target;
  }

  /** Runs a step and prefixes any refusal with the JSON path it concerns. */
  private static <T> T at(String path, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("$.")) {
        throw e;
      }
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static Object require(@Nullable Object value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + " is required");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value, String path) {
    if (!(require(value, path) instanceof Map)) {
      throw new IllegalArgumentException(path + " must be a JSON object");
    }
    return new LinkedHashMap<>((Map<String, Object>) value);
  }

  private static List<?> list(Object value, String path) {
    if (!(value instanceof List)) {
      throw new IllegalArgumentException(path + " must be a JSON array");
    }
    return (List<?>) value;
  }

  private static String text(Object value, String path) {
    if (!(value instanceof String)) {
      throw new IllegalArgumentException(path + " must be a string");
    }
    return (String) value;
  }

  /** Numbers may arrive as JSON numbers or as numeric strings ({@code "2"}); both are accepted. */
  private static int integer(Object value, String path) {
    try {
      double number = value instanceof Number ? ((Number) value).doubleValue() : Double.parseDouble(text(value, path).trim());
      if (number != Math.rint(number) || number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
        throw new IllegalArgumentException(path + " must be a whole number, got " + value);
      }
      return (int) number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(path + " must be a whole number, got '" + value + "'", e);
    }
  }
}
