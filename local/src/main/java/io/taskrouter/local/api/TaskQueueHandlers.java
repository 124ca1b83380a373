package io.taskrouter.local.api;

import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.TaskQueueLifecycle;
import io.taskrouter.local.engine.TaskQueueLifecycle.QueueSettings;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.render.TaskQueueViews.TaskQueueList;
import io.taskrouter.local.render.TaskQueueViews.TaskQueueView;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.CreateTaskQueueRequest;
import io.taskrouter.local.wire.generated.DeleteTaskQueueRequest;
import io.taskrouter.local.wire.generated.FetchTaskQueueRequest;
import io.taskrouter.local.wire.generated.ListTaskQueueRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.TaskQueueListWriter;
import io.taskrouter.local.wire.generated.TaskQueueWriter;
import io.taskrouter.local.wire.generated.UpdateTaskQueueRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

interface TaskQueueHandlers extends OperationHandlers<Call> {

  private static TaskQueue queue(Call call, WorkspaceState ws, String sid) {
    return call.found(ws.taskQueues.find(Sids.normalize(sid)));
  }

  private static String json(Call call, WorkspaceState ws, TaskQueue queue) {
    return TaskQueueWriter.toJson(new TaskQueueView(call.links(), ws, queue));
  }

  @Override
  default WireResponse listTaskQueue(ListTaskQueueRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Optional<Map<String, Object>> attributes = request.evaluateWorkerAttributes().map(Json::parseObject);
    Optional<Worker> worker = References.worker(ws, ListTaskQueueRequest.WORKER_SID, request.workerSid());
    Optional<List<ListOrder.Key<TaskQueue>>> ordering = Ordering.parse(ListTaskQueueRequest.ORDERING,
        request.ordering(), Map.of(
            "DateCreated", (TaskQueue q) -> ListOrder.instant(q.dateCreated()),
            "DateUpdated", (TaskQueue q) -> ListOrder.instant(q.dateUpdated())));
    ListPage.Page<TaskQueue> page = ListPage.page(call, TaskQueueListWriter.KEY, ws.taskQueues.stream()
            .filter(q -> request.friendlyName().isEmpty() || q.friendlyName().equals(request.friendlyName().get()))
            .filter(q -> attributes.isEmpty() || Routing.isMember(call.store().matcher(), q, attributes.get()))
            .filter(q -> worker.isEmpty() || Routing.isMember(ws, q, worker.get())),
        ListOrder.requested(ordering), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(TaskQueueListWriter.toJson(
        new TaskQueueList(page.map(q -> new TaskQueueView(call.links(), ws, q)), page.meta())));
  }

  @Override
  default WireResponse createTaskQueue(CreateTaskQueueRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    QueueSettings settings = new QueueSettings(Optional.of(request.targetWorkers()),
        Optional.of(request.maxReservedWorkers()), request.taskOrder(),
        References.activity(ws, CreateTaskQueueRequest.RESERVATION_ACTIVITY_SID, request.reservationActivitySid()),
        References.activity(ws, CreateTaskQueueRequest.ASSIGNMENT_ACTIVITY_SID, request.assignmentActivitySid()));
    return WireResponse.created(json(call, ws, TaskQueueLifecycle.create(ws, request.friendlyName(), settings)));
  }

  @Override
  default WireResponse fetchTaskQueue(FetchTaskQueueRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return WireResponse.ok(json(call, ws, queue(call, ws, request.sid())));
  }

  @Override
  default WireResponse updateTaskQueue(UpdateTaskQueueRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    TaskQueue queue = queue(call, ws, request.sid());
    QueueSettings settings = new QueueSettings(request.targetWorkers(), request.maxReservedWorkers(),
        request.taskOrder(),
        References.activity(ws, UpdateTaskQueueRequest.RESERVATION_ACTIVITY_SID, request.reservationActivitySid()),
        References.activity(ws, UpdateTaskQueueRequest.ASSIGNMENT_ACTIVITY_SID, request.assignmentActivitySid()));
    TaskQueueLifecycle.update(ws, queue, Names.rename(UpdateTaskQueueRequest.FRIENDLY_NAME, request.friendlyName()),
        settings);
    return WireResponse.ok(json(call, ws, queue));
  }

  @Override
  default WireResponse deleteTaskQueue(DeleteTaskQueueRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    TaskQueueLifecycle.delete(ws, queue(call, ws, request.sid()));
    return WireResponse.noContent();
  }
}
