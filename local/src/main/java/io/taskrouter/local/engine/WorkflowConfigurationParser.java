package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.model.WorkflowConfiguration;
import io.taskrouter.local.model.WorkflowConfiguration.Filter;
import io.taskrouter.local.model.WorkflowConfiguration.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a workflow {@code Configuration} and refuses what the service would refuse: text that is
 * not JSON, a missing {@code task_routing}, filters without an expression or targets, a first
 * target without a queue, and queues that do not exist in the workspace. Accepts the legacy
 * spellings {@code task_queue_sid} (for {@code queue}) and {@code friendly_name} (for
 * {@code filter_friendly_name}), and numbers written as strings ({@code "priority": "2"}), all of
 * which appear in published examples.
 */
public final class WorkflowConfigurationParser {
  private static final String PARAM = "Configuration";

  private WorkflowConfigurationParser() {}

  public static WorkflowConfiguration parse(String json, WorkspaceState ws) {
    Map<String, Object> root;
    try {
      root = Json.parseObject(json);
    } catch (Json.InvalidJsonException e) {
      throw invalid("is not a valid JSON object (" + e.getMessage() + ")");
    }
    Map<?, ?> routing = object(root.get("task_routing"), "task_routing");
    List<Filter> filters = new ArrayList<>();
    Object rawFilters = routing.get("filters");
    if (rawFilters != null) {
      if (!(rawFilters instanceof List<?> list)) {
        throw invalid("task_routing.filters must be an array");
      }
      for (int i = 0; i < list.size(); i++) {
        filters.add(filter(object(list.get(i), "task_routing.filters[" + i + "]"), i, ws));
      }
    }
    Optional<Target> defaultFilter = Optional.empty();
    Object rawDefault = routing.get("default_filter");
    if (rawDefault != null) {
      defaultFilter = Optional.of(target(object(rawDefault, "task_routing.default_filter"),
          "task_routing.default_filter", null, ws));
    }
    return new WorkflowConfiguration(List.copyOf(filters), defaultFilter);
  }

  private static Filter filter(Map<?, ?> filter, int index, WorkspaceState ws) {
    String where = "task_routing.filters[" + index + "]";
    String expression = string(filter.get("expression"), where + ".expression");
    if (expression == null) {
      throw invalid(where + " needs an expression");
    }
    Object rawTargets = filter.get("targets");
    if (!(rawTargets instanceof List<?> targets) || targets.isEmpty()) {
      throw invalid(where + " needs a non-empty targets array");
    }
    List<Target> parsed = new ArrayList<>();
    String inherited = null;
    for (int i = 0; i < targets.size(); i++) {
      String targetWhere = where + ".targets[" + i + "]";
      Target target = target(object(targets.get(i), targetWhere), targetWhere, inherited, ws);
      inherited = target.queueSid();
      parsed.add(target);
    }
    String name = string(filter.get("filter_friendly_name"), where + ".filter_friendly_name");
    if (name == null) {
      name = string(filter.get("friendly_name"), where + ".friendly_name");
    }
    return new Filter(name, expression, List.copyOf(parsed));
  }

  private static Target target(Map<?, ?> target, String where, @Nullable String inheritedQueue, WorkspaceState ws) {
    String queue = string(target.get("queue"), where + ".queue");
    if (queue == null) {
      queue = string(target.get("task_queue_sid"), where + ".task_queue_sid");
    }
    if (queue == null) {
      queue = inheritedQueue;
    }
    if (queue == null) {
      throw invalid(where + " needs a queue");
    }
    if (!Sids.hasShape(queue, Sids.TASK_QUEUE) || ws.taskQueues.find(queue).isEmpty()) {
      throw invalid(where + " names TaskQueue " + queue + ", which does not exist in this workspace");
    }
    Integer timeout = integer(target.get("timeout"), where + ".timeout", 1);
    return new Target(Sids.normalize(queue), integer(target.get("priority"), where + ".priority", 0), timeout,
        string(target.get("expression"), where + ".expression"),
        string(target.get("order_by"), where + ".order_by"),
        string(target.get("skip_if"), where + ".skip_if"),
        string(target.get("known_worker_sid"), where + ".known_worker_sid"),
        string(target.get("known_worker_friendly_name"), where + ".known_worker_friendly_name"));
  }

  private static Map<?, ?> object(@Nullable Object value, String where) {
    if (!(value instanceof Map<?, ?> map)) {
      throw invalid(where + " must be an object");
    }
    return map;
  }

  private static @Nullable String string(@Nullable Object value, String where) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw invalid(where + " must be a string");
  }

  /** JSON numbers and numeric strings are both accepted, as in the service's own examples. */
  private static @Nullable Integer integer(@Nullable Object value, String where, int min) {
    if (value == null) {
      return null;
    }
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else if (value instanceof String s) {
      try {
        number = Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw invalid(where + " must be an integer");
      }
    } else {
      throw invalid(where + " must be an integer");
    }
    if (number != Math.rint(number) || number < min || number > Integer.MAX_VALUE) {
      throw invalid(where + " must be an integer of at least " + min);
    }
    return (int) number;
  }

  private static ApiException invalid(String reason) {
    return ApiException.badRequest("Invalid " + PARAM + ": " + reason);
  }
}
