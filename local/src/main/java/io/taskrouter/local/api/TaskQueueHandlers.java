package io.taskrouter.local.api;

import io.taskrouter.local.engine.ReferenceGuard;
import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.model.Activity;
import io.taskrouter.local.model.TaskQueue;
import io.taskrouter.local.model.Worker;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

final class TaskQueueHandlers {
  static final int MAX_QUEUES = 5000;
  static final Kind<TaskQueue> KIND = new Kind<>("task_queues", ws -> ws.taskQueues,
      Kind.bySid(Sids.TASK_QUEUE, ws -> ws.taskQueues), (render, ws, q) -> render.taskQueue(ws, q), false);

  private TaskQueueHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "TaskQueues", "TaskQueue", KIND, TaskQueueHandlers::select,
        TaskQueueHandlers::create, TaskQueueHandlers::update, (ws, queue) -> {
          ReferenceGuard.checkTaskQueueDeletable(ws, queue);
          ws.removeTaskQueue(queue);
        });
  }

  private static Stream<TaskQueue> select(Call call, WorkspaceState ws) {
    Params query = call.query();
    Optional<String> name = query.string("FriendlyName");
    Optional<Map<String, Object>> workerAttributes = query.jsonObject("EvaluateWorkerAttributes", Integer.MAX_VALUE)
        .map(Json::parseObject);
    Optional<Worker> worker = References.worker(query, "WorkerSid", ws);
    Optional<Comparator<TaskQueue>> ordering = Ordering.parse(query, Map.of(
        "DateCreated", Comparator.comparing((TaskQueue q) -> q.dateCreated),
        "DateUpdated", Comparator.comparing((TaskQueue q) -> q.dateUpdated)));
    Stream<TaskQueue> queues = ws.taskQueues.stream()
        .filter(q -> name.isEmpty() || q.friendlyName.equals(name.get()))
        .filter(q -> workerAttributes.isEmpty() || Routing.isMember(call.store().matcher(), q, workerAttributes.get()))
        .filter(q -> worker.isEmpty() || Routing.isMember(ws, q, worker.get()));
    return ordering.map(queues::sorted).orElse(queues);
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    String name = form.required("FriendlyName");
    form.text("FriendlyName", 64);
    Settings settings = Settings.read(form, ws);
    if (ws.taskQueues.size() >= MAX_QUEUES) {
      throw ApiException.badRequest("A workspace can have at most " + MAX_QUEUES + " task queues");
    }
    TaskQueue queue = new TaskQueue(call.store().newSid(Sids.TASK_QUEUE), call.now(), ws.sid(), name);
    settings.applyTo(queue);
    ws.addTaskQueue(queue);
    return KIND.respond(201, call, ws, queue);
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    TaskQueue queue = KIND.find(call, ws);
    Optional<String> name = call.form().rename("FriendlyName", 64);
    Settings settings = Settings.read(call.form(), ws);
    String previousExpression = queue.targetWorkers;
    name.ifPresent(n -> queue.friendlyName = n);
    settings.applyTo(queue);
    queue.touch(call.now());
    if (!previousExpression.equals(queue.targetWorkers)) {
      ws.record().queue("task-queue.expression.updated", queue, "TaskQueue " + queue.friendlyName
          + " target workers changed");
    }
    return KIND.respond(200, call, ws, queue);
  }

  /** The settings create and update share, all optional. */
  private record Settings(Optional<String> targetWorkers, Optional<Integer> maxReservedWorkers,
      Optional<String> taskOrder, Optional<Activity> reservationActivity, Optional<Activity> assignmentActivity) {

    static Settings read(Params form, WorkspaceState ws) {
      return new Settings(
          form.string("TargetWorkers"),
          form.integer("MaxReservedWorkers", 1, 50),
          form.oneOf("TaskOrder", "FIFO", "LIFO"),
          References.activity(form, "ReservationActivitySid", ws),
          References.activity(form, "AssignmentActivitySid", ws));
    }

    void applyTo(TaskQueue queue) {
      targetWorkers.ifPresent(expression -> queue.targetWorkers = expression);
      maxReservedWorkers.ifPresent(max -> queue.maxReservedWorkers = max);
      taskOrder.ifPresent(order -> queue.taskOrder = order);
      reservationActivity.ifPresent(a -> queue.reservationActivitySid = a.sid);
      assignmentActivity.ifPresent(a -> queue.assignmentActivitySid = a.sid);
    }
  }
}
