package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.TaskLifecycle;
import io.taskrouter.local.engine.TaskLifecycle.NewTask;
import io.taskrouter.local.engine.TaskLifecycle.TaskChanges;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Task;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.engine.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

final class TaskHandlers {
  static final int MAX_ATTRIBUTES = 4096;
  static final int DEFAULT_TIMEOUT = 86_400;
  static final int MAX_TIMEOUT = 1_209_600;
  private static final Instant EARLIEST_START = Instant.parse("1900-01-01T00:00:00Z");
  private static final String[] STATUSES = {"pending", "reserved", "assigned", "canceled", "completed", "wrapping"};
  static final Kind<Task> KIND = new Kind<>("tasks", ws -> ws.tasks,
      Kind.bySid(Sids.TASK, ws -> ws.tasks), (render, ws, t) -> render.task(ws, t), true);

  private TaskHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "Tasks", "Task", KIND, TaskHandlers::select,
        TaskHandlers::create, TaskHandlers::update, TaskLifecycle::delete);
  }

  private static ListPage.Selection<Task> select(Call call, WorkspaceState ws) {
    Params query = call.query();
    Optional<Integer> priority = query.integer("Priority", 0, Integer.MAX_VALUE);
    List<TaskStatus> statuses = new ArrayList<>();
    for (String value : query.list("AssignmentStatus")) {
      statuses.add(TaskStatus.fromWire(value).orElseThrow(() -> Params.invalid("AssignmentStatus",
          "must be one of " + String.join(", ", STATUSES) + ", got '" + value + "'")));
    }
    Optional<String> workflowSid = query.sid("WorkflowSid", Sids.WORKFLOW);
    Optional<String> workflowName = query.string("WorkflowName");
    Optional<String> queueSid = query.sid("TaskQueueSid", Sids.TASK_QUEUE);
    Optional<String> queueName = query.string("TaskQueueName");
    Optional<String> routingTarget = query.string("RoutingTarget");
    Optional<Boolean> hasAddons = query.bool("HasAddons");
    Optional<List<ListOrder.Key<Task>>> ordering = Ordering.parse(query, Map.of(
        "DateCreated", (Task t) -> ListOrder.instant(t.dateCreated()),
        "Priority", (Task t) -> t.priority(),
        "VirtualStartTime", (Task t) -> ListOrder.instant(t.virtualStartTime())));
    Stream<Task> tasks = ws.tasks.stream()
        .filter(t -> priority.isEmpty() || t.priority() == priority.get())
        .filter(t -> statuses.isEmpty() || statuses.contains(t.status()))
        .filter(t -> workflowSid.isEmpty() || workflowSid.get().equals(t.workflowSid()))
        .filter(t -> workflowName.isEmpty() || workflowName.get().equals(ws.workflowName(t.workflowSid())))
        .filter(t -> queueSid.isEmpty() || queueSid.get().equals(t.taskQueueSid()))
        .filter(t -> queueName.isEmpty() || queueName.get().equals(ws.queueName(t.taskQueueSid())))
        .filter(t -> routingTarget.isEmpty() || routingTarget.get().equals(t.routingTarget()))
        .filter(t -> hasAddons.isEmpty() || hasAddons.get() == !t.addons().equals("{}"))
        .filter(ExpressionFilter.of(call, "EvaluateTaskAttributes", (Task t) -> t.attributes()));
    return new ListPage.Selection<>(tasks, ListOrder.requested(ordering));
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    int timeout = form.integer("Timeout", 1, MAX_TIMEOUT).orElse(DEFAULT_TIMEOUT);
    int priority = form.integer("Priority", 0, Integer.MAX_VALUE).orElse(0);
    String attributes = form.jsonObject("Attributes", MAX_ATTRIBUTES).orElse("{}");
    TaskChannel channel = References.taskChannel(form, "TaskChannel", ws)
        .or(() -> ws.taskChannel("default"))
        .orElseThrow(() -> Params.invalid("TaskChannel", "is required: the workspace has no 'default' TaskChannel"));
    Optional<Instant> virtualStart = virtualStartTime(form, call.now());
    Optional<Boolean> ignoreCapacity = form.bool("IgnoreCapacity");
    Destination destination = Destination.read(form, ws);

    Task task = TaskLifecycle.create(ws, new NewTask(attributes, timeout, priority, channel, virtualStart,
        ignoreCapacity, destination.workflow(), destination.queue(), destination.routingTarget()));
    return KIND.respond(201, call, ws, task);
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Task task = KIND.find(call, ws);
    Params form = call.form();
    Optional<String> attributes = form.jsonObject("Attributes", MAX_ATTRIBUTES);
    Optional<TaskStatus> status = form.oneOf("AssignmentStatus", STATUSES).flatMap(TaskStatus::fromWire);
    Optional<String> reason = form.string("Reason");
    Optional<Integer> priority = form.integer("Priority", 0, Integer.MAX_VALUE);
    Optional<TaskChannel> channel = References.taskChannel(form, "TaskChannel", ws);
    Optional<Instant> virtualStart = virtualStartTime(form, call.now());
    call.checkIfMatch(task);
    TaskLifecycle.update(ws, task, new TaskChanges(attributes, status, reason, priority, channel, virtualStart));
    return KIND.respond(200, call, ws, task);
  }

  private static Optional<Instant> virtualStartTime(Params form, Instant now) {
    Optional<Instant> start = form.dateTime("VirtualStartTime");
    start.ifPresent(instant -> {
      if (instant.isAfter(now) || instant.isBefore(EARLIEST_START)) {
        throw Params.invalid("VirtualStartTime", "must not be in the future nor before 1900");
      }
    });
    return start;
  }

  /**
   * Where a new task goes: a workflow (WorkflowSid, a workflow RoutingTarget, or the workspace's
   * only workflow), a queue (TaskQueueSid or a queue RoutingTarget), or straight to a worker.
   */
  private record Destination(@Nullable Workflow workflow, @Nullable TaskQueue queue, @Nullable String routingTarget) {

    static Destination read(Params form, WorkspaceState ws) {
      Optional<Workflow> workflow = References.workflow(form, "WorkflowSid", ws);
      Optional<TaskQueue> queue = References.taskQueue(form, "TaskQueueSid", ws);
      String target = form.string("RoutingTarget").map(String::trim).orElse(null);
      if (target != null) {
        String prefix = target.length() >= 2 ? target.substring(0, 2) : target;
        switch (prefix) {
          case Sids.WORKER -> References.worker(form, "RoutingTarget", ws);
          case Sids.TASK_QUEUE -> queue = queue.or(() -> References.taskQueue(form, "RoutingTarget", ws));
          case Sids.WORKFLOW -> workflow = workflow.or(() -> References.workflow(form, "RoutingTarget", ws));
          default -> throw Params.invalid("RoutingTarget", "must be the SID of a Worker (WK), TaskQueue (WQ) or "
              + "Workflow (WW), got '" + target + "'");
        }
        target = Sids.normalize(target);
      }
      if (workflow.isPresent() && queue.isPresent()) {
        throw Params.invalid("TaskQueueSid", "cannot be combined with a workflow; give one of them");
      }
      if (workflow.isEmpty() && queue.isEmpty() && (target == null || !target.startsWith(Sids.WORKER))) {
        if (ws.workflows.size() != 1) {
          throw ApiException.badRequest("Missing required parameter WorkflowSid in the post body: the workspace has "
              + ws.workflows.size() + " workflows, so the task's workflow must be named");
        }
        workflow = Optional.of(ws.workflows.list().get(0));
      }
      return new Destination(workflow.orElse(null), queue.orElse(null), target);
    }
  }
}
