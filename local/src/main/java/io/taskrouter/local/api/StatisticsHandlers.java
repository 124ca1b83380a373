package io.taskrouter.local.api;

import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.render.Fields;
import io.taskrouter.local.stats.CumulativeStatistics;
import io.taskrouter.local.stats.CumulativeStatistics.Scope;
import io.taskrouter.local.stats.RealTimeStatistics;
import io.taskrouter.local.stats.WorkerStatistics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The statistics endpoints. Workspace, workflow, queue and workers statistics come in three shapes
 * each (real-time, cumulative, and both together), so those twelve are registered from the table
 * of subjects times the shapes; the queue list, the bulk queue query and one worker's statistics
 * follow.
 */
final class StatisticsHandlers {
  static final int MAX_BULK_QUEUES = 50;
  private static final String WORKSPACE = "/v1/Workspaces/{WorkspaceSid}";

  private StatisticsHandlers() {}

  /**
   * Something statistics are asked about: its path below the workspace (e.g.
   * {@code /Workflows/{WorkflowSid}}, empty for the workspace) and how its figures are found.
   */
  private record Subject(String path, String noun, Resolver resolver) {}

  /** Looks the subject up (400/404), adds its SID field (workflow_sid, task_queue_sid) to {@code fields}. */
  @FunctionalInterface
  private interface Resolver {
    Resolved resolve(Call call, WorkspaceState ws, Fields fields);
  }

  /** The three forms statistics come in; the same for workspaces, workflows, queues and workers. */
  private enum Shape {
    REAL_TIME("/RealTimeStatistics", "RealTimeStatistics"),
    CUMULATIVE("/CumulativeStatistics", "CumulativeStatistics"),
    BOTH("/Statistics", "Statistics");

    final String pathSuffix;
    final String operationSuffix;

    Shape(String pathSuffix, String operationSuffix) {
      this.pathSuffix = pathSuffix;
      this.operationSuffix = operationSuffix;
    }

    /**
     * Real-time or cumulative alone: their fields at the top level; both: under {@code realtime}
     * and {@code cumulative}. Only the figures asked for are computed.
     */
    Map<String, @Nullable Object> assemble(Fields fields, Supplier<Fields> live, Supplier<Fields> history, String url) {
      switch (this) {
        case REAL_TIME -> fields.map().putAll(live.get().map());
        case CUMULATIVE -> fields.map().putAll(history.get().map());
        case BOTH -> fields.put("realtime", live.get().map()).put("cumulative", history.get().map());
      }
      return fields.put("url", url + pathSuffix).map();
    }
  }

  private record Resolved(String path, Predicate<Event> events, Scope scope, RealTime realTime) {}

  @FunctionalInterface
  private interface RealTime {
    Fields compute(Optional<String> channelSid);
  }

  private static final List<Subject> SUBJECTS = List.of(
      new Subject("", "Workspace", (call, ws, fields) -> new Resolved(ResourcePaths.workspace(ws.sid()),
          e -> true, Scope.WORKSPACE, channel -> RealTimeStatistics.workspace(ws, channel))),
      new Subject("/Workflows/{WorkflowSid}", "Workflow", (call, ws, fields) -> {
        Workflow workflow = call.found(ws.workflows.find(call.pathSid("WorkflowSid", Sids.WORKFLOW)));
        fields.put("workflow_sid", workflow.sid());
        return new Resolved(ResourcePaths.member(ws.sid(), "Workflows", workflow.sid()),
            e -> workflow.sid().equals(e.refs().workflowSid()), Scope.WORKFLOW,
            channel -> RealTimeStatistics.workflow(ws, workflow, channel));
      }),
      new Subject("/TaskQueues/{TaskQueueSid}", "TaskQueue", (call, ws, fields) -> {
        TaskQueue queue = call.found(ws.taskQueues.find(call.pathSid("TaskQueueSid", Sids.TASK_QUEUE)));
        fields.put("task_queue_sid", queue.sid());
        return new Resolved(ResourcePaths.member(ws.sid(), "TaskQueues", queue.sid()),
            e -> queue.sid().equals(e.refs().taskQueueSid()), Scope.TASK_QUEUE,
            channel -> RealTimeStatistics.queue(ws, queue, channel));
      }));

