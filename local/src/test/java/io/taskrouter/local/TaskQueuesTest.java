package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import org.junit.jupiter.api.Test;

class TaskQueuesTest extends ServerTest {

  @Test
  void createsWithDefaultsAndUpdatesEverySetting() {
    Workspace ws = workspace("NONE");
    Reply created = expect(api().post(ws.path("TaskQueues"), "FriendlyName", "Support"), 201);
    assertThat(created.sid()).matches("WQ[0-9a-f]{32}");
    assertThat(created.string("target_workers")).isEqualTo("1==1");
    assertThat(created.number("max_reserved_workers")).isEqualTo(1);
    assertThat(created.string("task_order")).isEqualTo("FIFO");
    assertThat(created.get("reservation_activity_sid")).isNull();
    assertThat(created.get("assignment_activity_name")).isNull();

    String unavailable = ws.activity("Unavailable");
    Reply updated = expect(api().post(ws.path("TaskQueues/" + created.sid()), "FriendlyName", "Sales",
        "TargetWorkers", "team == 'sales'", "MaxReservedWorkers", "5", "TaskOrder", "LIFO",
        "ReservationActivitySid", unavailable, "AssignmentActivitySid", unavailable), 200);
    assertThat(updated.string("friendly_name")).isEqualTo("Sales");
    assertThat(updated.string("target_workers")).isEqualTo("team == 'sales'");
    assertThat(updated.number("max_reserved_workers")).isEqualTo(5);
    assertThat(updated.string("task_order")).isEqualTo("LIFO");
    assertThat(updated.string("reservation_activity_name")).isEqualTo("Unavailable");
    assertThat(updated.string("assignment_activity_sid")).isEqualTo(unavailable);
    assertThat(expect(api().get(ws.path("TaskQueues/" + created.sid())), 200).string("friendly_name"))
        .isEqualTo("Sales");
  }

  @Test
  void refusesOutOfRangeSettingsAndUnknownActivities() {
    Workspace ws = workspace("NONE");
    expectError(api().post(ws.path("TaskQueues"), "FriendlyName", "Q", "MaxReservedWorkers", "51"), 400, 20001,
        "MaxReservedWorkers");
    expectError(api().post(ws.path("TaskQueues"), "FriendlyName", "Q", "TaskOrder", "RANDOM"), 400, 20001,
        "TaskOrder");
    expectError(api().post(ws.path("TaskQueues"), "FriendlyName", "Q", "AssignmentActivitySid",
        "WA" + "f".repeat(32)), 400, 20001, "does not exist");
    assertThat(api().get(ws.path("TaskQueues")).list("task_queues")).isEmpty();
  }

  @Test
  void filtersByNameWorkerAttributesAndWorker() {
    Workspace ws = workspace("NONE");
    String sales = ws.createQueue("Sales", "TargetWorkers", "team == 'sales'");
    String everyone = ws.createQueue("Everyone");
    String nobody = ws.createQueue("Nobody", "TargetWorkers", "1==0");
    String seller = ws.createWorker("Sam", "Attributes", "{\"team\":\"sales\"}");

    assertThat(sids(api().get(ws.path("TaskQueues"), "FriendlyName", "Sales"), "task_queues")).containsExactly(sales);
    assertThat(sids(api().get(ws.path("TaskQueues"), "EvaluateWorkerAttributes", "{\"team\":\"sales\"}"),
        "task_queues")).containsExactly(sales, everyone);
    assertThat(sids(api().get(ws.path("TaskQueues"), "EvaluateWorkerAttributes", "{\"team\":\"support\"}"),
        "task_queues")).containsExactly(everyone);
    assertThat(sids(api().get(ws.path("TaskQueues"), "WorkerSid", seller), "task_queues"))
        .containsExactly(sales, everyone).doesNotContain(nobody);
    expectError(api().get(ws.path("TaskQueues"), "EvaluateWorkerAttributes", "not json"), 400, 20001,
        "EvaluateWorkerAttributes");
  }

  @Test
  void ordersByDateCreated() {
    Workspace ws = workspace("NONE");
    String first = ws.createQueue("First");
    SERVER.clock().advanceSeconds(1);
    String second = ws.createQueue("Second");
    assertThat(sids(api().get(ws.path("TaskQueues"), "Ordering", "DateCreated:desc"), "task_queues"))
        .containsExactly(second, first);
    expectError(api().get(ws.path("TaskQueues"), "Ordering", "Size:asc"), 400, 20001, "Ordering");
  }

  @Test
  void aQueueWithOpenTasksOrUsedByAWorkflowCannotBeDeleted() {
    Workspace ws = workspace("FIFO");
    String queue = ws.queue("Sample Queue");
    String workflow = ws.workflow("Default Fifo Workflow");
    String task = ws.createTask();

    expectError(api().delete(ws.path("TaskQueues/" + queue)), 400, 20001, "1 pending, reserved or assigned Task(s)");
    api().post(ws.path("Tasks/" + task), "AssignmentStatus", "canceled");
    expectError(api().delete(ws.path("TaskQueues/" + queue)), 400, 20001, "Workflow(s) " + workflow);
    expect(api().delete(ws.path("Workflows/" + workflow)), 204);

    expect(api().delete(ws.path("TaskQueues/" + queue)), 204);
    expectError(api().get(ws.path("TaskQueues/" + queue)), 404, 20404, "was not found");
  }
}
