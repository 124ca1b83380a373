package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.model.WorkflowConfiguration;
import io.taskrouter.local.model.WorkflowConfiguration.Filter;
import io.taskrouter.local.model.WorkflowConfiguration.Target;
import io.taskrouter.workflow.RoutingFilter;
import io.taskrouter.workflow.RoutingTarget;
import io.taskrouter.workflow.WorkflowConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a workflow {@code Configuration} and refuses what the service would refuse. Every rule of
 * the document itself (expressions in their contexts, SIDs, timeouts, priorities, order_by, known
 * workers, the shape) is the shared model's ({@link io.taskrouter.workflow.WorkflowConfiguration}),
 * the same the SDK applies before sending; this class adds what only the server can know: that the
 * queues named exist in the workspace. Errors name the JSON path, and the position in an expression.
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
    io.taskrouter.workflow.WorkflowConfiguration checked;
    try {
      checked = io.taskrouter.workflow.WorkflowConfiguration.fromMap(root);
    } catch (WorkflowConfigurationException e) {
      throw invalid(e.getMessage());
    }
    List<Filter> filters = new ArrayList<>();
    for (int i = 0; i < checked.filters().size(); i++) {
      RoutingFilter filter = checked.filters().get(i);
      List<Target> targets = new ArrayList<>();
      String inherited = null;
      for (int j = 0; j < filter.targets().size(); j++) {
        Target target = resolve(filter.targets().get(j), inherited,
            "$.task_routing.filters[" + i + "].targets[" + j + "].queue", ws);
        inherited = target.queueSid();
        targets.add(target);
      }
      filters.add(new Filter(filter, List.copyOf(targets)));
    }
    Optional<Target> defaultFilter = Optional.ofNullable(checked.defaultFilter())
        .map(target -> resolve(target, null, "$.task_routing.default_filter.queue", ws));
    return new WorkflowConfiguration(List.copyOf(filters), defaultFilter);
  }

  private static Target resolve(RoutingTarget step, @Nullable String inherited, String path, WorkspaceState ws) {
    // The shared model guarantees a queue on the first step of a filter and on the default filter.
    String queue = step.queue() != null ? step.queue() : inherited;
    if (queue == null || ws.taskQueues.find(queue).isEmpty()) {
      throw invalid(path + " names TaskQueue " + queue + ", which does not exist in this workspace");
    }
    return new Target(Sids.normalize(queue), step);
  }

  private static ApiException invalid(String reason) {
    return ApiException.badRequest("Invalid " + PARAM + ": " + reason);
  }
}
