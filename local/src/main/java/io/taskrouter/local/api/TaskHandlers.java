package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Task;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskLifecycle;
import io.taskrouter.local.engine.TaskLifecycle.NewTask;
import io.taskrouter.local.engine.TaskLifecycle.TaskChanges;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.render.TaskViews.TaskList;
import io.taskrouter.local.render.TaskViews.TaskView;
import io.taskrouter.local.wire.ParamSpec;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.CreateTaskRequest;
import io.taskrouter.local.wire.generated.DeleteTaskRequest;
import io.taskrouter.local.wire.generated.FetchTaskRequest;
import io.taskrouter.local.wire.generated.ListTaskRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.TaskListWriter;
import io.taskrouter.local.wire.generated.TaskWriter;
import io.taskrouter.local.wire.generated.UpdateTaskRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Tasks. Every answer about one task carries its ETag; updates and deletes honour If-Match. */
interface TaskHandlers extends OperationHandlers<Call> {
  /** The earliest VirtualStartTime the service accepts. */
  Instant EARLIEST_START = Instant.parse("1900-01-01T00:00:00Z");

  private static Task task(Call call, WorkspaceState ws, String sid) {
    return call.found(ws.tasks.find(Sids.normalize(sid)));
  }

  /** The task's answer, written later (on the HTTP thread) from a copy taken now. */
  private static Supplier<String> json(Call call, WorkspaceState ws, Task task) {
    TaskView view = TaskView.of(call.links(), ws, task);
    return () -> TaskWriter.toJson(view);
  }

  private static Optional<Instant> virtualStartTime(ParamSpec param, Optional<Instant> start, Instant now) {
    start.ifPresent(instant -> {
      if (instant.isAfter(now) || instant.isBefore(EARLIEST_START)) {
        throw References.invalid(param, "must not be in the future nor before 1900");
      }
    });
    return start;
  }

