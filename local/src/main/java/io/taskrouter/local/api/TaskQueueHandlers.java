package io.taskrouter.local.api;

import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.TaskQueueLifecycle;
import io.taskrouter.local.engine.TaskQueueLifecycle.QueueSettings;
import io.taskrouter.local.engine.Worker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

final class TaskQueueHandlers {
  static final Kind<TaskQueue> KIND = new Kind<>("task_queues", ws -> ws.taskQueues,
      Kind.bySid(Sids.TASK_QUEUE, ws -> ws.taskQueues), (render, ws, q) -> render.taskQueue(ws, q), false);

  private TaskQueueHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "TaskQueues", "TaskQueue", KIND, TaskQueueHandlers::select,
        TaskQueueHandlers::create, TaskQueueHandlers::update, TaskQueueLifecycle::delete);
  }

  private static ListPage.Selection<TaskQueue> select(Call call, WorkspaceState ws) {
    Params query = call.query();
    Optional<String> name = query.string("FriendlyName");
    Optional<Map<String, Object>> workerAttributes = query.jsonObject("EvaluateWorkerAttributes", Integer.MAX_VALUE)
        .map(Json::parseObject);
    Optional<Worker> worker = References.worker(query, "WorkerSid", ws);
    Optional<List<ListOrder.Key<TaskQueue>>> ordering = Ordering.parse(query, Map.of(
        "DateCreated", (TaskQueue q) -> ListOrder.instant(q.dateCreated()),
        "DateUpdated", (TaskQueue q) -> ListOrder.instant(q.dateUpdated())));
    Stream<TaskQueue> queues = ws.taskQueues.stream()
        .filter(q -> name.isEmpty() || q.friendlyName().equals(name.get()))
        .filter(q -> workerAttributes.isEmpty() || Routing.isMember(call.store().matcher(), q, workerAttributes.get()))
        .filter(q -> worker.isEmpty() || Routing.isMember(ws, q, worker.get()));
    return new ListPage.Selection<>(queues, ListOrder.requested(ordering));
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    String name = form.required("FriendlyName");
    form.text("FriendlyName", 64);
    QueueSettings settings = settings(form, ws);
    return KIND.respond(201, call, ws, TaskQueueLifecycle.create(ws, name, settings));
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    TaskQueue queue = KIND.find(call, ws);
    Optional<String> name = call.form().rename("FriendlyName", 64);
    TaskQueueLifecycle.update(ws, queue, name, settings(call.form(), ws));
    return KIND.respond(200, call, ws, queue);
  }

  /** The settings create and update share, all optional. */
  private static QueueSettings settings(Params form, WorkspaceState ws) {
    return new QueueSettings(
        form.string("TargetWorkers"),
        form.integer("MaxReservedWorkers", 1, 50),
        form.oneOf("TaskOrder", "FIFO", "LIFO"),
        References.activity(form, "ReservationActivitySid", ws),
        References.activity(form, "AssignmentActivitySid", ws));
  }
}
