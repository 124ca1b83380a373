package io.taskrouter.local.api;

import io.taskrouter.local.engine.ReferenceGuard;
import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Activity;
import io.taskrouter.local.model.TaskQueue;
import io.taskrouter.local.model.Worker;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        WorkerHandlers::create, WorkerHandlers::update, (ws, worker) -> {
          ReferenceGuard.checkWorkerDeletable(ws, worker);
          ws.removeWorker(worker);
        });
  }

  private static Stream<Worker> select(Call call, WorkspaceState ws) {
    Params query = call.query();
    Optional<String> activityName = query.string("ActivityName");
    Optional<Activity> activity = References.activity(query, "ActivitySid", ws);
    Optional<Boolean> available = query.bool("Available");
    Optional<String> friendlyName = query.string("FriendlyName");
    Optional<TaskQueue> queue = References.taskQueue(query, "TaskQueueSid", ws);
    Optional<String> queueName = query.string("TaskQueueName");
    Optional<Comparator<Worker>> ordering = Ordering.parse(query, Map.of(
        "DateCreated", Comparator.comparing((Worker w) -> w.dateCreated),
        "DateStatusChanged", Comparator.comparing((Worker w) -> w.dateStatusChanged)));
    Stream<Worker> workers = ws.workers.stream()
        .filter(w -> activityName.isEmpty() || activityName.get().equals(ws.activityName(w.activitySid)))
        .filter(w -> activity.isEmpty() || w.activitySid.equals(activity.get().sid))
        .filter(w -> available.isEmpty() || ws.activityAvailable(w.activitySid) == available.get())
        .filter(w -> friendlyName.isEmpty() || w.friendlyName.equals(friendlyName.get()))
        .filter(w -> queue.isEmpty() || Routing.isMember(ws, queue.get(), w))
        .filter(w -> queueName.isEmpty() || ws.taskQueues.stream()
            .anyMatch(q -> q.friendlyName.equals(queueName.get()) && Routing.isMember(ws, q, w)))
        .filter(ExpressionFilter.of(call, "TargetWorkersExpression", (Worker w) -> w.attributes));
    return ordering.map(workers::sorted).orElse(workers);
  }

  /** TargetWorkersExpression: an expression this server cannot evaluate is the caller's 400. */
  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    Params form = call.form();
    String name = form.required("FriendlyName");
    form.text("FriendlyName", 64);
    Optional<Activity> activity = References.activity(form, "ActivitySid", ws);
    String attributes = form.jsonObject("Attributes", MAX_ATTRIBUTES).orElse("{}");
    String activitySid = activity.map(a -> a.sid).orElse(ws.workspace.defaultActivitySid);
    if (activitySid == null) {
      throw Params.invalid("ActivitySid", "is required: the workspace has no default activity");
    }
    Worker worker = new Worker(call.store().newSid(Sids.WORKER), call.now(), ws.sid(), name, activitySid, attributes);
    ws.addWorker(worker);
    return KIND.respond(201, call, ws, worker);
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Worker worker = KIND.find(call, ws);
    Params form = call.form();
    Optional<Activity> activity = References.activity(form, "ActivitySid", ws);
    Optional<String> attributes = form.jsonObject("Attributes", MAX_ATTRIBUTES);
    Optional<String> name = form.rename("FriendlyName", 64);
    Optional<Boolean> rejectPending = form.bool("RejectPendingReservations");
    if (rejectPending.orElse(false) && activity.map(a -> a.available).orElse(true)) {
      throw Params.invalid("RejectPendingReservations", "is only valid with an ActivitySid of an unavailable activity");
    }
    call.checkIfMatch(worker);

    name.ifPresent(n -> worker.friendlyName = n);
    worker.touch(call.now());
    attributes.filter(a -> !a.equals(worker.attributes)).ifPresent(a -> {
      worker.attributes = a;
      ws.record().worker("worker.attributes.update", worker, "Worker " + worker.friendlyName + " attributes updated",
          Map.of());
    });
    activity.filter(a -> !a.sid.equals(worker.activitySid)).ifPresent(a -> changeActivity(ws, worker, a));
    return KIND.respond(200, call, ws, worker);
  }

  /** The event carries the time spent in the previous activity: worker statistics are computed from it. */
  private static void changeActivity(WorkspaceState ws, Worker worker, Activity activity) {
    String previous = worker.activitySid;
    Duration inPrevious = Duration.between(worker.dateStatusChanged, ws.now());
    worker.activitySid = activity.sid;
    worker.dateStatusChanged = ws.now();
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("worker_previous_activity_sid", previous);
    extra.put("worker_time_in_previous_activity", Long.toString(inPrevious.getSeconds()));
    extra.put("worker_time_in_previous_activity_ms", Long.toString(inPrevious.toMillis()));
    ws.record().worker("worker.activity.update", worker, "Worker " + worker.friendlyName + " updated to "
        + activity.friendlyName + " Activity", extra);
  }
}
