package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.wire.Route;
import io.taskrouter.local.wire.generated.Routes;
import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the spec (the generated route table, which {@code wire.RoutesTest} checks against
 * {@code openapi/taskrouter.yaml}) answers through HTTP with its success status.
 */
class EveryOperationTest extends ServerTest {
  @Test
  void everyOperationAnswersWithItsSuccessStatus() {
    Set<String> called = new LinkedHashSet<>();
    Workspace ws = workspace("FIFO");
    String queue = ws.queue("Sample Queue");
    String workflowPath = ws.path("Workflows/" + ws.workflow("Default Fifo Workflow"));

    call(called, "CreateWorkspace", api().post("/v1/Workspaces", "FriendlyName", "Other"), 201);
    call(called, "ListWorkspace", api().get("/v1/Workspaces"), 200);
    call(called, "FetchWorkspace", api().get(ws.path("")), 200);
    call(called, "UpdateWorkspace", api().post(ws.path(""), "FriendlyName", "Renamed"), 200);

    String activity = call(called, "CreateActivity", api().post(ws.path("Activities"), "FriendlyName", "Lunch"), 201)
        .sid();
    call(called, "ListActivity", api().get(ws.path("Activities")), 200);
    call(called, "FetchActivity", api().get(ws.path("Activities/" + activity)), 200);
    call(called, "UpdateActivity", api().post(ws.path("Activities/" + activity), "FriendlyName", "Brunch"), 200);

    call(called, "CreateTaskChannel", api().post(ws.path("TaskChannels"), "FriendlyName", "Email",
        "UniqueName", "email"), 201);
    call(called, "ListTaskChannel", api().get(ws.path("TaskChannels")), 200);
    call(called, "FetchTaskChannel", api().get(ws.path("TaskChannels/email")), 200);
    call(called, "UpdateTaskChannel", api().post(ws.path("TaskChannels/email"), "FriendlyName", "E-mail"), 200);

    String otherQueue = call(called, "CreateTaskQueue", api().post(ws.path("TaskQueues"), "FriendlyName", "Other"),
        201).sid();
    call(called, "ListTaskQueue", api().get(ws.path("TaskQueues")), 200);
    call(called, "FetchTaskQueue", api().get(ws.path("TaskQueues/" + otherQueue)), 200);
    call(called, "UpdateTaskQueue", api().post(ws.path("TaskQueues/" + otherQueue), "TaskOrder", "LIFO"), 200);

    String workflow = call(called, "CreateWorkflow", api().post(ws.path("Workflows"), "FriendlyName", "Second",
        "Configuration", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + otherQueue + "\"}}}"), 201).sid();
    call(called, "ListWorkflow", api().get(ws.path("Workflows")), 200);
    call(called, "FetchWorkflow", api().get(ws.path("Workflows/" + workflow)), 200);
    call(called, "UpdateWorkflow", api().post(ws.path("Workflows/" + workflow), "TaskReservationTimeout", "60"), 200);

    String worker = call(called, "CreateWorker", api().post(ws.path("Workers"), "FriendlyName", "Jamie"), 201).sid();
    call(called, "ListWorker", api().get(ws.path("Workers")), 200);
    call(called, "FetchWorker", api().get(ws.path("Workers/" + worker)), 200);
    call(called, "UpdateWorker", api().post(ws.path("Workers/" + worker), "ActivitySid", ws.activity("Available")),
        200);
    call(called, "ListWorkerChannel", api().get(ws.path("Workers/" + worker + "/Channels")), 200);
    call(called, "FetchWorkerChannel", api().get(ws.path("Workers/" + worker + "/Channels/voice")), 200);
    call(called, "UpdateWorkerChannel", api().post(ws.path("Workers/" + worker + "/Channels/voice"),
        "Capacity", "2"), 200);
    call(called, "ListWorkerReservation", api().get(ws.path("Workers/" + worker + "/Reservations")), 200);

    String task = call(called, "CreateTask", api().post(ws.path("Tasks"), "WorkflowSid", workflow), 201).sid();
    call(called, "ListTask", api().get(ws.path("Tasks")), 200);
    call(called, "FetchTask", api().get(ws.path("Tasks/" + task)), 200);
    call(called, "UpdateTask", api().post(ws.path("Tasks/" + task), "Priority", "4"), 200);
    call(called, "ListTaskReservation", api().get(ws.path("Tasks/" + task + "/Reservations")), 200);

    String event = (String) call(called, "ListEvent", api().get(ws.path("Events")), 200).list("events").get(0)
        .get("sid");
    call(called, "FetchEvent", api().get(ws.path("Events/" + event)), 200);

    call(called, "FetchWorkspaceStatistics", api().get(ws.path("Statistics")), 200);
    call(called, "FetchWorkspaceRealTimeStatistics", api().get(ws.path("RealTimeStatistics")), 200);
    call(called, "FetchWorkspaceCumulativeStatistics", api().get(ws.path("CumulativeStatistics")), 200);
    call(called, "FetchWorkflowStatistics", api().get(workflowPath + "/Statistics"), 200);
    call(called, "FetchWorkflowRealTimeStatistics", api().get(workflowPath + "/RealTimeStatistics"), 200);
    call(called, "FetchWorkflowCumulativeStatistics", api().get(workflowPath + "/CumulativeStatistics"), 200);
    call(called, "FetchTaskQueueStatistics", api().get(ws.path("TaskQueues/" + queue + "/Statistics")), 200);
    call(called, "FetchTaskQueueRealTimeStatistics", api().get(ws.path("TaskQueues/" + queue + "/RealTimeStatistics")),
        200);
    call(called, "FetchTaskQueueCumulativeStatistics",
        api().get(ws.path("TaskQueues/" + queue + "/CumulativeStatistics")), 200);
    call(called, "ListTaskQueuesStatistics", api().get(ws.path("TaskQueues/Statistics")), 200);
    call(called, "CreateTaskQueueBulkRealTimeStatistics", api().postRaw(ws.path("TaskQueues/RealTimeStatistics"),
        "application/json", ("{\"queueSids\":[\"" + queue + "\"]}").getBytes(StandardCharsets.UTF_8)), 200);
    call(called, "FetchWorkerStatistics", api().get(ws.path("Workers/Statistics")), 200);
    call(called, "FetchWorkersRealTimeStatistics", api().get(ws.path("Workers/RealTimeStatistics")), 200);
    call(called, "FetchWorkersCumulativeStatistics", api().get(ws.path("Workers/CumulativeStatistics")), 200);
    call(called, "FetchWorkerInstanceStatistics", api().get(ws.path("Workers/" + worker + "/Statistics")), 200);

    // Jamie is available and in the queue: the task was offered to Jamie.
    String reservation = (String) api().get(ws.path("Tasks/" + task + "/Reservations")).list("reservations").get(0)
        .get("sid");
    call(called, "FetchTaskReservation", api().get(ws.path("Tasks/" + task + "/Reservations/" + reservation)), 200);
    call(called, "FetchWorkerReservation", api().get(ws.path("Workers/" + worker + "/Reservations/" + reservation)),
        200);
    call(called, "UpdateTaskReservation", api().post(ws.path("Tasks/" + task + "/Reservations/" + reservation),
        "ReservationStatus", "accepted"), 200);
    call(called, "UpdateWorkerReservation", api().post(ws.path("Workers/" + worker + "/Reservations/" + reservation),
        "ReservationStatus", "accepted"), 400);

    call(called, "DeleteTask", api().delete(ws.path("Tasks/" + task)), 204);
    call(called, "DeleteWorker", api().delete(ws.path("Workers/" + worker)), 204);
    call(called, "DeleteWorkflow", api().delete(ws.path("Workflows/" + workflow)), 204);
    call(called, "DeleteTaskQueue", api().delete(ws.path("TaskQueues/" + otherQueue)), 204);
    call(called, "DeleteTaskChannel", api().delete(ws.path("TaskChannels/email")), 204);
    call(called, "DeleteActivity", api().delete(ws.path("Activities/" + activity)), 204);
    call(called, "DeleteWorkspace", api().delete(ws.path("")), 204);

    List<String> all = Routes.ALL.stream().map(Route::operationId).toList();
    assertThat(called).containsExactlyInAnyOrderElementsOf(all);
  }

  private static Reply call(Set<String> called, String operationId, Reply reply, int status) {
    assertThat(reply.status()).as(operationId + ": " + reply).isEqualTo(status);
    called.add(operationId);
    return reply;
  }
}