  static void register(Registry registry) {
    for (Shape shape : Shape.values()) {
      for (Subject subject : SUBJECTS) {
        registry.register("GET", WORKSPACE + subject.path() + shape.pathSuffix,
            "Fetch" + subject.noun() + shape.operationSuffix, call -> subjectStatistics(call, subject, shape));
      }
      // The service names the combined one in the singular: FetchWorkerStatistics.
      registry.register("GET", WORKSPACE + "/Workers" + shape.pathSuffix,
          shape == Shape.BOTH ? "FetchWorkerStatistics" : "FetchWorkers" + shape.operationSuffix,
          call -> workers(call, shape));
    }
    registry.register("GET", WORKSPACE + "/TaskQueues/Statistics", "ListTaskQueuesStatistics",
        StatisticsHandlers::listQueues);
    registry.register("POST", WORKSPACE + "/TaskQueues/RealTimeStatistics", "CreateTaskQueueBulkRealTimeStatistics",
        Registry.Body.JSON, StatisticsHandlers::bulkQueues);
    registry.register("GET", WORKSPACE + "/Workers/{WorkerSid}/Statistics", "FetchWorkerInstanceStatistics",
        StatisticsHandlers::workerInstance);
  }

  private static ApiResponse subjectStatistics(Call call, Subject subject, Shape shape) {
    WorkspaceState ws = call.workspace();
    Fields fields = new Fields().put("account_sid", ws.accountSid()).put("workspace_sid", ws.sid());
    Resolved resolved = subject.resolver().resolve(call, ws, fields);
    Optional<String> channel = channelSid(call, ws);
    return ApiResponse.ok(shape.assemble(fields, () -> resolved.realTime().compute(channel),
        () -> cumulative(call, ws, resolved, channel), call.render().url(resolved.path())));
  }

  private static Fields cumulative(Call call, WorkspaceState ws, Resolved resolved, Optional<String> channel) {
    Predicate<Event> inChannel = e -> channel.isEmpty() || channel.get().equals(e.refs().taskChannelSid());
    return CumulativeStatistics.of(ws, resolved.scope(), StatisticsParams.window(call.query(), call.now()),
        resolved.events().and(inChannel), StatisticsParams.splits(call.query()));
  }

  private static ApiResponse listQueues(Call call) {
    WorkspaceState ws = call.workspace();
    Optional<String> name = call.query().string("FriendlyName");
    Optional<String> channel = channelSid(call, ws);
    var queues = ws.taskQueues.stream()
        .filter(q -> name.isEmpty() || q.friendlyName().equals(name.get()));
    // Validate the window and splits once, before rendering any page.
    StatisticsParams.window(call.query(), call.now());
    StatisticsParams.splits(call.query());
    return ApiResponse.ok(ListPage.render(call, "task_queues_statistics", queues, ListOrder.creation(), queue -> {
      Resolved resolved = new Resolved(ResourcePaths.member(ws.sid(), "TaskQueues", queue.sid()),
          e -> queue.sid().equals(e.refs().taskQueueSid()), Scope.TASK_QUEUE, c -> RealTimeStatistics.queue(ws, queue, c));
      return new Fields()
          .put("account_sid", ws.accountSid())
          .put("cumulative", cumulative(call, ws, resolved, channel).map())
          .put("realtime", RealTimeStatistics.queue(ws, queue, channel).map())
          .put("task_queue_sid", queue.sid())
          .put("workspace_sid", ws.sid())
          .map();
    }));
  }

  /**
   * The bulk query's JSON body names up to 50 queues. Its field name is not documented, so a bare
   * array of SIDs is accepted, and so is an object with one array of SIDs (e.g. {@code TaskQueueSids}).
   */
  private static ApiResponse bulkQueues(Call call) {
    WorkspaceState ws = call.workspace();
    List<String> sids = bulkSids(new String(call.request().body(), StandardCharsets.UTF_8));
    List<Map<String, @Nullable Object>> data = new ArrayList<>();
    for (String sid : sids) {
      // A well-formed SID the workspace does not hold is answered with zeros, as the service does.
      TaskQueue queue = ws.taskQueues.find(sid).orElseGet(() -> TaskQueue.unknown(sid, ws));
      data.add(RealTimeStatistics.queue(ws, queue, Optional.empty()).put("task_queue_sid", sid).map());
    }
    return ApiResponse.ok(new Fields()
        .put("account_sid", ws.accountSid())
        .put("workspace_sid", ws.sid())
        .put("task_queue_data", data)
        .put("task_queue_response_count", data.size())
        .put("url", call.render().url(ResourcePaths.collection(ws.sid(), "TaskQueues") + "/RealTimeStatistics"))
        .map());
  }

