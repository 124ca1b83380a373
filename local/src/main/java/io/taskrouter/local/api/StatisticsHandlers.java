package io.taskrouter.local.api;

import io.taskrouter.local.api.Statistics.Shape;
import io.taskrouter.local.api.Statistics.Subject;
import io.taskrouter.local.api.StatisticsParams.WindowParams;
import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.render.Fields;
import io.taskrouter.local.stats.RealTimeStatistics;
import io.taskrouter.local.stats.WorkerStatistics;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.FetchTaskQueueCumulativeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchTaskQueueRealTimeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchTaskQueueStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkflowCumulativeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkflowRealTimeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkflowStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkspaceCumulativeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkspaceRealTimeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkspaceStatisticsRequest;
import io.taskrouter.local.wire.generated.TaskQueueCumulativeStatisticsSource;
import io.taskrouter.local.wire.generated.TaskQueueCumulativeStatisticsWriter;
import io.taskrouter.local.wire.generated.TaskQueueRealTimeStatisticsSource;
import io.taskrouter.local.wire.generated.TaskQueueRealTimeStatisticsWriter;
import io.taskrouter.local.wire.generated.TaskQueueStatisticsSource;
import io.taskrouter.local.wire.generated.TaskQueueStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkflowCumulativeStatisticsSource;
import io.taskrouter.local.wire.generated.WorkflowCumulativeStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkflowRealTimeStatisticsSource;
import io.taskrouter.local.wire.generated.WorkflowRealTimeStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkflowStatisticsSource;
import io.taskrouter.local.wire.generated.WorkflowStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkspaceCumulativeStatisticsSource;
import io.taskrouter.local.wire.generated.WorkspaceCumulativeStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkspaceRealTimeStatisticsSource;
import io.taskrouter.local.wire.generated.WorkspaceRealTimeStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkspaceStatisticsSource;
import io.taskrouter.local.wire.generated.WorkspaceStatisticsWriter;
import io.taskrouter.local.wire.generated.CreateTaskQueueBulkRealTimeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkerInstanceStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkerStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkersCumulativeStatisticsRequest;
import io.taskrouter.local.wire.generated.FetchWorkersRealTimeStatisticsRequest;
import io.taskrouter.local.wire.generated.ListTaskQueuesStatisticsRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.TaskQueueBulkRealTimeStatisticsSource;
import io.taskrouter.local.wire.generated.TaskQueueBulkRealTimeStatisticsWriter;
import io.taskrouter.local.wire.generated.TaskQueuesStatisticsListWriter;
import io.taskrouter.local.wire.generated.TaskQueuesStatisticsSource;
import io.taskrouter.local.wire.generated.WorkerInstanceStatisticsSource;
import io.taskrouter.local.wire.generated.WorkerInstanceStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkerStatisticsSource;
import io.taskrouter.local.wire.generated.WorkerStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkersCumulativeStatisticsSource;
import io.taskrouter.local.wire.generated.WorkersCumulativeStatisticsWriter;
import io.taskrouter.local.wire.generated.WorkersRealTimeStatisticsSource;
import io.taskrouter.local.wire.generated.WorkersRealTimeStatisticsWriter;
import io.taskrouter.local.render.TaskQueuesStatisticsList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The statistics operations: workspace, workflow and queue statistics in their three shapes
 * ({@link Statistics}), the workers' statistics, the queue list, the bulk queue query and one
 * worker's statistics.
 */
interface StatisticsHandlers extends OperationHandlers<Call> {
  /** Real-time figures have no window. */
  WindowParams NO_WINDOW = new WindowParams(Optional.empty(), Optional.empty(), Optional.empty());

