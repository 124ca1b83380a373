package io.taskrouter.local.api;

import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkerLifecycle;
import io.taskrouter.local.engine.WorkerLifecycle.NewWorker;
import io.taskrouter.local.engine.WorkerLifecycle.WorkerChanges;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.WorkerViews.WorkerList;
import io.taskrouter.local.render.WorkerViews.WorkerView;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.CreateWorkerRequest;
import io.taskrouter.local.wire.generated.DeleteWorkerRequest;
import io.taskrouter.local.wire.generated.FetchWorkerRequest;
import io.taskrouter.local.wire.generated.ListWorkerRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.UpdateWorkerRequest;
import io.taskrouter.local.wire.generated.WorkerListWriter;
import io.taskrouter.local.wire.generated.WorkerWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workers. Every answer about one worker carries its ETag; updates and deletes honour If-Match. */
interface WorkerHandlers extends OperationHandlers<Call> {

  private static Worker worker(Call call, WorkspaceState ws, String sid) {
    return call.found(ws.workers.find(Sids.normalize(sid)));
  }

  private static String json(Call call, WorkspaceState ws, Worker worker) {
    return WorkerWriter.toJson(new WorkerView(call.links(), ws, worker));
  }

  @Override
  default WireResponse listWorker(ListWorkerRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Optional<Activity> activity = References.activity(ws, ListWorkerRequest.ACTIVITY_SID, request.activitySid());
    Optional<TaskQueue> queue = References.taskQueue(ws, ListWorkerRequest.TASK_QUEUE_SID, request.taskQueueSid());
    Optional<String> queueName = request.taskQueueName();
    Optional<List<ListOrder.Key<Worker>>> ordering = Ordering.parse(ListWorkerRequest.ORDERING, request.ordering(),
        Map.of(
            "DateCreated", (Worker w) -> ListOrder.instant(w.dateCreated()),
            "DateStatusChanged", (Worker w) -> ListOrder.instant(w.dateStatusChanged())));
    var workers = ws.workers.stream()
        .filter(w -> request.activityName().isEmpty()
            || request.activityName().get().equals(ws.activityName(w.activitySid())))
        .filter(w -> activity.isEmpty() || w.activitySid().equals(activity.get().sid()))
        .filter(w -> request.available().isEmpty()
            || ws.activityAvailable(w.activitySid()) == request.available().get())
        .filter(w -> request.friendlyName().isEmpty() || w.friendlyName().equals(request.friendlyName().get()))
        .filter(w -> queue.isEmpty() || Routing.isMember(ws, queue.get(), w))
        .filter(w -> queueName.isEmpty() || ws.taskQueues.stream()
            .anyMatch(q -> q.friendlyName().equals(queueName.get()) && Routing.isMember(ws, q, w)))
        .filter(ExpressionFilter.of(call.store(), ListWorkerRequest.TARGET_WORKERS_EXPRESSION,
            request.targetWorkersExpression(), (Worker w) -> w.attributes()));
    ListPage.Page<Worker> page = ListPage.page(call, WorkerListWriter.KEY, workers, ListOrder.requested(ordering),
        new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return Call.ok(WorkerListWriter.toJson(new WorkerList(page.map(w -> new WorkerView(call.links(), ws, w)),
        page.meta())), null).withETag(ws.workers.version());
  }

  @Override
  default WireResponse createWorker(CreateWorkerRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Optional<Activity> activity = References.activity(ws, CreateWorkerRequest.ACTIVITY_SID, request.activitySid());
    Worker worker = WorkerLifecycle.create(ws, new NewWorker(request.friendlyName(), activity, request.attributes()));
    return Call.created(json(call, ws, worker), worker);
  }

  @Override
  default WireResponse fetchWorker(FetchWorkerRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Worker worker = worker(call, ws, request.sid());
    return Call.ok(json(call, ws, worker), worker);
  }

  @Override
  default WireResponse updateWorker(UpdateWorkerRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Worker worker = worker(call, ws, request.sid());
    WorkerChanges changes = new WorkerChanges(Names.rename(UpdateWorkerRequest.FRIENDLY_NAME, request.friendlyName()),
        References.activity(ws, UpdateWorkerRequest.ACTIVITY_SID, request.activitySid()), request.attributes(),
        request.rejectPendingReservations().orElse(false));
    WorkerLifecycle.checkUpdate(changes);
    Call.checkIfMatch(request.ifMatch(), worker);
    WorkerLifecycle.update(ws, worker, changes);
    return Call.ok(json(call, ws, worker), worker);
  }

  @Override
  default WireResponse deleteWorker(DeleteWorkerRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Worker worker = worker(call, ws, request.sid());
    Call.checkIfMatch(request.ifMatch(), worker);
    WorkerLifecycle.delete(ws, worker);
    return WireResponse.noContent();
  }
}
