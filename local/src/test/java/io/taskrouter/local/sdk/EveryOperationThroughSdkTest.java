package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.TaskScope;
import io.taskrouter.sdk.WorkerScope;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.Event;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskChannel;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatisticsRequest;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.WorkerChannel;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import io.taskrouter.workflow.RoutingFilter;
import io.taskrouter.workflow.RoutingTarget;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code openapi/taskrouter.yaml}, read from the spec, is exercised through the SDK:
 * an interceptor on the SDK's OkHttp client maps each request (method and path) to its operationId with
 * the spec's path templates.
 */
class EveryOperationThroughSdkTest extends SdkTest {
  /** The tour answers its reservation twice: the second answer is refused, as the service refuses it. */
  private static final Set<String> REFUSED = Set.of("UpdateWorkerReservation");

  private final SpecOperations spec = SpecOperations.load();

  @Test
  void theSpecDeclaresSixtyOneOperationsEachOnOneMethodAndPath() {
    assertThat(spec.all()).hasSize(61);
    assertThat(spec.operationIds()).hasSize(61);
    assertThat(spec.all()).extracting(o -> o.method() + " " + o.pathTemplate()).doesNotHaveDuplicates();
    assertThat(spec.operationIds()).containsAll(REFUSED);
  }

  @Test
  void theRecorderMapsARequestOfEachPathTemplateBackToItsOperation() {
    for (SpecOperations.Operation operation : spec.all()) {
      String path = operation.pathTemplate().replaceAll("\\{[A-Za-z]+}", "XX0123");
      assertThat(spec.operationOf(operation.method(), path)).as("%s %s", operation.method(), path)
          .map(SpecOperations.Operation::operationId).contains(operation.operationId());
    }
    assertThat(spec.operationOf("GET", "/v1/Workspaces/WS1/TaskQueues/Statistics"))
        .map(SpecOperations.Operation::operationId).contains("ListTaskQueuesStatistics");
    assertThat(spec.operationOf("GET", "/v1/Workspaces/WS1/TaskQueues/WQ1"))
        .map(SpecOperations.Operation::operationId).contains("FetchTaskQueue");
    assertThat(spec.operationOf("PUT", "/v1/Workspaces/WS1")).isEmpty();
    assertThat(spec.operationOf("GET", "/v1/Workspaces/WS1/Nothing")).isEmpty();
  }

  @Test
  void theSdkExercisesEveryOperationOfTheSpec() {
    tourOfTheApi();

    assertThat(recorder.exercised()).doesNotContain(OperationRecorder.UNMAPPED)
        .containsExactlyInAnyOrderElementsOf(spec.operationIds());
    Set<String> mustSucceed = new TreeSet<>(spec.operationIds());
    mustSucceed.removeAll(REFUSED);
    assertThat(recorder.succeeded()).containsExactlyInAnyOrderElementsOf(mustSucceed);
    for (String operation : REFUSED) {
      assertThat(recorder.of(operation)).as(operation).isNotEmpty()
          .allSatisfy(e -> assertThat(e.status()).isEqualTo(400));
    }
    assertThat(contract.validated()).isEqualTo(recorder.exchanges().size());
    System.out.printf("[sdk coverage] %d/%d operations of %s exercised through the SDK, %d responses validated%n",
        recorder.exercised().size(), spec.operationIds().size(), SpecOperations.specPath().getFileName(),
        contract.validated());
  }