  private static List<String> bulkSids(String body) {
    Object parsed;
    try {
      parsed = Json.parse(body.isBlank() ? "null" : body);
    } catch (Json.InvalidJsonException e) {
      throw ApiException.badRequest("Invalid body: not JSON (" + e.getMessage() + ")");
    }
    if (parsed instanceof Map<?, ?> object) {
      parsed = object.values().stream().filter(v -> v instanceof List).findFirst().orElse(null);
    }
    if (!(parsed instanceof List<?> list) || list.isEmpty()) {
      throw ApiException.badRequest("Invalid body: expected a JSON array of TaskQueue SIDs (1 to "
          + MAX_BULK_QUEUES + ")");
    }
    if (list.size() > MAX_BULK_QUEUES) {
      throw ApiException.badRequest("Invalid body: at most " + MAX_BULK_QUEUES + " TaskQueue SIDs per request, got "
          + list.size());
    }
    Set<String> sids = new LinkedHashSet<>();
    for (Object item : list) {
      if (!(item instanceof String sid) || !Sids.hasShape(sid, Sids.TASK_QUEUE)) {
        throw ApiException.badRequest("Invalid body: " + item + " is not a TaskQueue SID (WQ followed by 32 hex digits)");
      }
      sids.add(Sids.normalize(sid));
    }
    return new ArrayList<>(sids);
  }

  /** The workers statistics, for the workers the filters select. */
  private static ApiResponse workers(Call call, Shape shape) {
    WorkspaceState ws = call.workspace();
    Params query = call.query();
    Optional<TaskQueue> queue = References.taskQueue(query, "TaskQueueSid", ws);
    Optional<String> queueName = query.string("TaskQueueName");
    Optional<String> name = query.string("FriendlyName");
    channelSid(call, ws);
    List<Worker> workers = ws.workers.stream()
        .filter(w -> queue.isEmpty() || Routing.isMember(ws, queue.get(), w))
        .filter(w -> queueName.isEmpty() || ws.taskQueues.stream()
            .anyMatch(q -> q.friendlyName().equals(queueName.get()) && Routing.isMember(ws, q, w)))
        .filter(w -> name.isEmpty() || w.friendlyName().equals(name.get()))
        .toList();
    Set<String> sids = workers.stream().map(w -> w.sid()).collect(Collectors.toSet());
    Fields fields = new Fields().put("account_sid", ws.accountSid()).put("workspace_sid", ws.sid());
    return ApiResponse.ok(shape.assemble(fields, () -> RealTimeStatistics.workers(ws, workers),
        () -> WorkerStatistics.cumulative(ws, StatisticsParams.window(query, call.now()), sids),
        call.render().url(ResourcePaths.collection(ws.sid(), "Workers"))));
  }

  private static ApiResponse workerInstance(Call call) {
    WorkspaceState ws = call.workspace();
    Worker worker = call.found(ws.workers.find(call.pathSid("WorkerSid", Sids.WORKER)));
    channelSid(call, ws);
    return ApiResponse.ok(new Fields()
        .put("account_sid", ws.accountSid())
        .put("cumulative", WorkerStatistics.cumulative(ws, StatisticsParams.window(call.query(), call.now()),
            Set.of(worker.sid())).map())
        .put("worker_sid", worker.sid())
        .put("workspace_sid", ws.sid())
        .put("url", call.render().url(ResourcePaths.member(ws.sid(), "Workers", worker.sid()) + "/Statistics"))
        .map());
  }

  /** The TaskChannel query parameter (SID or unique name) as a channel SID. */
  private static Optional<String> channelSid(Call call, WorkspaceState ws) {
    return References.taskChannel(call.query(), "TaskChannel", ws).map((TaskChannel c) -> c.sid())
        .filter(Objects::nonNull);
  }
}