  @Override
  default WireResponse fetchWorkspaceRealTimeStatistics(FetchWorkspaceRealTimeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.workspace(ws), Shape.REAL_TIME,
        request.taskChannel(), FetchWorkspaceRealTimeStatisticsRequest.TASK_CHANNEL,
        NO_WINDOW, List.of(), WorkspaceRealTimeStatisticsSource.class, WorkspaceRealTimeStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchWorkspaceCumulativeStatistics(FetchWorkspaceCumulativeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.workspace(ws), Shape.CUMULATIVE,
        request.taskChannel(), FetchWorkspaceCumulativeStatisticsRequest.TASK_CHANNEL,
        new WindowParams(request.minutes(), request.startDate(), request.endDate()), request.splitByWaitTime(), WorkspaceCumulativeStatisticsSource.class, WorkspaceCumulativeStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchWorkspaceStatistics(FetchWorkspaceStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.workspace(ws), Shape.BOTH,
        request.taskChannel(), FetchWorkspaceStatisticsRequest.TASK_CHANNEL,
        new WindowParams(request.minutes(), request.startDate(), request.endDate()), request.splitByWaitTime(), WorkspaceStatisticsSource.class, WorkspaceStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchWorkflowRealTimeStatistics(FetchWorkflowRealTimeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.workflow(ws, call.found(ws.workflows.find(Sids.normalize(request.workflowSid())))), Shape.REAL_TIME,
        request.taskChannel(), FetchWorkflowRealTimeStatisticsRequest.TASK_CHANNEL,
        NO_WINDOW, List.of(), WorkflowRealTimeStatisticsSource.class, WorkflowRealTimeStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchWorkflowCumulativeStatistics(FetchWorkflowCumulativeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.workflow(ws, call.found(ws.workflows.find(Sids.normalize(request.workflowSid())))), Shape.CUMULATIVE,
        request.taskChannel(), FetchWorkflowCumulativeStatisticsRequest.TASK_CHANNEL,
        new WindowParams(request.minutes(), request.startDate(), request.endDate()), request.splitByWaitTime(), WorkflowCumulativeStatisticsSource.class, WorkflowCumulativeStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchWorkflowStatistics(FetchWorkflowStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.workflow(ws, call.found(ws.workflows.find(Sids.normalize(request.workflowSid())))), Shape.BOTH,
        request.taskChannel(), FetchWorkflowStatisticsRequest.TASK_CHANNEL,
        new WindowParams(request.minutes(), request.startDate(), request.endDate()), request.splitByWaitTime(), WorkflowStatisticsSource.class, WorkflowStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchTaskQueueRealTimeStatistics(FetchTaskQueueRealTimeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.queue(ws, call.found(ws.taskQueues.find(Sids.normalize(request.taskQueueSid())))), Shape.REAL_TIME,
        request.taskChannel(), FetchTaskQueueRealTimeStatisticsRequest.TASK_CHANNEL,
        NO_WINDOW, List.of(), TaskQueueRealTimeStatisticsSource.class, TaskQueueRealTimeStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchTaskQueueCumulativeStatistics(FetchTaskQueueCumulativeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.queue(ws, call.found(ws.taskQueues.find(Sids.normalize(request.taskQueueSid())))), Shape.CUMULATIVE,
        request.taskChannel(), FetchTaskQueueCumulativeStatisticsRequest.TASK_CHANNEL,
        new WindowParams(request.minutes(), request.startDate(), request.endDate()), request.splitByWaitTime(), TaskQueueCumulativeStatisticsSource.class, TaskQueueCumulativeStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchTaskQueueStatistics(FetchTaskQueueStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return Statistics.subject(call,
        Subject.queue(ws, call.found(ws.taskQueues.find(Sids.normalize(request.taskQueueSid())))), Shape.BOTH,
        request.taskChannel(), FetchTaskQueueStatisticsRequest.TASK_CHANNEL,
        new WindowParams(request.minutes(), request.startDate(), request.endDate()), request.splitByWaitTime(), TaskQueueStatisticsSource.class, TaskQueueStatisticsWriter::toJson);
  }

  @Override
  default WireResponse fetchWorkersRealTimeStatistics(FetchWorkersRealTimeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Statistics.channelSid(ws, FetchWorkersRealTimeStatisticsRequest.TASK_CHANNEL, request.taskChannel());
    return Statistics.write(WorkersRealTimeStatisticsSource.class, WorkersRealTimeStatisticsWriter::toJson,
        Shape.REAL_TIME.assemble(ids(ws), () -> RealTimeStatistics.workers(ws, ws.workers.list()), Fields::new,
            workersUrl(call, ws)));
  }

  @Override
  default WireResponse fetchWorkersCumulativeStatistics(FetchWorkersCumulativeStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Statistics.channelSid(ws, FetchWorkersCumulativeStatisticsRequest.TASK_CHANNEL, request.taskChannel());
    WindowParams window = new WindowParams(request.minutes(), request.startDate(), request.endDate());
    Set<String> sids = ws.workers.stream().map(Worker::sid).collect(Collectors.toSet());
    return Statistics.write(WorkersCumulativeStatisticsSource.class, WorkersCumulativeStatisticsWriter::toJson,
        Shape.CUMULATIVE.assemble(ids(ws), Fields::new,
            () -> WorkerStatistics.cumulative(ws, StatisticsParams.window(window, call.now()), sids),
            workersUrl(call, ws)));
  }

  /** Both shapes, for the workers the filters select. */
  @Override
  default WireResponse fetchWorkerStatistics(FetchWorkerStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Optional<TaskQueue> queue = References.taskQueue(ws, FetchWorkerStatisticsRequest.TASK_QUEUE_SID,
        request.taskQueueSid());
    Optional<String> queueName = request.taskQueueName();
    Optional<String> name = request.friendlyName();
    Statistics.channelSid(ws, FetchWorkerStatisticsRequest.TASK_CHANNEL, request.taskChannel());
    List<Worker> workers = ws.workers.stream()
        .filter(w -> queue.isEmpty() || Routing.isMember(ws, queue.get(), w))
        .filter(w -> queueName.isEmpty() || ws.taskQueues.stream()
            .anyMatch(q -> q.friendlyName().equals(queueName.get()) && Routing.isMember(ws, q, w)))
        .filter(w -> name.isEmpty() || w.friendlyName().equals(name.get()))
        .toList();
    Set<String> sids = workers.stream().map(Worker::sid).collect(Collectors.toSet());
    WindowParams window = new WindowParams(request.minutes(), request.startDate(), request.endDate());
    return Statistics.write(WorkerStatisticsSource.class, WorkerStatisticsWriter::toJson,
        Shape.BOTH.assemble(ids(ws), () -> RealTimeStatistics.workers(ws, workers),
            () -> WorkerStatistics.cumulative(ws, StatisticsParams.window(window, call.now()), sids),
            workersUrl(call, ws)));
  }

  @Override
  default WireResponse fetchWorkerInstanceStatistics(FetchWorkerInstanceStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Worker worker = call.found(ws.workers.find(Sids.normalize(request.workerSid())));
    Statistics.channelSid(ws, FetchWorkerInstanceStatisticsRequest.TASK_CHANNEL, request.taskChannel());
    WindowParams window = new WindowParams(request.minutes(), request.startDate(), request.endDate());
    Fields figures = ids(ws)
        .put("cumulative", Statistics.nested(ids(ws), WorkerStatistics.cumulative(ws,
            StatisticsParams.window(window, call.now()), Set.of(worker.sid())),
            workersUrl(call, ws) + Shape.CUMULATIVE.pathSuffix))
        .put("worker_sid", worker.sid())
        .put("url", call.links().url(ResourcePaths.member(ws.sid(), "Workers", worker.sid()) + "/Statistics"));
    return Statistics.write(WorkerInstanceStatisticsSource.class, WorkerInstanceStatisticsWriter::toJson,
        figures.map());
  }

  @Override
  default WireResponse listTaskQueuesStatistics(ListTaskQueuesStatisticsRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Optional<String> channel = Statistics.channelSid(ws, ListTaskQueuesStatisticsRequest.TASK_CHANNEL,
        request.taskChannel());
    WindowParams window = new WindowParams(request.minutes(), request.startDate(), request.endDate());
    // The window and splits are checked once, before any page is rendered.
    StatisticsParams.window(window, call.now());
    StatisticsParams.splits(request.splitByWaitTime());
    var queues = ws.taskQueues.stream()
        .filter(q -> request.friendlyName().isEmpty() || q.friendlyName().equals(request.friendlyName().get()));
    ListPage.Page<TaskQueue> page = ListPage.page(call, TaskQueuesStatisticsListWriter.KEY, queues,
        ListOrder.creation(), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    List<TaskQueuesStatisticsSource> items = page.map(queue -> {
      Subject subject = Subject.queue(ws, queue);
      String path = call.links().url(subject.path());
      Fields figures = subject.ids()
          .put("cumulative", Statistics.nested(subject.ids(),
              Statistics.cumulative(call, subject, channel, window, request.splitByWaitTime()),
              path + Shape.CUMULATIVE.pathSuffix))
          .put("realtime", Statistics.nested(subject.ids(), RealTimeStatistics.queue(ws, queue, channel),
              path + Shape.REAL_TIME.pathSuffix));
      return Statistics.source(TaskQueuesStatisticsSource.class, figures.map());
    });
    return WireResponse.ok(TaskQueuesStatisticsListWriter.toJson(new TaskQueuesStatisticsList(items, page.meta())));
  }

  /** Up to 50 queues (the spec's bound); a well-formed SID the workspace does not hold is answered with zeros. */
  @Override
  default WireResponse createTaskQueueBulkRealTimeStatistics(CreateTaskQueueBulkRealTimeStatisticsRequest request,
      Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Set<String> sids = new LinkedHashSet<>();
    request.queueSids().forEach(sid -> sids.add(Sids.normalize(sid)));
    List<Map<String, @Nullable Object>> data = new ArrayList<>();
    for (String sid : sids) {
      TaskQueue queue = ws.taskQueues.find(sid).orElseGet(() -> TaskQueue.unknown(sid, ws));
      data.add(Statistics.nested(ids(ws).put("task_queue_sid", sid), RealTimeStatistics.queue(ws, queue, Optional.empty()),
          call.links().url(ResourcePaths.member(ws.sid(), "TaskQueues", sid) + Shape.REAL_TIME.pathSuffix)));
    }
    Fields figures = ids(ws)
        .put("task_queue_data", data)
        .put("task_queue_response_count", data.size())
        .put("url", call.links().url(ResourcePaths.collection(ws.sid(), "TaskQueues") + "/RealTimeStatistics"));
    return Statistics.write(TaskQueueBulkRealTimeStatisticsSource.class, TaskQueueBulkRealTimeStatisticsWriter::toJson,
        figures.map());
  }

  private static Fields ids(WorkspaceState ws) {
    return Subject.workspace(ws).ids();
  }

  private static String workersUrl(Call call, WorkspaceState ws) {
    return call.links().url(ResourcePaths.collection(ws.sid(), "Workers"));
  }
}