  /** Each of the 61 operations once at least, with a check of what it answered. */
  private void tourOfTheApi() {
    // Workspaces
    // CreateWorkspace
    Workspace workspace = client.workspaces().create(p -> p.friendlyName("Tour").template("FIFO"));
    String wsSid = workspace.getSid();
    // FetchWorkspace
    assertThat(client.workspaces().fetch(wsSid).getFriendlyName()).isEqualTo("Tour");
    // UpdateWorkspace
    assertThat(client.workspaces().update(wsSid, p -> p.friendlyName("Grand Tour")).getFriendlyName())
        .isEqualTo("Grand Tour");
    String doomed = client.workspaces().create(p -> p.friendlyName("Doomed")).getSid();
    // ListWorkspace
    assertThat(client.workspaces().list().stream().map(Workspace::getSid))
        .containsExactly(wsSid, doomed);
    // DeleteWorkspace
    client.workspaces().delete(doomed);
    WorkspaceScope ws = client.workspace(wsSid);

    // Activities
    // CreateActivity
    Activity lunch = ws.activities().create(p -> p.friendlyName("Lunch").available(false));
    // FetchActivity
    assertThat(ws.activities().fetch(lunch.getSid()).getAvailable()).isFalse();
    // UpdateActivity
    assertThat(ws.activities().update(lunch.getSid(), p -> p.friendlyName("Brunch")).getFriendlyName())
        .isEqualTo("Brunch");
    // ListActivity
    assertThat(ws.activities().list().stream().map(Activity::getFriendlyName))
        .containsExactly("Offline", "Available", "Unavailable", "Brunch");
    // DeleteActivity
    ws.activities().delete(lunch.getSid());
    String available = activitySid(ws, "Available");

    // Task channels
    // CreateTaskChannel
    TaskChannel email = ws.taskChannels().create(p -> p.friendlyName("Email").uniqueName("email"));
    // FetchTaskChannel
    assertThat(ws.taskChannels().fetch("email").getSid()).isEqualTo(email.getSid());
    // UpdateTaskChannel
    assertThat(ws.taskChannels().update("email", p -> p.channelOptimizedRouting(true))
        .getChannelOptimizedRouting()).isTrue();
    // ListTaskChannel
    assertThat(ws.taskChannels().list().stream().map(TaskChannel::getUniqueName))
        .containsExactly("voice", "sms", "chat", "video", "default", "email");
    // DeleteTaskChannel
    ws.taskChannels().delete(email.getSid());

    // Task queues
    // CreateTaskQueue
    TaskQueue vip = ws.taskQueues().create(p -> p.friendlyName("VIP").targetWorkers("vip == true"));
    // FetchTaskQueue
    assertThat(ws.taskQueues().fetch(vip.getSid()).getTargetWorkers()).isEqualTo("vip == true");
    // UpdateTaskQueue
    assertThat(ws.taskQueues().update(vip.getSid(), p -> p.maxReservedWorkers(2)).getMaxReservedWorkers())
        .isEqualTo(2);
    // ListTaskQueue
    assertThat(ws.taskQueues().list().stream().map(TaskQueue::getFriendlyName))
        .containsExactly("Sample Queue", "VIP");
    TaskQueue spare = ws.taskQueues().create(p -> p.friendlyName("Spare"));
    // DeleteTaskQueue
    ws.taskQueues().delete(spare.getSid());
    String sample = queueSid(ws, "Sample Queue");

    // Workflows
    WorkflowConfiguration configuration = WorkflowConfiguration.builder()
        .filter(RoutingFilter.named("VIPs").matching("vip == true").routeTo(RoutingTarget.toQueue(vip.getSid())
            .withPriority(10)))
        .defaultQueue(sample)
        .build();
    // CreateWorkflow
    Workflow vipFlow = ws.workflows().create(p -> p.friendlyName("VIP Flow").configuration(configuration));
    // FetchWorkflow
    assertThat(ws.workflows().fetch(vipFlow.getSid()).getFriendlyName()).isEqualTo("VIP Flow");
    // UpdateWorkflow
    assertThat(ws.workflows().update(vipFlow.getSid(), p -> p.taskReservationTimeout(30))
        .getTaskReservationTimeout()).isEqualTo(30);
    // ListWorkflow
    assertThat(ws.workflows().list().stream().map(Workflow::getFriendlyName))
        .containsExactly("Default Fifo Workflow", "VIP Flow");
    Workflow spareFlow = ws.workflows().create(p -> p.friendlyName("Spare").configuration(
        WorkflowConfiguration.builder().defaultQueue(sample).build()));
    // DeleteWorkflow
    ws.workflows().delete(spareFlow.getSid());

    // Workers and their channels
    // CreateWorker
    Worker jamie = ws.workers().create(p -> p.friendlyName("Jamie").attributes(Map.of("vip", true)));
    // FetchWorker
    assertThat(ws.workers().fetch(jamie.getSid()).getAttributesAsMap()).isEqualTo(Map.of("vip", true));
    // UpdateWorker
    assertThat(ws.workers().update(jamie.getSid(), p -> p.activitySid(available)).getAvailable()).isTrue();
    // ListWorker
    assertThat(ws.workers().list(p -> p.targetWorkersExpression("vip == true")).stream().map(Worker::getSid))
        .containsExactly(jamie.getSid());
    Worker temp = ws.workers().create(p -> p.friendlyName("Temp"));
    // DeleteWorker
    ws.workers().delete(temp.getSid());
    WorkerScope worker = ws.worker(jamie.getSid());
    // ListWorkerChannel
    assertThat(worker.channels().list().stream().map(WorkerChannel::getTaskChannelUniqueName))
        .containsExactly("voice", "sms", "chat", "video", "default");
    // FetchWorkerChannel
    assertThat(worker.channels().fetch("chat").getConfiguredCapacity()).isEqualTo(1);
    // UpdateWorkerChannel
    assertThat(worker.channels().update("chat", p -> p.capacity(4)).getConfiguredCapacity()).isEqualTo(4);

    // Tasks
    // CreateTask
    Task vipTask = ws.tasks().create(p -> p.workflowSid(vipFlow.getSid()).attributes(Map.of("vip", true)));
    assertThat(vipTask.getTaskQueueSid()).isEqualTo(vip.getSid());
    assertThat(vipTask.getPriority()).isEqualTo(10);
    // FetchTask
    assertThat(ws.tasks().fetch(vipTask.getSid()).getWorkflowFriendlyName()).isEqualTo("VIP Flow");
    // UpdateTask
    // The answer to the creation showed it pending; routing then reserved it for Jamie (a new revision).
    Task reserved = ws.tasks().fetch(vipTask.getSid());
    assertThat(reserved.getAssignmentStatus()).isEqualTo(TaskStatus.RESERVED);
    Task retried = ws.tasks().update(vipTask.getSid(), p -> p.ifMatch(reserved.getETag()).priority(11));
    assertThat(retried.getPriority()).isEqualTo(11);
    // ListTask
    assertThat(ws.tasks().list(p -> p.assignmentStatus(TaskStatus.RESERVED)).stream().map(Task::getSid))
        .containsExactly(vipTask.getSid());
    Task spareTask = ws.tasks().create(p -> p.workflowSid(vipFlow.getSid()));
    // DeleteTask
    ws.tasks().delete(spareTask.getSid());

    // Reservations: the VIP task is offered to Jamie
    TaskScope task = ws.task(vipTask.getSid());
    // ListTaskReservation
    String offer = task.reservations().list().toList().get(0).getSid();
    // FetchTaskReservation
    assertThat(task.reservations().fetch(offer).getWorkerSid()).isEqualTo(jamie.getSid());
    // UpdateTaskReservation
    assertThat(task.reservations().update(offer, p -> p.reservationStatus(ReservationStatus.ACCEPTED))
        .getReservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
    // ListWorkerReservation
    assertThat(worker.reservations().list().toList()).extracting(r -> r.getSid()).containsExactly(offer);
    // FetchWorkerReservation
    assertThat(worker.reservations().fetch(offer).getReservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
    // UpdateWorkerReservation
    assertApiError(() -> worker.reservations().update(offer, p -> p.reservationStatus(ReservationStatus.REJECTED)),
        BadRequestException.class, 400, 20001, "is already in state [accepted]");

    // Events
    // ListEvent
    List<Event> created = ws.events().list(p -> p.eventType("task.created")).toList();
    assertThat(created).extracting(Event::getResourceSid).contains(vipTask.getSid());
    // FetchEvent
    assertThat(ws.events().fetch(created.get(0).getSid()).getEventType()).isEqualTo("task.created");

    // Workspace statistics
    // FetchWorkspaceRealTimeStatistics
    assertThat(ws.statistics().realTime().getTasksByStatus().getAssigned()).isEqualTo(1);
    // FetchWorkspaceCumulativeStatistics
    assertThat(ws.statistics().cumulative().getTasksCreated()).isEqualTo(2);
    // FetchWorkspaceStatistics
    assertThat(ws.statistics().fetch().getRealtime().getTotalWorkers()).isEqualTo(1);

    // Task queue statistics
    // FetchTaskQueueRealTimeStatistics
    assertThat(ws.taskQueue(vip.getSid()).statistics().realTime().getTotalTasks()).isEqualTo(1);
    // FetchTaskQueueCumulativeStatistics
    assertThat(ws.taskQueue(vip.getSid()).statistics().cumulative().getTasksEntered()).isEqualTo(1);
    // FetchTaskQueueStatistics
    assertThat(ws.taskQueue(vip.getSid()).statistics().fetch().getRealtime().getTotalEligibleWorkers())
        .isEqualTo(1);
    // ListTaskQueuesStatistics
    assertThat(ws.taskQueuesStatistics().list().stream().map(s -> s.getTaskQueueSid()))
        .containsExactly(sample, vip.getSid());
    // CreateTaskQueueBulkRealTimeStatistics
    assertThat(ws.taskQueuesStatistics().realTime(p -> p.body(TaskQueueBulkRealTimeStatisticsRequest.builder()
        .queueSids(sample, vip.getSid()).build())).getTaskQueueResponseCount()).isEqualTo(2);

    // Workers statistics
    // FetchWorkersRealTimeStatistics
    assertThat(ws.workersStatistics().realTime().getTotalWorkers()).isEqualTo(1);
    // FetchWorkersCumulativeStatistics
    assertThat(ws.workersStatistics().cumulative().getReservationsAccepted()).isEqualTo(1);
    // FetchWorkerStatistics
    assertThat(ws.workersStatistics().fetch().getRealtime().getTotalWorkers()).isEqualTo(1);
    // FetchWorkerInstanceStatistics
    assertThat(worker.statistics().fetch().getWorkerSid()).isEqualTo(jamie.getSid());

    // Workflow statistics
    // FetchWorkflowRealTimeStatistics
    assertThat(ws.workflow(vipFlow.getSid()).statistics().realTime().getTotalTasks()).isEqualTo(1);
    // FetchWorkflowCumulativeStatistics
    assertThat(ws.workflow(vipFlow.getSid()).statistics().cumulative().getTasksEntered()).isEqualTo(2);
    // FetchWorkflowStatistics
    assertThat(ws.workflow(vipFlow.getSid()).statistics().fetch().getWorkflowSid()).isEqualTo(vipFlow.getSid());

    ws.tasks().update(vipTask.getSid(), p -> p.assignmentStatus(TaskStatus.COMPLETED));
    assertThat(recorder.exchanges().stream().map(OperationRecorder.Exchange::operationId)
        .collect(Collectors.toSet())).hasSize(61);
  }
}