  @Override
  default WireResponse listTask(ListTaskRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    // Repeated or comma-joined, each checked against TaskStatus by the decoder.
    List<TaskStatus> statuses = request.assignmentStatus().stream().map(s -> TaskStatus.fromWire(s).orElseThrow())
        .toList();
    Optional<String> workflowSid = request.workflowSid().map(Sids::normalize);
    Optional<String> queueSid = request.taskQueueSid().map(Sids::normalize);
    Optional<List<ListOrder.Key<Task>>> ordering = Ordering.parse(ListTaskRequest.ORDERING, request.ordering(), Map.of(
        "DateCreated", (Task t) -> ListOrder.instant(t.dateCreated()),
        "Priority", (Task t) -> t.priority(),
        "VirtualStartTime", (Task t) -> ListOrder.instant(t.virtualStartTime())));
    var tasks = ws.tasks.stream()
        .filter(t -> request.priority().isEmpty() || t.priority() == request.priority().get())
        .filter(t -> statuses.isEmpty() || statuses.contains(t.status()))
        .filter(t -> workflowSid.isEmpty() || workflowSid.get().equals(t.workflowSid()))
        .filter(t -> request.workflowName().isEmpty()
            || request.workflowName().get().equals(ws.workflowName(t.workflowSid())))
        .filter(t -> queueSid.isEmpty() || queueSid.get().equals(t.taskQueueSid()))
        .filter(t -> request.taskQueueName().isEmpty()
            || request.taskQueueName().get().equals(ws.queueName(t.taskQueueSid())))
        .filter(t -> request.routingTarget().isEmpty() || request.routingTarget().get().equals(t.routingTarget()))
        .filter(t -> request.hasAddons().isEmpty() || request.hasAddons().get() == !t.addons().equals("{}"))
        .filter(ExpressionFilter.of(call.store(), ListTaskRequest.EVALUATE_TASK_ATTRIBUTES,
            request.evaluateTaskAttributes(), (Task t) -> t.attributes()));
    ListPage.Page<Task> page = ListPage.page(call, TaskListWriter.KEY, tasks, ListOrder.requested(ordering),
        new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return Call.ok(TaskListWriter.toJson(new TaskList(page.map(t -> TaskView.of(call.links(), ws, t)), page.meta())),
        null).withETag(ws.tasks.version());
  }

  @Override
  default WireResponse createTask(CreateTaskRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    TaskChannel channel = References.taskChannel(ws, CreateTaskRequest.TASK_CHANNEL, request.taskChannel());
    Optional<Instant> virtualStart = virtualStartTime(CreateTaskRequest.VIRTUAL_START_TIME,
        request.virtualStartTime(), call.now());
    Destination destination = Destination.of(request, ws);
    Task task = TaskLifecycle.create(ws, new NewTask(request.attributes(), request.timeout(), request.priority(),
        channel, virtualStart, request.ignoreCapacity(), destination.workflow(), destination.queue(),
        destination.routingTarget()));
    return Call.created(json(call, ws, task), task);
  }

  @Override
  default WireResponse fetchTask(FetchTaskRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Task task = task(call, ws, request.sid());
    return Call.ok(json(call, ws, task), task);
  }

  @Override
  default WireResponse updateTask(UpdateTaskRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Task task = task(call, ws, request.sid());
    Optional<TaskStatus> status = request.assignmentStatus().flatMap(TaskStatus::fromWire);
    Optional<TaskChannel> channel = References.taskChannel(ws, UpdateTaskRequest.TASK_CHANNEL, request.taskChannel());
    Optional<Instant> virtualStart = virtualStartTime(UpdateTaskRequest.VIRTUAL_START_TIME,
        request.virtualStartTime(), call.now());
    Call.checkIfMatch(request.ifMatch(), task);
    TaskLifecycle.update(ws, task, new TaskChanges(request.attributes(), status, request.reason(),
        request.priority(), channel, virtualStart));
    return Call.ok(json(call, ws, task), task);
  }

  @Override
  default WireResponse deleteTask(DeleteTaskRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Task task = task(call, ws, request.sid());
    Call.checkIfMatch(request.ifMatch(), task);
    TaskLifecycle.delete(ws, task);
    return WireResponse.noContent();
  }

  /**
   * Where a new task goes: a workflow (WorkflowSid, a workflow RoutingTarget, or the workspace's
   * only workflow), a queue (TaskQueueSid or a queue RoutingTarget), or straight to a worker.
   */
  record Destination(@Nullable Workflow workflow, @Nullable TaskQueue queue, @Nullable String routingTarget) {

    static Destination of(CreateTaskRequest request, WorkspaceState ws) {
      Optional<Workflow> workflow = References.workflow(ws, CreateTaskRequest.WORKFLOW_SID, request.workflowSid());
      Optional<TaskQueue> queue = References.taskQueue(ws, CreateTaskRequest.TASK_QUEUE_SID, request.taskQueueSid());
      ParamSpec targetParam = CreateTaskRequest.ROUTING_TARGET;
      Optional<String> target = request.routingTarget().map(String::trim);
      if (target.isPresent()) {
        String value = target.get();
        Optional<String> given = target;
        String prefix = value.length() >= 2 ? value.substring(0, 2) : value;
        boolean sid = value.length() == 34;
        switch (sid ? prefix : "") {
          case Sids.WORKER -> References.worker(ws, targetParam, target);
          case Sids.TASK_QUEUE -> queue = queue.or(() -> References.taskQueue(ws, targetParam, given));
          case Sids.WORKFLOW -> workflow = workflow.or(() -> References.workflow(ws, targetParam, given));
          default -> throw References.invalid(targetParam, "must be the SID of a Worker (WK), TaskQueue (WQ) or "
              + "Workflow (WW), got '" + value + "'");
        }
        target = Optional.of(Sids.normalize(value));
      }
      if (workflow.isPresent() && queue.isPresent()) {
        throw References.invalid(CreateTaskRequest.TASK_QUEUE_SID, "cannot be combined with a workflow; give one of them");
      }
      boolean toWorker = target.isPresent() && target.get().startsWith(Sids.WORKER);
      if (workflow.isEmpty() && queue.isEmpty() && !toWorker) {
        if (ws.workflows.size() != 1) {
          throw ApiException.badRequest(CreateTaskRequest.WORKFLOW_SID.missing().getMessage() + ": the workspace has "
              + ws.workflows.size() + " workflows, so the task's workflow must be named");
        }
        workflow = Optional.of(ws.workflows.list().get(0));
      }
      return new Destination(workflow.orElse(null), queue.orElse(null), target.orElse(null));
    }
  }
}
