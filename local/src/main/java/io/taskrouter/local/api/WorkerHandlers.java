package io.taskrouter.local.api;

import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkerLifecycle;
import io.taskrouter.local.engine.WorkerLifecycle.NewWorker;
import io.taskrouter.local.engine.WorkerLifecycle.WorkerChanges;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

final class WorkerHandlers {
  static final int MAX_ATTRIBUTES = 4096;
  static final Kind<Worker> KIND = new Kind<>("workers", ws -> ws.workers,
      Kind.bySid(Sids.WORKER, ws -> ws.workers), (render, ws, w) -> render.worker(ws, w), true);

  private WorkerHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "Workers", "Worker", KIND, WorkerHandlers::select,
        WorkerHandlers::create, WorkerHandlers::update, WorkerLifecycle::delete);
  }

  private static ListPage.Selection<Worker> select(Call call, WorkspaceState ws) {
    Params query = call.query();
    Optional<String> activityName = query.string("ActivityName");
    Optional<Activity> activity = References.activity(query, "ActivitySid", ws);
    Optional<Boolean> available = query.bool("Available");
    Optional<String> friendlyName = query.string("FriendlyName");
    Optional<TaskQueue> queue = References.taskQueue(query, "TaskQueueSid", ws);
    Optional<String> queueName = query.string("TaskQueueName");
    Optional<List<ListOrder.Key<Worker>>> ordering = Ordering.parse(query, Map.of(
        "DateCreated", (Worker w) -> ListOrder.instant(w.dateCreated()),
        "DateStatusChanged", (Worker w) -> ListOrder.instant(w.dateStatusChanged())));
    Stream<Worker> workers = ws.workers.stream()
        .filter(w -> activityName.isEmpty() || activityName.get().equals(ws.activityName(w.activitySid())))
        .filter(w -> activity.isEmpty() || w.activitySid().equals(activity.get().sid()))
        .filter(w -> available.isEmpty() || ws.activityAvailable(w.activitySid()) == available.get())
        .filter(w -> friendlyName.isEmpty() || w.friendlyName().equals(friendlyName.get()))
        .filter(w -> queue.isEmpty() || Routing.isMember(ws, queue.get(), w))
        .filter(w -> queueName.isEmpty() || ws.taskQueues.stream()
            .anyMatch(q -> q.friendlyName().equals(queueName.get()) && Routing.isMember(ws, q, w)))
        .filter(ExpressionFilter.of(call, "TargetWorkersExpression", (Worker w) -> w.attributes()));
    return new ListPage.Selection<>(workers, ListOrder.requested(ordering));
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    String name = form.required("FriendlyName");
    form.text("FriendlyName", 64);
    Optional<Activity> activity = References.activity(form, "ActivitySid", ws);
    String attributes = form.jsonObject("Attributes", MAX_ATTRIBUTES).orElse("{}");
    return KIND.respond(201, call, ws, WorkerLifecycle.create(ws, new NewWorker(name, activity, attributes)));
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Worker worker = KIND.find(call, ws);
    Params form = call.form();
    Optional<Activity> activity = References.activity(form, "ActivitySid", ws);
    Optional<String> attributes = form.jsonObject("Attributes", MAX_ATTRIBUTES);
    Optional<String> name = form.rename("FriendlyName", 64);
    boolean rejectPending = form.bool("RejectPendingReservations").orElse(false);
    WorkerChanges changes = new WorkerChanges(name, activity, attributes, rejectPending);
    WorkerLifecycle.checkUpdate(changes);
    call.checkIfMatch(worker);
    WorkerLifecycle.update(ws, worker, changes);
    return KIND.respond(200, call, ws, worker);
  }
}
